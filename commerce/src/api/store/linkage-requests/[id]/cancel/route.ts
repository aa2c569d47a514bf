import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelLinkageRequestWorkflow } from "../../../../../workflows/linkage/cancel-linkage-request"
import { answerLinkageRefusal } from "../../../../utils/linkage-answers"
import { buyerView, loadRequests } from "../../../../utils/linkage-views"
import { ownRequest } from "../../helpers"

/**
 * POST /store/linkage-requests/:id/cancel — the buyer withdraws her open request (no body). 200 with the
 * request (status "cancelled"); 409 when it is already accepted (that is an order now) or cancelled;
 * 404 for someone else's.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const own = await ownRequest(req, res)
  if (!own) return
  try {
    await cancelLinkageRequestWorkflow(req.scope).run({ input: { request_id: own.id } })
    const { rows } = await loadRequests(req.scope, { id: own.id })
    res.status(200).json({ linkage_request: buyerView(rows[0]) })
  } catch (e) {
    answerLinkageRefusal(res, e)
  }
}
