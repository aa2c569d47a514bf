import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readOrderTracking, trackingForBuyer } from "../../../../../lib/order-tracking"
import { ORDER_NOT_FOUND } from "../../../../utils/guard-order-access"

/**
 * GET /store/orders/:id/tracking — where each parcel of the order is, its payment state and the
 * transfer still to make; for the storefront's confirmation page. Guarded like Medusa's own
 * `GET /store/orders/:id` (middlewares.ts → guard-order-access): the storefront's proof or the
 * customer who owns the order, else the same 404 as for an unknown id.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const tracking = await readOrderTracking(req.scope, req.params.id)
  if (!tracking) {
    res.status(404).json(ORDER_NOT_FOUND)
    return
  }
  res.json({ order: trackingForBuyer(tracking) })
}
