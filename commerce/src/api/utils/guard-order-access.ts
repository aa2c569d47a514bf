import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { fromStorefront } from "./storefront-request"

export const ORDER_NOT_FOUND = {
  type: "not_found",
  message: "Không tìm thấy đơn hàng. Bạn có thể tra cứu đơn bằng mã đơn hàng và số điện thoại nhận hàng.",
  message_en: "Order not found. You can look an order up with its number and the delivery phone number.",
} as const

/**
 * Medusa's `GET /store/orders/:id` answers any guest order — street, phone, e-mail, every cooperative's
 * lines — to anyone with the publishable key and the id, and `POST /store/orders/:id/transfer/*` answers
 * with the whole order too. An id is not a password (it sits in URLs, logs, and cooperatives once saw it),
 * so these routes go ahead only for
 * - the storefront, proven by its STOREFRONT_SECRET-derived proof (its confirmation page, shown only to
 *   the browser that placed the order — site/lib/checkout.ts), or
 * - a signed-in customer reading an order of their own, as Medusa allows.
 * Everyone else gets the same 404 as for an unknown id. Guests look orders up with number + phone
 * (POST /store/order-lookup).
 */
export async function guardOrderAccess(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (fromStorefront(req).ok) return next()
  const auth = (req as AuthenticatedMedusaRequest).auth_context
  if (auth?.actor_type === "customer" && auth.actor_id) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: ["id", "customer_id"], filters: { id: req.params.id } })
    const order = data[0] as { customer_id?: string | null } | undefined
    if (order?.customer_id && order.customer_id === auth.actor_id) return next()
  }
  res.status(404).json(ORDER_NOT_FOUND)
}
