import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { stateRefusal } from "../../../../../lib/linkage/errors"
import { linkageRouteSchema } from "../../../../../lib/linkage/input"
import { LINKAGE_REFUSALS } from "../../../../../lib/linkage/rules"
import { routeLinkageRequestWorkflow } from "../../../../../workflows/linkage/route-linkage-request"
import { adminActor } from "../../../../utils/admin-actor"
import { answerLinkageRefusal, looksLikeId, readLinkageBody } from "../../../../utils/linkage-answers"
import { loadRequests, unionView } from "../../../../utils/linkage-views"

/**
 * POST /admin/linkage-requests/:id/routes {cooperative_ids} — the Union sends an open request to more
 * cooperatives (each selling on the marketplace); those already reached are left as they are.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = await readLinkageBody(req, res, linkageRouteSchema)
  if (!body) return
  try {
    if (!looksLikeId(req.params.id, "lreq")) throw stateRefusal(LINKAGE_REFUSALS.requestNotFound)
    const { result } = await routeLinkageRequestWorkflow(req.scope).run({
      input: { request_id: req.params.id, cooperative_ids: body.cooperative_ids, actor: await adminActor(req) },
    })
    const { rows } = await loadRequests(req.scope, { id: req.params.id })
    res.json({ added: result.cooperative_ids, linkage_request: unionView(rows[0]) })
  } catch (e) {
    answerLinkageRefusal(res, e)
  }
}
