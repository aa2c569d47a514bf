import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { getOrderDetailWorkflow } from "@medusajs/medusa/core-flows"
import { parcelsForStore, readParcels } from "../../../lib/cart-parcels"
import { cooperativesOfProducts } from "../../../lib/cooperatives-of-products"
import { readJsonBody } from "../../utils/read-json-body"
import { fromStorefront, socketClient } from "../../utils/storefront-request"
import { LOOKUP_MESSAGES, lookupClientKey, OrderLookupGuard, parseLookupInput, phoneMatches } from "../../../lib/order-lookup"

/** One guard per server process (see lib/failure-limiter.ts). */
const guard = new OrderLookupGuard()

const ORDER_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "status",
  "currency_code",
  "item_total",
  "shipping_total",
  "total",
  "shipping_methods.name",
  "shipping_methods.amount",
  "shipping_methods.data",
  "shipping_methods.shipping_option_id",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.phone",
  "shipping_address.city",
  "shipping_address.province",
  "shipping_address.country_code",
  "items.id",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.product_id",
  "items.quantity",
  "items.unit_price",
  "items.total",
  "items.thumbnail",
  "payment_collections.payments.provider_id",
  "payment_collections.payment_sessions.provider_id",
]

type OrderItem = {
  id: string
  title: string
  product_title: string | null
  variant_title: string | null
  product_id: string | null
  quantity: unknown
  unit_price: unknown
  total: unknown
  thumbnail: string | null
}
type Address = Record<string, string | null | undefined>
type OrderDetail = {
  display_id: number
  created_at: string | Date
  status: string
  payment_status: string
  fulfillment_status: string
  currency_code: string
  item_total: unknown
  shipping_total: unknown
  total: unknown
  shipping_methods?: ({ name: string; amount: unknown; data?: unknown; shipping_option_id?: string | null } | null)[]
  shipping_address?: Address | null
  items?: (OrderItem | null)[]
  payment_collections?: ({ payments?: ({ provider_id: string } | null)[]; payment_sessions?: ({ provider_id: string } | null)[] } | null)[]
}

/**
 * POST /store/order-lookup {order_number, phone} — a guest's order, found by its number (#display_id)
 * and the delivery phone. A wrong pair and an unknown number get the same 404, so the answer never
 * tells whether an order exists; wrong guesses are limited per order number and per client (429).
 * The answer names the area (ward, province), never the street.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  // Registered with bodyParser: false (middlewares.ts): the body is read here, at most 4 KB.
  const body = await readJsonBody(req, 4096)
  const parsed = body.ok ? parseLookupInput(body.value) : ({ ok: false, ...LOOKUP_MESSAGES.malformed } as const)
  if (!parsed.ok) {
    res.status(400).json({ type: "invalid_data", message: parsed.message, message_en: parsed.message_en })
    return
  }
  const { orderNumber, phone } = parsed.value
  const client = lookupClientKey(fromStorefront(req), socketClient(req))

  const retryAfter = guard.retryAfterSeconds(orderNumber, client)
  if (retryAfter > 0) {
    res.setHeader("Retry-After", String(retryAfter))
    res.status(429).json({ type: "too_many_requests", ...LOOKUP_MESSAGES.tooMany, retry_after: retryAfter })
    return
  }

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: found } = await query.graph({
    entity: "order",
    fields: ["id", "shipping_address.phone"],
    // display_id is an integer column; the generated filter types want a string, which PostgreSQL casts
    filters: { display_id: String(orderNumber), is_draft_order: false },
  })
  const match = (found as { id: string; shipping_address?: { phone?: string | null } | null }[]).find((o) =>
    phoneMatches(o.shipping_address?.phone, phone)
  )
  if (!match) {
    guard.recordFailure(orderNumber, client)
    res.status(404).json({ type: "not_found", ...LOOKUP_MESSAGES.notFound })
    return
  }

  const { result } = await getOrderDetailWorkflow(req.scope).run({ input: { order_id: match.id, fields: ORDER_FIELDS } })
  const order = result as unknown as OrderDetail
  const items = (order.items ?? []).filter((i): i is OrderItem => !!i)
  const cooperativeOf = await cooperativesOfProducts(req.scope, items.map((i) => i.product_id))
  const { parcels } = await readParcels(req.scope, items, order.shipping_methods ?? [], cooperativeOf)
  const payments = (order.payment_collections ?? []).flatMap((pc) => pc?.payments ?? [])
  const sessions = (order.payment_collections ?? []).flatMap((pc) => pc?.payment_sessions ?? [])
  const address = order.shipping_address ?? {}

  res.json({
    order: {
      display_id: order.display_id,
      created_at: order.created_at,
      status: order.status,
      payment_status: order.payment_status,
      fulfillment_status: order.fulfillment_status,
      payment_provider_id: payments.find(Boolean)?.provider_id ?? sessions.find(Boolean)?.provider_id ?? null,
      currency_code: order.currency_code,
      item_total: Number(order.item_total),
      shipping_total: Number(order.shipping_total),
      total: Number(order.total),
      shipping_method: order.shipping_methods?.find(Boolean)?.name ?? null,
      // each cooperative's parcel: its goods, its delivery fee, its total (they add up to `total`)
      parcels: parcelsForStore(parcels).map(({ cooperative, ...amounts }) => ({
        cooperative: cooperative ? { name: cooperative.name, handle: cooperative.handle } : null,
        ...amounts,
      })),
      shipping_address: {
        name: [address.last_name, address.first_name].filter(Boolean).join(" "),
        phone: address.phone ?? null,
        // no street line: whoever has the number and the phone learns the area, not the door
        ward: address.city ?? null,
        province_code: address.province ?? null,
        country_code: address.country_code ?? null,
      },
      items: items.map((i) => {
        const cooperative = i.product_id ? cooperativeOf.get(i.product_id) : null
        return {
          title: i.title,
          product_title: i.product_title,
          variant_title: i.variant_title,
          quantity: Number(i.quantity),
          unit_price: Number(i.unit_price),
          total: Number(i.total),
          thumbnail: i.thumbnail,
          cooperative: cooperative ? { name: cooperative.name, handle: cooperative.handle } : null,
        }
      }),
    },
  })
}
