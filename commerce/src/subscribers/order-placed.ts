/**
 * When an order is placed, the buyer gets a Vietnamese confirmation through Medusa's
 * notification module (the local provider logs it in development; an e-mail/SMS provider
 * replaces it in production by configuration).
 */
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { cooperativesOfProducts } from "../lib/cooperatives-of-products"
import { orderPlacedMessage } from "../lib/order-messages"

export default async function orderPlacedHandler({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "email",
      "total",
      "shipping_total",
      "items.title",
      "items.quantity",
      "items.unit_price",
      "items.product_id",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.data",
    ],
    filters: { id: data.id },
  })
  const order = orders[0] as any
  if (!order?.email) return
  const makers = await cooperativesOfProducts(container, (order.items ?? []).map((i: any) => i?.product_id))
  const payment = (order.payment_collections ?? []).flatMap((pc: any) => pc?.payments ?? []).find(Boolean)
  const provider: string = payment?.provider_id ?? ""
  const message = orderPlacedMessage({
    display_id: order.display_id,
    email: order.email,
    total: Number(order.total),
    shipping_total: Number(order.shipping_total),
    items: (order.items ?? []).filter(Boolean).map((i: any) => ({
      title: i.title,
      quantity: Number(i.quantity),
      unit_price: Number(i.unit_price),
      cooperative: makers.get(i.product_id)?.name ?? null,
    })),
    payment: provider === "pp_system_default" ? "cod" : provider === "pp_vietqr_vietqr" ? "vietqr" : "other",
    vietqr: provider === "pp_vietqr_vietqr" ? payment.data : null,
  })
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: order.email,
    channel: "email",
    template: "order-placed",
    data: { subject: message.subject, text: message.text, order_id: order.id },
    resource_id: order.id,
    resource_type: "order",
  })
}

export const config: SubscriberConfig = {
  event: "order.placed",
}
