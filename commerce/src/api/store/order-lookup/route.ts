import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LOOKUP_MESSAGES } from "../../../lib/order-lookup"
import { readOrderTracking, trackingForBuyer } from "../../../lib/order-tracking"
import { findGuestOrder } from "./helpers"

/**
 * POST /store/order-lookup {order_number, phone} — a guest's order, found by its number (#display_id)
 * and the delivery phone. A wrong pair and an unknown number get the same 404, so the answer never
 * tells whether an order exists; wrong guesses are limited per order number and per client (429).
 * The answer names the area (ward, province), never the street; it says where each parcel is, the
 * payment state and, while a transfer is awaited, the transfer to make (lib/order-tracking.ts).
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const found = await findGuestOrder(req, res)
  if (!found) return
  const tracking = await readOrderTracking(req.scope, found.orderId)
  if (!tracking) {
    res.status(404).json({ type: "not_found", ...LOOKUP_MESSAGES.notFound })
    return
  }
  res.json({ order: trackingForBuyer(tracking) })
}
