import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CANCEL_MESSAGES, cancelReason, cancelRefusalAnswer } from "../../../../../lib/cancellation"
import { cancelOrderParcelWorkflow } from "../../../../../workflows/cancellation"
import { portalActor } from "../../../../utils/portal-actor"
import { ownOrderPart } from "../../helpers"

/**
 * POST /cooperative-portal/orders/:number/cancel {reason} — the cooperative cancels its own parcel
 * before shipping it (out of stock…): its lines and delivery fee leave the order, its reserved stock
 * is released, the buyer is told. 409 with the reason once it was shipped; 400 without a reason.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const actor = portalActor(req)
  const { orderId } = await ownOrderPart(req.scope, actor, req.params.number)
  const reason = cancelReason((req.body as { reason?: unknown } | undefined)?.reason, true)
  if (!reason.ok || !reason.value) {
    res.status(400).json({ type: "invalid_data", ...CANCEL_MESSAGES.reasonRequired })
    return
  }
  try {
    await cancelOrderParcelWorkflow(req.scope).run({ input: { order_id: orderId, cooperative_id: actor.cooperativeId, reason: reason.value, staff_id: actor.staffId } })
  } catch (e) {
    const refusal = cancelRefusalAnswer(e)
    if (!refusal) throw e
    res.status(409).json({ type: "not_allowed", ...refusal })
    return
  }
  res.json({ order: (await ownOrderPart(req.scope, actor, req.params.number)).part })
}
