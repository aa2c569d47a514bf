import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { linkageAcceptSchema } from "../../../../../lib/linkage/input"
import { acceptLinkageQuoteWorkflow } from "../../../../../workflows/linkage/accept-linkage-quote"
import { answerLinkageRefusal, readLinkageBody } from "../../../../utils/linkage-answers"
import { buyerView, loadRequests } from "../../../../utils/linkage-views"
import { ownRequest } from "../../helpers"

/**
 * POST /store/linkage-requests/:id/accept {quote_id, payment: cod|vietqr} — the buyer accepts one
 * quote of her open request; it becomes an order at the quoted price (workflows/linkage/
 * accept-linkage-quote.ts). Prices, totals or quantities in the body are ignored. 409 when the quote
 * expired or the request is already accepted; 201 with the order (id, number, total) and the request.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = await readLinkageBody(req, res, linkageAcceptSchema)
  if (!body) return
  const own = await ownRequest(req, res)
  if (!own) return
  try {
    const { result } = await acceptLinkageQuoteWorkflow(req.scope).run({
      input: { request_id: own.id, quote_id: body.quote_id, customer_id: req.auth_context.actor_id, payment: body.payment },
    })
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: ["id", "display_id", "total", "currency_code"], filters: { id: result.order_id } })
    const order = data[0] as unknown as { id: string; display_id: number; total: unknown }
    const { rows } = await loadRequests(req.scope, { id: own.id })
    res.status(201).json({ order: { id: order.id, display_id: order.display_id, total: Number(order.total) }, linkage_request: buyerView(rows[0]) })
  } catch (e) {
    answerLinkageRefusal(res, e)
  }
}
