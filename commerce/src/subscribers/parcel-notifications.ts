/**
 * The buyer is told, through Medusa's notification module (the local provider logs it; an e-mail or
 * SMS provider sends it in production), when a parcel of her order is shipped (with the tracking
 * note), delivered, or cancelled by its cooperative, and when the whole order is cancelled — by her,
 * by the Union in Admin, or because its last parcel was. Every message says where the parcel goes
 * (ward and province by name) or what she now pays.
 *
 * An order cancelled in Admin (Medusa's own "Cancel order") also closes every cooperative's part, so
 * no portal offers to ship it.
 */
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { readOrderTracking, type OrderTracking } from "../lib/order-tracking"
import { orderCancelledMessage, parcelCancelledMessage, parcelDeliveredMessage, parcelShippedMessage, type ParcelNews } from "../lib/order-messages"
import { COOPERATIVE_MODULE } from "../modules/cooperative"
import type CooperativeModuleService from "../modules/cooperative/service"
import { PARCEL_CANCELLED_EVENT } from "../workflows/cancellation"
import { PARCEL_STATUS_EVENT } from "../workflows/cooperative-portal/update-order-part"

type Data = { id?: string; order_id?: string; cooperative_id?: string; status?: string }

function news(t: OrderTracking, cooperativeId: string | undefined): ParcelNews {
  const parcel = t.parcels.find((p) => p.cooperative?.id === cooperativeId)
  return {
    display_id: t.display_id,
    cooperative: parcel?.cooperative?.name ?? null,
    area: t.shipping_address.area,
    tracking_note: parcel?.tracking_note,
    cancel_reason: parcel?.cancel_reason,
    total: t.total,
    payment: t.payment_method === "cod" ? "cod" : t.payment_method === "vietqr" ? "vietqr" : "other",
    amount_due: t.amount_due,
    refund_due: t.refund_due,
    cod_amount: parcel?.cod_amount,
  }
}

export default async function parcelNotifications({ event, container }: SubscriberArgs<Data>) {
  const orderId = event.name === "order.canceled" ? event.data.id : event.data.order_id
  if (!orderId) return
  const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)

  let template: string
  let message: { subject: string; text: string }
  if (event.name === "order.canceled") {
    // closed in every portal; the first cancelling part (buyer, cooperative) says who asked for it
    const parts = await cooperatives.listCooperativeOrderParts({ order_id: orderId })
    const first = parts.filter((p) => p.status === "cancelled").sort((a, b) => String(a.cancelled_at).localeCompare(String(b.cancelled_at)))[0]
    const tracking = await readOrderTracking(container, orderId)
    if (!tracking) return
    const open = tracking.parcels.filter((p) => p.cooperative && !parts.some((x) => x.cooperative_id === p.cooperative!.id && x.status === "cancelled"))
    const now = new Date()
    for (const p of open) {
      const existing = parts.find((x) => x.cooperative_id === p.cooperative!.id)
      const change = { status: "cancelled" as const, cancelled_at: now, cancelled_by: "union" as const }
      if (existing) await cooperatives.updateCooperativeOrderParts({ id: existing.id, ...change })
      else await cooperatives.createCooperativeOrderParts({ cooperative_id: p.cooperative!.id, order_id: orderId, ...change })
    }
    template = "order-cancelled"
    message = orderCancelledMessage({ display_id: tracking.display_id, by: (first?.cancelled_by as "buyer" | "cooperative" | null) ?? "union", reason: first?.cancel_reason, refund_due: tracking.refund_due })
    return send(container, tracking, template, message)
  }

  const tracking = await readOrderTracking(container, orderId)
  if (!tracking || tracking.canceled_at) return
  const n = news(tracking, event.data.cooperative_id)
  if (event.name === PARCEL_CANCELLED_EVENT) {
    template = "parcel-cancelled"
    message = parcelCancelledMessage(n)
  } else if (event.data.status === "shipped") {
    template = "parcel-shipped"
    message = parcelShippedMessage(n)
  } else if (event.data.status === "delivered") {
    template = "parcel-delivered"
    message = parcelDeliveredMessage(n)
  } else return
  await send(container, tracking, template, message)
}

async function send(container: SubscriberArgs<Data>["container"], t: OrderTracking, template: string, message: { subject: string; text: string }) {
  // guests may leave no e-mail: they follow the order on the lookup page
  if (!t.email) return
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: t.email,
    channel: "email",
    template,
    data: { subject: message.subject, text: message.text, order_id: t.id },
    resource_id: t.id,
    resource_type: "order",
  })
}

export const config: SubscriberConfig = {
  event: [PARCEL_STATUS_EVENT, PARCEL_CANCELLED_EVENT, "order.canceled"],
}
