/**
 * One order as its parcels: for each cooperative's part its lines, delivery fee and total
 * (lib/parcels.ts), how far it has got (lib/parcel-tracking.ts), what is collected on delivery;
 * for the order its payment method and state, and the transfer still to make. Read by the buyer's
 * lookup and confirmation (store routes), Medusa Admin's order widget and the notifications, so
 * they all tell the same story.
 */
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { getOrderDetailWorkflow } from "@medusajs/medusa/core-flows"
import { COOPERATIVE_MODULE } from "../modules/cooperative"
import { areaName, fullAddress } from "./administrative-units"
import { buyerCancelRefusal } from "./cancellation"
import { amountOf, readParcels } from "./cart-parcels"
import { cooperativesOfProducts, type ProductCooperative } from "./cooperatives-of-products"
import {
  parcelPaymentState,
  parcelStatusOf,
  paymentMethodOf,
  transferDetails,
  type ParcelStatus,
  type PartRecord,
  type PaymentMethod,
  type TransferDetails,
  type VietQrSessionData,
} from "./parcel-tracking"
import { PAYMENT_FACT_FIELDS, paymentFactsOf, paymentStateOf, type PaymentState } from "./payment-state"

type Container = { resolve: (key: string) => any }

/** The delivery address as the checkout writes it (the ward's code in metadata): for areaName / fullAddress. */
export const DELIVERY_ADDRESS_FIELDS = [
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.phone",
  "shipping_address.address_1",
  "shipping_address.address_2",
  "shipping_address.city",
  "shipping_address.province",
  "shipping_address.postal_code",
  "shipping_address.country_code",
  "shipping_address.metadata",
]

export const TRACKING_ORDER_FIELDS = [
  "id",
  "display_id",
  "custom_display_id",
  "created_at",
  "status",
  "canceled_at",
  "email",
  "currency_code",
  "item_total",
  "shipping_total",
  "total",
  "metadata",
  "shipping_methods.name",
  "shipping_methods.amount",
  "shipping_methods.data",
  "shipping_methods.shipping_option_id",
  ...DELIVERY_ADDRESS_FIELDS,
  "items.id",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.product_id",
  "items.variant_id",
  "items.quantity",
  "items.unit_price",
  "items.total",
  "items.thumbnail",
  ...PAYMENT_FACT_FIELDS,
  "payment_collections.payments.id",
  "payment_collections.payments.data",
  "payment_collections.payment_sessions.data",
]

export interface TrackedLine {
  id: string
  title: string
  product_title: string | null
  variant_title: string | null
  product_id: string | null
  quantity: number
  unit_price: number
  total: number
  thumbnail: string | null
}

/** Where a cooperative's cancelled parcel is kept on the order (its lines leave Medusa's order). */
export const CANCELLED_PARCELS_KEY = "cancelled_parcels"

/** What a cancelled parcel held, kept in `order.metadata.cancelled_parcels[cooperative id]`. */
export interface CancelledParcel {
  cooperative: ProductCooperative
  item_total: number
  shipping_total: number
  lines: Omit<TrackedLine, "id">[]
}

/** The cancelled parcels an order keeps, by cooperative id. */
export function cancelledParcelsOf(metadata: unknown): Record<string, CancelledParcel> {
  const kept = metadata && typeof metadata === "object" ? (metadata as Record<string, unknown>)[CANCELLED_PARCELS_KEY] : null
  return kept && typeof kept === "object" ? (kept as Record<string, CancelledParcel>) : {}
}

export interface TrackedParcel {
  cooperative: ProductCooperative | null
  status: ParcelStatus
  tracking_note: string | null
  shipped_at: string | null
  delivered_at: string | null
  cancelled_at: string | null
  cancel_reason: string | null
  item_total: number
  shipping_total: number
  total: number
  /** cash on delivery: what the courier collects for this parcel (its goods and its fee); else 0 */
  cod_amount: number
  /** cash on delivery: what the cooperative recorded as collected when it delivered, else null */
  cod_collected: number | null
  /** null for a cancelled parcel: nothing is owed on it */
  payment_state: PaymentState | null
  lines: TrackedLine[]
}

export interface OrderTracking {
  id: string
  display_id: number
  created_at: string
  /** Medusa's order status (pending, completed, canceled, …) */
  status: string
  /** Medusa's payment and fulfillment statuses, as its API names them */
  payment_status: string | null
  fulfillment_status: string | null
  canceled_at: string | null
  email: string | null
  item_total: number
  shipping_total: number
  total: number
  payment_method: PaymentMethod | null
  payment_provider_id: string | null
  payment_id: string | null
  payment_state: PaymentState
  /** captured so far, in đồng */
  paid: number
  /** what the buyer still has to pay ahead (a transfer), or 0 */
  amount_due: number
  /** paid beyond what the order now costs (a parcel or the order cancelled after paying): the Union sends it back */
  refund_due: number
  /** the VietQR transfer reference of the order, whether paid or not */
  transfer_reference: string | null
  /** the transfer to make, while one is awaited */
  transfer: TransferDetails | null
  parcels: TrackedParcel[]
  courier_note: string | null
  shipping_method: string | null
  shipping_address: {
    name: string
    phone: string | null
    address_1: string | null
    address_2: string | null
    ward: string | null
    province_code: string | null
    country_code: string | null
    /** ward and province by name: "Phường Nha Trang, Khánh Hòa" */
    area: string
    /** street, ward and province on one line */
    full: string
  }
}

const iso = (d: unknown) => (d instanceof Date ? d.toISOString() : typeof d === "string" ? d : null)

/** The order's tracking, or null when there is no such order. */
export async function readOrderTracking(container: Container, orderId: string): Promise<OrderTracking | null> {
  let order: any
  try {
    const { result } = await getOrderDetailWorkflow(container as never).run({ input: { order_id: orderId, fields: TRACKING_ORDER_FIELDS } })
    order = result
  } catch (e) {
    if ((e as { type?: string }).type === "not_found") return null
    throw e
  }
  if (!order) return null
  const cooperatives: { listCooperativeOrderParts: (f: object) => Promise<(PartRecord & { cooperative_id: string })[]> } = container.resolve(COOPERATIVE_MODULE)
  const parts = await cooperatives.listCooperativeOrderParts({ order_id: orderId })
  return trackingOf(container, order, parts)
}

/** The tracking of an order Query (or getOrderDetailWorkflow) read with TRACKING_ORDER_FIELDS. */
export async function trackingOf(container: Container, order: any, parts: (PartRecord & { cooperative_id: string })[]): Promise<OrderTracking> {
  const items: TrackedLine[] = (order.items ?? []).filter(Boolean).map((i: any) => ({
    id: i.id,
    title: i.title,
    product_title: i.product_title ?? null,
    variant_title: i.variant_title ?? null,
    product_id: i.product_id ?? null,
    quantity: amountOf(i.quantity),
    unit_price: amountOf(i.unit_price),
    total: Number.isFinite(amountOf(i.total)) ? amountOf(i.total) : amountOf(i.unit_price) * amountOf(i.quantity),
    thumbnail: i.thumbnail ?? null,
  }))
  const makers = await cooperativesOfProducts(container, items.map((i) => i.product_id))
  const { parcels } = await readParcels(container, items, order.shipping_methods ?? [], makers)

  const facts = paymentFactsOf(order.payment_collections, amountOf)
  const total = amountOf(order.total)
  const orderState = paymentStateOf(facts, total)
  const method = paymentMethodOf(facts.provider_id)
  const cashOnDelivery = method === "cod"
  const payments = (order.payment_collections ?? []).flatMap((c: any) => (c?.payments ?? []).filter((p: any) => p && !p.canceled_at))
  const sessions = (order.payment_collections ?? []).flatMap((c: any) => (c?.payment_sessions ?? []).filter(Boolean))
  const qrData: VietQrSessionData | null = method === "vietqr" ? (payments[0]?.data ?? sessions[0]?.data ?? null) : null
  const cancelled = Boolean(order.canceled_at) || order.status === "canceled"
  const amountDue = method === "vietqr" && !cancelled && orderState === "awaiting_transfer" ? Math.max(0, total - facts.captured) : 0

  const partOf = new Map(parts.map((p) => [p.cooperative_id, p]))
  const linesOf = (cooperativeId: string | null) => items.filter((i) => ((i.product_id && makers.get(i.product_id)?.id) || null) === cooperativeId)
  const tracked: TrackedParcel[] = parcels.map((p) => {
    const part = p.cooperative ? partOf.get(p.cooperative.id) : undefined
    const status: ParcelStatus = cancelled ? "cancelled" : parcelStatusOf(part)
    const collected = part?.cod_collected_amount === null || part?.cod_collected_amount === undefined ? null : amountOf(part.cod_collected_amount)
    return {
      cooperative: p.cooperative,
      status,
      tracking_note: part?.tracking_note ?? null,
      shipped_at: iso(part?.shipped_at),
      delivered_at: iso(part?.delivered_at),
      cancelled_at: iso(part?.cancelled_at) ?? (cancelled ? iso(order.canceled_at) : null),
      cancel_reason: part?.cancel_reason ?? null,
      item_total: p.item_total,
      shipping_total: p.shipping_total,
      total: p.total,
      cod_amount: cashOnDelivery && status !== "cancelled" ? p.total : 0,
      cod_collected: collected,
      payment_state: parcelPaymentState(orderState, status, collected),
      lines: linesOf(p.cooperative?.id ?? null),
    }
  })

  // parcels their cooperative cancelled: their lines left the order (quantity 0), what they held is kept
  for (const [cooperativeId, kept] of Object.entries(cancelledParcelsOf(order.metadata))) {
    if (tracked.some((p) => p.cooperative?.id === cooperativeId)) continue
    const part = partOf.get(cooperativeId)
    tracked.push({
      cooperative: kept.cooperative,
      status: "cancelled",
      tracking_note: null,
      shipped_at: null,
      delivered_at: null,
      cancelled_at: iso(part?.cancelled_at),
      cancel_reason: part?.cancel_reason ?? null,
      item_total: 0,
      shipping_total: 0,
      total: 0,
      cod_amount: 0,
      cod_collected: null,
      payment_state: null,
      lines: (kept.lines ?? []).map((l, i) => ({ ...l, id: `cancelled-${cooperativeId}-${i}`, total: 0 })),
    })
  }

  const a = order.shipping_address ?? {}
  const reference = typeof qrData?.reference === "string" ? qrData.reference : null
  return {
    id: order.id,
    display_id: order.display_id,
    created_at: iso(order.created_at) ?? "",
    status: order.status,
    payment_status: order.payment_status ?? null,
    fulfillment_status: order.fulfillment_status ?? null,
    canceled_at: iso(order.canceled_at),
    email: order.email ?? null,
    item_total: amountOf(order.item_total),
    shipping_total: amountOf(order.shipping_total),
    total,
    payment_method: method,
    payment_provider_id: facts.provider_id,
    payment_id: payments[0]?.id ?? null,
    payment_state: orderState,
    paid: facts.captured - facts.refunded,
    amount_due: amountDue,
    // Medusa records a refund when a paid order is cancelled (the VietQR provider moves no money: staff transfer it)
    refund_due: cancelled ? facts.refunded : Math.max(0, facts.captured - facts.refunded - total),
    transfer_reference: reference,
    transfer: amountDue > 0 ? transferDetails(qrData, amountDue) : null,
    parcels: tracked,
    courier_note: typeof order.metadata?.courier_note === "string" && order.metadata.courier_note ? order.metadata.courier_note : null,
    shipping_method: order.shipping_methods?.find(Boolean)?.name ?? null,
    shipping_address: {
      name: [a.last_name, a.first_name].filter(Boolean).join(" ").trim(),
      phone: a.phone ?? null,
      address_1: a.address_1 ?? null,
      address_2: a.address_2 ?? null,
      ward: a.city ?? null,
      province_code: a.province ?? null,
      country_code: a.country_code ?? null,
      area: areaName(a),
      full: fullAddress(a),
    },
  }
}

/**
 * What the buyer may see of her order (lookup, confirmation): no ids, no e-mail, and the area rather
 * than the street — whoever has the number and the phone learns the area, not the door.
 */
export function trackingForBuyer(t: OrderTracking) {
  return {
    display_id: t.display_id,
    created_at: t.created_at,
    status: t.status,
    canceled_at: t.canceled_at,
    payment_status: t.payment_status,
    fulfillment_status: t.fulfillment_status,
    payment_provider_id: t.payment_provider_id,
    payment_method: t.payment_method,
    payment_state: t.payment_state,
    amount_due: t.amount_due,
    transfer: t.transfer,
    // she may cancel it herself from the lookup (lib/cancellation.ts)
    can_cancel: buyerCancelRefusal({ cancelled: Boolean(t.canceled_at), payment_state: t.payment_state, parcels: t.parcels }) === null,
    currency_code: "vnd",
    item_total: t.item_total,
    shipping_total: t.shipping_total,
    total: t.total,
    shipping_method: t.shipping_method,
    // each cooperative's parcel: its goods, its delivery fee, its total (they add up to `total`), where it is
    parcels: t.parcels.map((p) => ({
      cooperative: p.cooperative ? { name: p.cooperative.name, handle: p.cooperative.handle } : null,
      item_total: p.item_total,
      shipping_total: p.shipping_total,
      total: p.total,
      status: p.status,
      tracking_note: p.tracking_note,
      shipped_at: p.shipped_at,
      delivered_at: p.delivered_at,
      cancelled_at: p.cancelled_at,
      cancel_reason: p.cancel_reason,
      cod_amount: p.cod_amount,
      cod_collected: p.cod_collected,
      payment_state: p.payment_state,
    })),
    shipping_address: {
      name: t.shipping_address.name,
      phone: t.shipping_address.phone,
      ward: t.shipping_address.ward,
      province_code: t.shipping_address.province_code,
      area: t.shipping_address.area,
      country_code: t.shipping_address.country_code,
    },
    items: t.parcels.flatMap((p) =>
      p.lines.map((i) => ({
        title: i.title,
        product_title: i.product_title,
        variant_title: i.variant_title,
        quantity: i.quantity,
        unit_price: i.unit_price,
        total: i.total,
        thumbnail: i.thumbnail,
        cooperative: p.cooperative ? { name: p.cooperative.name, handle: p.cooperative.handle } : null,
      }))
    ),
  }
}
