import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { areaName, fullAddress } from "../../../lib/administrative-units"
import { cancelledParcelsOf, DELIVERY_ADDRESS_FIELDS } from "../../../lib/order-tracking"
import { amountOf, readParcels } from "../../../lib/cart-parcels"
import { cooperativesOfProducts } from "../../../lib/cooperatives-of-products"
import { SYSTEM_PAYMENT_PROVIDER_ID } from "../../../lib/payment-providers"
import { PAYMENT_FACT_FIELDS, paymentFactsOf, paymentStateOf, type PaymentState } from "../../../lib/payment-state"
import type { PortalActor } from "../../utils/portal-actor"

type Scope = { resolve: (key: string) => any }

const ORDER_FIELDS = [
  "id",
  "display_id",
  "status",
  "created_at",
  "currency_code",
  "email",
  "total",
  "metadata",
  // "items.*", not single item fields: quantity lives on the order item's detail and Medusa's
  // order service only maps it onto the line when the line's own fields are all requested.
  "items.*",
  ...DELIVERY_ADDRESS_FIELDS,
  "shipping_methods.name",
  "shipping_methods.amount",
  "shipping_methods.data",
  "shipping_methods.shipping_option_id",
  ...PAYMENT_FACT_FIELDS,
]

export type OrderPartStatus = "new" | "packing" | "shipped" | "delivered" | "cancelled"

/** What the portal shows of one order: the cooperative's own lines and what it needs to deliver them. */
export interface PortalOrderPart {
  display_id: number
  created_at: string
  order_status: string
  status: OrderPartStatus
  tracking_note: string | null
  shipped_at: string | null
  delivered_at: string | null
  /** cancelled: when, by whom (cooperative, buyer, union) and why */
  cancelled_at: string | null
  cancelled_by: string | null
  cancel_reason: string | null
  payment_provider_id: string | null
  /** the order's payment state (one payment per order, so also this parcel's): lib/payment-state.ts */
  payment_state: PaymentState
  cash_on_delivery: boolean
  /** for cash on delivery: the parcel's total (its goods and its delivery fee); else 0 */
  cod_amount: number
  /** for cash on delivery: what was collected at the door when the parcel was delivered */
  cod_collected: number | null
  /** the cooperative's goods in this order */
  subtotal: number
  /** this parcel's delivery fee, as the buyer paid it at checkout */
  shipping_fee: number
  /** subtotal + shipping_fee: what the buyer pays for this parcel */
  parcel_total: number
  shipping_method: string | null
  delivery: {
    name: string | null
    phone: string | null
    address_1: string | null
    address_2: string | null
    ward: string | null
    province: string | null
    /** ward and province by name (lib/administrative-units.ts): "Phường Bồ Đề, Thành phố Hà Nội" */
    area: string
    /** street, ward and province on one line */
    full_address: string
    email: string | null
  }
  items: { id: string; product_id: string; title: string; variant_title: string | null; quantity: number; unit_price: number; total: number; thumbnail: string | null }[]
}

type PartRow = { orderId: string; part: PortalOrderPart }

/**
 * The signed-in cooperative's parts of orders: only its own lines, the buyer's delivery details,
 * its status (new → packing → shipped → delivered), its parcel's delivery fee (lib/parcels.ts) and,
 * for cash on delivery, what to collect: the goods and the fee.
 *
 * A part is named by its order's display number (#1024), never by Medusa's order id: with the id,
 * Medusa's store API would once have answered the whole order — every cooperative's lines, the
 * buyer's e-mail — and the id still has no business outside the back office. `orderId` stays on
 * the server side (PartRow) for the status workflow.
 */
async function partRows(scope: Scope, actor: PortalActor, displayId?: number): Promise<PartRow[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cooperative",
    fields: ["id", "products.id", "order_parts.*", ...ORDER_FIELDS.map((f) => `orders.${f}`)],
    filters: { id: actor.cooperativeId },
  })
  const cooperative = data[0] as any
  const own = new Set((cooperative?.products ?? []).filter(Boolean).map((p: any) => p.id))
  const partByOrder = new Map((cooperative?.order_parts ?? []).filter(Boolean).map((p: any) => [p.order_id, p]))
  const orders = ((cooperative?.orders ?? []) as any[]).filter((o) => o && (displayId === undefined || o.display_id === displayId))
  // one look-up of every product's cooperative, for all the orders' parcels
  const makers = await cooperativesOfProducts(scope, orders.flatMap((o) => (o.items ?? []).map((i: any) => i?.product_id)))
  const rows = await Promise.all(
    orders.map(async (o) => {
      const current = (o.items ?? []).filter((i: any) => i && own.has(i.product_id))
      // a parcel the cooperative cancelled has left the order; what it held is kept on the order
      const items = current.length ? current : (cancelledParcelsOf(o.metadata)[actor.cooperativeId]?.lines ?? []).map((l, n) => ({ ...l, id: `cancelled-${n}`, total: 0 }))
      const { parcels } = await readParcels(
        scope,
        (o.items ?? []).map((i: any) => i && { id: i.id, product_id: i.product_id, unit_price: i.unit_price, quantity: i.quantity }),
        o.shipping_methods ?? [],
        makers
      )
      const shippingFee = parcels.find((p) => p.cooperative?.id === actor.cooperativeId)?.shipping_total ?? 0
      const part = partByOrder.get(o.id) as any
      const providers = (o.payment_collections ?? []).flatMap((pc: any) => [
        ...(pc?.payments ?? []).map((p: any) => p?.provider_id),
        ...(pc?.payment_sessions ?? []).map((s: any) => s?.provider_id),
      ])
      const paymentProvider = providers.find(Boolean) ?? null
      const subtotal = current.reduce((sum: number, i: any) => sum + Number(i.unit_price) * Number(i.quantity), 0)
      const cashOnDelivery = paymentProvider === SYSTEM_PAYMENT_PROVIDER_ID
      const a = o.shipping_address ?? {}
      const row: PartRow = {
        orderId: o.id,
        part: {
          display_id: o.display_id,
          created_at: o.created_at,
          order_status: o.status,
          status: (part?.status ?? "new") as OrderPartStatus,
          tracking_note: part?.tracking_note ?? null,
          shipped_at: part?.shipped_at ?? null,
          delivered_at: part?.delivered_at ?? null,
          cancelled_at: part?.cancelled_at ?? null,
          cancelled_by: part?.cancelled_by ?? null,
          cancel_reason: part?.cancel_reason ?? null,
          payment_provider_id: paymentProvider,
          payment_state: paymentStateOf(paymentFactsOf(o.payment_collections, amountOf), amountOf(o.total)),
          cash_on_delivery: cashOnDelivery,
          cod_amount: cashOnDelivery && part?.status !== "cancelled" ? subtotal + shippingFee : 0,
          cod_collected: part?.cod_collected_amount ?? null,
          subtotal,
          shipping_fee: shippingFee,
          parcel_total: subtotal + shippingFee,
          shipping_method: o.shipping_methods?.find(Boolean)?.name ?? null,
          delivery: {
            name: [a.last_name, a.first_name].filter(Boolean).join(" ").trim() || null,
            phone: a.phone ?? null,
            address_1: a.address_1 ?? null,
            address_2: a.address_2 ?? null,
            ward: a.city ?? null,
            province: a.province ?? null,
            area: areaName(a),
            full_address: fullAddress(a),
            email: o.email ?? null,
          },
          items: items.map((i: any) => ({
            id: i.id,
            product_id: i.product_id,
            title: i.product_title ?? i.title,
            variant_title: i.variant_title ?? null,
            quantity: Number(i.quantity),
            unit_price: Number(i.unit_price),
            total: Number(i.unit_price) * Number(i.quantity),
            thumbnail: i.thumbnail ?? null,
          })),
        },
      }
      return row
    })
  )
  return rows
    .filter((r) => r.part.items.length > 0)
    .sort((a, b) => String(b.part.created_at).localeCompare(String(a.part.created_at)))
}

export async function orderParts(scope: Scope, actor: PortalActor) {
  return (await partRows(scope, actor)).map((r) => r.part)
}

/** "1024" or "#1024" → 1024; anything else (a Medusa order id included) → null. */
export function parseOrderNumber(raw: string | undefined): number | null {
  const m = /^#?(\d{1,10})$/.exec((raw ?? "").trim())
  const n = m ? Number(m[1]) : NaN
  return Number.isSafeInteger(n) && n >= 1 && n <= 2_147_483_647 ? n : null
}

/** The cooperative's part of order #number, or 404 — for another cooperative's order, an unknown number or an order id alike. */
export async function ownOrderPart(scope: Scope, actor: PortalActor, rawNumber: string | undefined): Promise<PartRow> {
  const displayId = parseOrderNumber(rawNumber)
  const [row] = displayId === null ? [] : await partRows(scope, actor, displayId)
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy đơn hàng này trong hợp tác xã của bạn.")
  return row
}
