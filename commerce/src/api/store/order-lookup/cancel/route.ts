import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CANCEL_MESSAGES, cancelReason, cancelRefusalAnswer } from "../../../../lib/cancellation"
import { readOrderTracking, trackingForBuyer } from "../../../../lib/order-tracking"
import { cancelOrderByBuyerWorkflow } from "../../../../workflows/cancellation"
import { findGuestOrder } from "../helpers"

/**
 * POST /store/order-lookup/cancel {order_number, phone, reason?} — the buyer cancels her order, named
 * as in the lookup (same 404 and limits), while no parcel is being packed and nothing is paid
 * (lib/cancellation.ts): 200 with the order as the lookup answers it, now cancelled; 409 with the
 * reason (Vietnamese and English) when it is too late; nothing written then.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const found = await findGuestOrder(req, res)
  if (!found) return
  const reason = cancelReason(found.body.reason, false)
  if (!reason.ok) {
    res.status(400).json({ type: "invalid_data", ...CANCEL_MESSAGES.reasonRequired })
    return
  }
  try {
    await cancelOrderByBuyerWorkflow(req.scope).run({ input: { order_id: found.orderId, reason: reason.value } })
  } catch (e) {
    const refusal = cancelRefusalAnswer(e)
    if (!refusal) throw e
    res.status(409).json({ type: "not_allowed", ...refusal })
    return
  }
  const tracking = await readOrderTracking(req.scope, found.orderId)
  res.json({ order: tracking ? trackingForBuyer(tracking) : null })
}
