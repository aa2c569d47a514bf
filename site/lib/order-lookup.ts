/**
 * Guest order lookup: order number + phone → status and contents, through the backend's
 * `POST /store/order-lookup`, which answers the same "not found" for a wrong pair as for an unknown
 * order and rate-limits wrong guesses per order number and per client. Every buyer reaches Medusa
 * from this server's address, so the buyer's own address is forwarded — with the storefront's proof
 * (site/lib/storefront-secret.ts), the only way Medusa believes a forwarded address from us.
 */
import { groupLines, toOrderLine } from "./cart"
import { t, type Locale } from "./i18n"
import { medusa } from "./medusa"
import { toTransfer, withParcels, type StoreTransfer, type TrackedStoreParcel } from "./parcels"
import { buyerAddress, proofHeaders } from "./storefront-secret"
import type { LineGroup, VietQrTransfer } from "./types"

export interface LookedUpOrder {
  displayId: number
  createdAt: string
  paymentStatus: string | null
  fulfillmentStatus: string | null
  paymentProviderId: string | null
  /** awaiting_transfer | paid | cash_on_delivery | refunded */
  paymentState: string | null
  cancelled: boolean
  /** she may cancel it herself (no parcel packed yet, nothing paid) */
  canCancel: boolean
  /** the transfer still to make, while one is awaited */
  transfer: VietQrTransfer | null
  /** each cooperative's parcel, with where it is */
  groups: LineGroup[]
  itemTotal: number
  shippingTotal: number
  total: number
  deliveryName: string | null
  area: string
}

export type LookupResult =
  | { ok: true; order: LookedUpOrder; /** after the buyer asked to cancel: done, or why not */ notice?: { error: boolean; text: string } }
  | { ok: false; message: string; status: number }

export function parseOrderNumber(raw: unknown): number | null {
  const text = typeof raw === "string" ? raw.trim().replace(/^#/, "") : ""
  return /^\d{1,9}$/.test(text) ? Number(text) : null
}

interface LookupResponse {
  order: {
    display_id: number
    created_at: string
    payment_status?: string | null
    fulfillment_status?: string | null
    payment_provider_id?: string | null
    payment_state?: string | null
    canceled_at?: string | null
    can_cancel?: boolean
    transfer?: StoreTransfer | null
    item_total: number
    shipping_total: number
    total: number
    shipping_method?: string | null
    /** each cooperative's parcel: goods, delivery fee, total, and where it is */
    parcels?: TrackedStoreParcel[]
    /** `area`: ward and province by name, from the administrative-units dataset */
    shipping_address?: { ward?: string | null; province_code?: string | null; area?: string | null } | null
    items: {
      title: string
      product_title: string | null
      variant_title: string | null
      quantity: number
      unit_price: number
      total: number
      thumbnail: string | null
      cooperative: { name: string; handle: string } | null
    }[]
  }
}

export async function lookUpOrder(rawNumber: unknown, rawPhone: unknown, buyer: string, locale: Locale, cancel?: { reason: string }): Promise<LookupResult> {
  const m = t(locale).lookup
  const orderNumber = parseOrderNumber(rawNumber)
  const phone = typeof rawPhone === "string" ? rawPhone.trim().slice(0, 40) : ""
  if (orderNumber === null || phone.length < 8) return { ok: false, status: 400, message: m.invalid }
  try {
    // the buyer's cancellation names the order the same way, and is limited the same way
    const { order } = await medusa().client.fetch<LookupResponse>(cancel ? "/store/order-lookup/cancel" : "/store/order-lookup", {
      method: "POST",
      body: { order_number: orderNumber, phone, ...(cancel ? { reason: cancel.reason } : {}) },
      headers: proofHeaders(buyer),
    })
    const a = order.shipping_address
    return {
      ok: true,
      order: {
        displayId: order.display_id,
        createdAt: order.created_at,
        paymentStatus: order.payment_status ?? null,
        fulfillmentStatus: order.fulfillment_status ?? null,
        paymentProviderId: order.payment_provider_id ?? null,
        paymentState: order.payment_state ?? null,
        cancelled: Boolean(order.canceled_at),
        canCancel: order.can_cancel === true,
        transfer: toTransfer(order.transfer),
        groups: withParcels(
          groupLines(
            order.items.map((item, index) => ({
              cooperative: item.cooperative,
              line: toOrderLine({ ...item, id: String(index), variant_id: null, product_id: null, product_handle: null }),
            })),
          ),
          order.parcels ?? [],
        ),
        itemTotal: order.item_total,
        shippingTotal: order.shipping_total,
        total: order.total,
        deliveryName: order.shipping_method ?? null,
        area: a?.area ?? "",
      },
    }
  } catch (err) {
    const status = (err as { status?: number }).status ?? 500
    if (status === 404) return { ok: false, status: 404, message: m.notFound }
    if (status === 429) {
      const retry = Number((err as { retry_after?: number }).retry_after ?? 900)
      return { ok: false, status: 429, message: m.tooMany(Math.max(1, Math.ceil(retry / 60))) }
    }
    if (status === 409 && cancel) return { ok: false, status: 409, message: locale === "vi" ? String((err as { message?: string }).message ?? m.cancelRefused) : m.cancelRefused }
    if (status === 400) return { ok: false, status: 400, message: cancel ? m.cancelReasonInvalid : m.invalid }
    console.error("[order-lookup] backend error:", status, (err as Error).message)
    return { ok: false, status: 502, message: m.unavailable }
  }
}

/** The lookup page for both languages: a GET shows the form, a POST the answer (or why there is none). */
export async function loadOrderLookupPage(
  ctx: { request: Request; clientAddress: string; response: { status?: number } },
  locale: Locale,
): Promise<{ result: LookupResult | null; values: { orderNumber: string; phone: string } }> {
  const { request, response } = ctx
  const values = { orderNumber: "", phone: "" }
  if (request.method !== "POST") return { result: null, values }
  const form = await request.formData().catch(() => new FormData())
  values.orderNumber = String(form.get("orderNumber") ?? "").slice(0, 12)
  values.phone = String(form.get("phone") ?? "").slice(0, 20)
  const cancel = form.get("action") === "cancel" ? { reason: String(form.get("reason") ?? "").slice(0, 400) } : undefined
  let result = await lookUpOrder(values.orderNumber, values.phone, buyerAddress(ctx), locale, cancel)
  if (cancel && result.ok) result = { ...result, notice: { error: false, text: t(locale).lookup.cancelDone } }
  else if (cancel && !result.ok && (result.status === 409 || result.status === 400)) {
    // refused (too late, paid, reason too long): the order as it is, with why
    const refusal = result.message
    const again = await lookUpOrder(values.orderNumber, values.phone, buyerAddress(ctx), locale)
    result = again.ok ? { ...again, notice: { error: true, text: refusal } } : again
  }
  if (!result.ok) response.status = result.status
  return { result, values }
}
