/**
 * Checkout against Medusa's store API: delivery options for the buyer's province, the payment
 * session and completion — Medusa's standard `POST /store/carts/:id/complete`, so the backend's
 * cart-completion hooks (order per cooperative, stock reservation, notification) always run.
 */
import type { AstroCookies } from "astro"
import { cached } from "./cache"
import { rememberCart, toCart, isOutOfStockMessage, readMedusaRefusal, retrieveMedusaCart, groupByCooperative, groupLines, toOrderLine, CART_FIELDS, type MedusaCart } from "./cart"
import { vndRegionId } from "./catalog"
import { parcelRefusalAnswer } from "../../commerce/src/lib/parcels"
import { parseCheckout, type CheckoutField } from "./checkout-input"
import { medusa } from "./medusa"
import { provinceName } from "./address"
import { t, type Locale } from "./i18n"
import { groupsWithOrderFees, parcelSummaries, toTransfer, withParcels, type StoreParcel, type StoreTransfer, type TrackedStoreParcel } from "./parcels"
import { proofHeaders, signCookieValue, verifyCookieValue } from "./storefront-secret"
import type { Cart, DeliveryKind, DeliveryOption, OrderSummary, ParcelSummary, PaymentMethod, VietQrTransfer } from "./types"

export const PAYMENT_PROVIDERS: Record<PaymentMethod, string> = {
  cod: "pp_system_default",
  vietqr: "pp_vietqr_vietqr",
  stripe: "pp_stripe_stripe",
}

/** Card payment needs both Medusa's Stripe provider and a publishable key for the Payment Element. */
export function stripePublishableKey(): string | null {
  const key = process.env.STRIPE_PUBLISHABLE_KEY ?? ""
  return /^pk_(test|live)_[A-Za-z0-9]+$/.test(key) ? key : null
}

/** Ways to pay the region offers, in the order the page shows them (cash on delivery first). */
export async function paymentMethods(): Promise<PaymentMethod[]> {
  const enabled = await cached("payment-providers", 60, async () => {
    const { payment_providers } = await medusa().store.payment.listPaymentProviders({ region_id: await vndRegionId() })
    return payment_providers.map((p) => p.id)
  })
  return (Object.keys(PAYMENT_PROVIDERS) as PaymentMethod[]).filter(
    (method) => enabled.includes(PAYMENT_PROVIDERS[method]) && (method !== "stripe" || stripePublishableKey() !== null),
  )
}

interface MedusaShippingOption {
  id: string
  name: string
  amount?: number | null
  calculated_price?: { calculated_amount?: number | null } | null
  type?: { code?: string | null } | null
  service_zone?: {
    fulfillment_set?: { type?: string | null; location?: { address?: { address_1?: string | null; city?: string | null } | null } | null } | null
  } | null
}

function deliveryKind(option: MedusaShippingOption): DeliveryKind {
  if (option.service_zone?.fulfillment_set?.type === "pickup") return "pickup"
  return option.type?.code === "khanh-hoa" ? "province" : "nationwide"
}

const KIND_ORDER: DeliveryKind[] = ["province", "nationwide", "pickup"]

/** Options Medusa offers for the cart's current address, cheapest kind first. */
export async function deliveryOptions(cartId: string): Promise<DeliveryOption[]> {
  const { shipping_options } = await medusa().store.fulfillment.listCartOptions({ cart_id: cartId })
  return (shipping_options as unknown as MedusaShippingOption[])
    .map((o) => {
      const address = o.service_zone?.fulfillment_set?.location?.address
      const kind = deliveryKind(o)
      return {
        id: o.id,
        kind,
        name: o.name,
        amount: o.calculated_price?.calculated_amount ?? o.amount ?? 0,
        pickupAddress: kind === "pickup" && address ? [address.address_1, address.city].filter(Boolean).join(", ") : null,
      }
    })
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))
}

/** Tells Medusa which province the parcel goes to, so it offers the right rates. */
async function setProvince(raw: MedusaCart, provinceCode: string): Promise<MedusaCart> {
  if (raw.shipping_address?.province === provinceCode) return raw
  const { cart } = await medusa().store.cart.update(raw.id, { shipping_address: { province: provinceCode, country_code: "vn" } }, { fields: CART_FIELDS })
  return cart as unknown as MedusaCart
}

export interface Quote {
  cart: Cart
  options: DeliveryOption[]
  parcels: ParcelSummary[]
}

/**
 * The delivery of the cart: one shipping method of the chosen option per parcel (each cooperative's
 * part pays the option's fee), set by the backend (`POST /store/carts/:id/parcels`, idempotent).
 */
async function setDelivery(cartId: string, optionId: string): Promise<StoreParcel[]> {
  const { parcels } = await medusa().client.fetch<{ parcels: StoreParcel[] }>(`/store/carts/${encodeURIComponent(cartId)}/parcels`, {
    method: "POST",
    body: { option_id: optionId },
  })
  return parcels
}

/** Delivery options for a province and, when one is chosen, the cart's totals and parcels with it (Medusa's numbers). */
export async function quote(cartId: string, provinceCode: string, shippingOptionId: string | null): Promise<Quote | null> {
  const raw = await retrieveMedusaCart(cartId)
  return raw && !raw.completed_at ? quoteCart(raw, provinceCode, shippingOptionId) : null
}

export async function quoteCart(raw: MedusaCart, provinceCode: string, shippingOptionId: string | null): Promise<Quote> {
  if (provinceName(provinceCode)) raw = await setProvince(raw, provinceCode)
  const options = await deliveryOptions(raw.id)
  const chosen = options.find((o) => o.id === shippingOptionId) ?? options[0]
  if (!chosen) return { cart: await toCart(raw), options, parcels: [] }
  // Always through the backend: a cart that gained or lost a cooperative since gets its parcels right.
  const parcels = await setDelivery(raw.id, chosen.id)
  const fresh = (await retrieveMedusaCart(raw.id)) ?? raw
  // The parcels go to the checkout island, which re-quotes as the buyer changes the delivery.
  return { cart: await toCart(fresh), options, parcels: parcelSummaries(parcels) }
}

// ---- placing the order ----------------------------------------------------------------------------

export type PlaceResult =
  | { ok: true; orderId: string }
  | { ok: true; card: { clientSecret: string } }
  | { ok: false; status: number; message: string; errors?: Partial<Record<CheckoutField, string>> }

/** One placement per cart at a time in this process: a double click waits for the first and gets its answer. */
const inFlight = new Map<string, Promise<PlaceResult>>()

/**
 * `buyerToken`: the signed-in buyer's session (site/lib/account.ts), if any — the cart is handed to her
 * Medusa customer first, so the order is in her account's history. A session Medusa no longer accepts
 * does not stop the sale: the order is placed as a guest's.
 */
export function placeOrder(cartId: string, raw: Record<string, unknown>, locale: Locale, buyerToken: string | null = null): Promise<PlaceResult> {
  const running = inFlight.get(cartId)
  if (running) return running
  const placing = place(cartId, raw, locale, buyerToken).finally(() => inFlight.delete(cartId))
  inFlight.set(cartId, placing)
  return placing
}

async function completeCart(cartId: string, locale: Locale): Promise<PlaceResult> {
  const m = t(locale).checkout.errors
  try {
    const result = (await medusa().store.cart.complete(cartId)) as unknown as
      | { type: "order"; order: { id: string } }
      | { type: "cart"; error?: { message?: string } }
    if (result.type === "order") return { ok: true, orderId: result.order.id }
    const message = result.error?.message ?? ""
    if (isOutOfStockMessage(message)) return { ok: false, status: 409, message: outOfStockText(message, locale) }
    console.error("[checkout] Medusa did not complete the cart:", message)
    return { ok: false, status: 502, message: m.failed }
  } catch (err) {
    // The cart changed between choosing the delivery and completing (a cooperative's line added in another tab):
    // the backend refuses rather than order with fees that do not match the parcels. The buyer checks the new total.
    if (parcelRefusalAnswer(err)) return { ok: false, status: 409, message: m.parcelsChanged }
    return checkoutFailure(err, locale)
  }
}

/** The backend names the product that ran out, in Vietnamese; other languages get our general sentence. */
function outOfStockText(backendMessage: string, locale: Locale): string {
  return locale === "vi" && /hết hàng|không đủ hàng/.test(backendMessage) ? backendMessage : t(locale).checkout.errors.outOfStock
}

/**
 * A refusal the buyer can act on gets its reason and a 4xx (sold out, no longer on sale — e.g. the
 * cooperative was suspended while the cart waited —, busy: order again); only the unexpected is a
 * 502 "try again".
 */
export function checkoutFailure(err: unknown, locale: Locale): PlaceResult {
  const m = t(locale).checkout.errors
  const message = String((err as { message?: string })?.message ?? "")
  const { problem, text } = readMedusaRefusal(err, locale)
  if (problem === "out_of_stock") return { ok: false, status: 409, message: outOfStockText(message, locale) }
  if (problem === "not_on_sale") return { ok: false, status: 409, message: m.notOnSale(text) }
  if (problem === "busy") return { ok: false, status: 409, message: m.busy }
  console.error("[checkout] order not placed:", (err as { status?: number })?.status, message)
  return { ok: false, status: 502, message: m.failed }
}

async function place(cartId: string, input: Record<string, unknown>, locale: Locale, buyerToken: string | null): Promise<PlaceResult> {
  const m = t(locale).checkout.errors
  let raw = await retrieveMedusaCart(cartId)
  if (!raw) return { ok: false, status: 404, message: t(locale).cart.errors.cartGone }
  // Already ordered (a retry after a lost response): the same order again, never a second one.
  if (raw.completed_at) return completeCart(cartId, locale)
  if (!raw.items?.length) return { ok: false, status: 400, message: m.empty }

  try {
    const provinceCode = typeof input.provinceCode === "string" ? input.provinceCode : ""
    if (provinceName(provinceCode)) raw = await setProvince(raw, provinceCode)
    const options = await deliveryOptions(raw.id)
    const payments = await paymentMethods()
    const parsed = parseCheckout(input, locale, {
      pickup: (id) => {
        const option = options.find((o) => o.id === id)
        return option ? option.kind === "pickup" : null
      },
      payments,
    })
    if (!parsed.ok) return { ok: false, status: 400, message: t(locale).checkout.errors.title, errors: parsed.errors }
    const order = parsed.value
    if (buyerToken && !raw.customer_id) await handToBuyer(raw.id, buyerToken)

    const address = {
      first_name: order.fullName,
      last_name: "",
      phone: order.phone,
      address_1: order.street || options.find((o) => o.id === order.shippingOptionId)?.pickupAddress || "",
      city: order.wardName,
      province: order.provinceCode,
      country_code: "vn",
      metadata: { ward_code: order.wardCode, province_name: order.provinceName },
    }
    await medusa().store.cart.update(raw.id, {
      ...(order.email ? { email: order.email } : {}),
      shipping_address: address,
      billing_address: address,
      metadata: { courier_note: order.note ?? "", locale },
    })
    // One fee per parcel (each cooperative ships its own part), then the payment for the resulting total.
    await setDelivery(raw.id, order.shippingOptionId)
    const { cart } = await medusa().store.cart.retrieve(raw.id, { fields: CART_FIELDS })
    if (order.paymentMethod === "stripe") return await startCardPayment(cart as never, locale)
    await medusa().store.payment.initiatePaymentSession(cart as never, { provider_id: PAYMENT_PROVIDERS[order.paymentMethod] })
  } catch (err) {
    // A parallel request (another tab) may have completed the cart meanwhile.
    if ((await retrieveMedusaCart(cartId))?.completed_at) return completeCart(cartId, locale)
    return checkoutFailure(err, locale)
  }
  return completeCart(cartId, locale)
}

async function handToBuyer(cartId: string, buyerToken: string): Promise<void> {
  try {
    await medusa().store.cart.transferCart(cartId, { fields: "id" }, { authorization: `Bearer ${buyerToken}` })
  } catch (err) {
    if ((err as { status?: number })?.status !== 401) throw err
  }
}

/** A Stripe PaymentIntent for the cart; the island confirms the card with its client secret, then completes. */
async function startCardPayment(cart: Parameters<ReturnType<typeof medusa>["store"]["payment"]["initiatePaymentSession"]>[0], locale: Locale): Promise<PlaceResult> {
  const m = t(locale).checkout.errors
  try {
    const { payment_collection } = await medusa().store.payment.initiatePaymentSession(cart, { provider_id: PAYMENT_PROVIDERS.stripe })
    const session = payment_collection.payment_sessions?.find((s) => s.provider_id === PAYMENT_PROVIDERS.stripe)
    const clientSecret = (session?.data as { client_secret?: string } | undefined)?.client_secret
    if (clientSecret) return { ok: true, card: { clientSecret } }
  } catch (err) {
    console.error("[checkout] card payment session failed:", (err as Error).message)
  }
  return { ok: false, status: 502, message: m.cardUnavailable }
}

/** After the card is confirmed in the browser: complete the cart (Medusa checks the payment with Stripe). */
export const completeAfterCard = completeCart

// ---- the order, for its confirmation page -------------------------------------------------------

const ORDER_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "email",
  "item_total",
  "shipping_total",
  "total",
  "payment_status",
  "fulfillment_status",
  "metadata",
  "*items",
  "*shipping_address",
  "*shipping_methods",
  "*payment_collections",
  "*payment_collections.payment_sessions",
].join(",")

interface MedusaOrder {
  id: string
  display_id: number
  created_at: string
  email: string | null
  item_total: number
  shipping_total: number
  total: number
  payment_status?: string | null
  fulfillment_status?: string | null
  metadata?: { courier_note?: string } | null
  items?: Parameters<typeof groupByCooperative>[0] | null
  shipping_address?: { first_name?: string | null; last_name?: string | null; phone?: string | null; address_1?: string | null; city?: string | null; province?: string | null } | null
  shipping_methods?: { name?: string | null; amount?: number | null; data?: unknown; shipping_option_id?: string | null }[] | null
  payment_collections?: { payment_sessions?: { provider_id: string; data?: Record<string, unknown> | null }[] | null }[] | null
}

const METHOD_BY_PROVIDER = Object.fromEntries(Object.entries(PAYMENT_PROVIDERS).map(([method, id]) => [id, method as PaymentMethod]))

/**
 * An order with its delivery details. Medusa answers `GET /store/orders/:id` only to the storefront's
 * proof (or to the customer who owns the order), so this is a server-to-server call on behalf of `buyer`.
 */
export async function getOrder(orderId: string, buyer: string): Promise<OrderSummary | null> {
  if (!ORDER_ID.test(orderId)) return null
  let order: MedusaOrder
  try {
    order = (await medusa().store.order.retrieve(orderId, { fields: ORDER_FIELDS }, proofHeaders(buyer))).order as unknown as MedusaOrder
  } catch (err) {
    if ((err as { status?: number }).status === 404) return null
    throw err
  }
  const session = order.payment_collections?.flatMap((c) => c.payment_sessions ?? [])[0]
  const paymentMethod = session ? (METHOD_BY_PROVIDER[session.provider_id] ?? null) : null
  // where each parcel is, the payment state and the transfer still due (the backend's one reading)
  const tracking = await orderTracking(orderId, buyer)
  const data = (session?.data ?? {}) as Record<string, unknown>
  // Without the tracking (the backend did not answer it), the QR made at checkout — never no QR at all.
  const checkoutQr: VietQrTransfer | null =
    paymentMethod === "vietqr" && typeof data.payload === "string"
      ? {
          payload: data.payload,
          bankName: String(data.bank_name ?? ""),
          accountNumber: String(data.account_number ?? ""),
          accountName: String(data.account_name ?? ""),
          amount: Number(data.amount ?? order.total),
          reference: String(data.reference ?? ""),
        }
      : null
  const a = order.shipping_address
  return {
    id: order.id,
    displayId: order.display_id,
    createdAt: order.created_at,
    email: order.email,
    groups: await orderGroups(order, tracking),
    itemTotal: order.item_total,
    shippingTotal: order.shipping_total,
    total: order.total,
    deliveryName: order.shipping_methods?.[0]?.name ?? null,
    address: a
      ? {
          name: [a.last_name, a.first_name].filter(Boolean).join(" "),
          phone: a.phone ?? "",
          street: a.address_1 ?? "",
          wardName: a.city ?? "",
          provinceName: provinceName(a.province ?? "") ?? a.province ?? "",
        }
      : null,
    courierNote: order.metadata?.courier_note || null,
    paymentMethod,
    paymentStatus: order.payment_status ?? null,
    fulfillmentStatus: order.fulfillment_status ?? null,
    paymentState: tracking?.payment_state ?? null,
    cancelled: Boolean(tracking?.canceled_at),
    vietQr: tracking ? toTransfer(tracking.transfer) : checkoutQr,
  }
}

interface TrackingAnswer {
  order: {
    payment_state: string
    canceled_at: string | null
    transfer: StoreTransfer | null
    parcels: TrackedStoreParcel[]
    items: { title: string; product_title: string | null; variant_title: string | null; quantity: number; unit_price: number; total: number; thumbnail: string | null; cooperative: { name: string; handle: string } | null }[]
  }
}

/**
 * Each cooperative's lines with its parcel's fee and where it is. A parcel its cooperative cancelled has left
 * Medusa's order; the tracking still lists what it held, so it is shown (cancelled) too.
 */
async function orderGroups(order: MedusaOrder, tracking: TrackingAnswer["order"] | null) {
  const groups = withParcels(
    groupsWithOrderFees(await groupByCooperative([...(order.items ?? [])].sort((x, y) => x.id.localeCompare(y.id))), order.shipping_methods ?? []),
    tracking?.parcels ?? [],
  )
  const shown = new Set(groups.map((g) => g.cooperative?.handle ?? ""))
  const gone = (tracking?.items ?? []).filter((i) => i.cooperative && !shown.has(i.cooperative.handle))
  const cancelled = groupLines(
    gone.map((item, index) => ({ cooperative: item.cooperative, line: toOrderLine({ ...item, id: `cancelled-${index}`, variant_id: null, product_id: null, product_handle: null }) })),
  )
  return [...groups, ...withParcels(cancelled, tracking?.parcels ?? [])]
}

/** The order's parcels as the backend tracks them (`GET /store/orders/:id/tracking`, the storefront's proof); null if unavailable. */
async function orderTracking(orderId: string, buyer: string): Promise<TrackingAnswer["order"] | null> {
  try {
    const { order } = await medusa().client.fetch<TrackingAnswer>(`/store/orders/${encodeURIComponent(orderId)}/tracking`, { headers: proofHeaders(buyer) })
    return order
  } catch (err) {
    console.error("[order] tracking unavailable:", (err as { status?: number }).status, (err as Error).message)
    return null
  }
}

// ---- which orders this browser placed ------------------------------------------------------------

const ORDERS_COOKIE = "orders"
const MAX_REMEMBERED_ORDERS = 10
const ORDER_ID = /^order_[A-Za-z0-9]{10,40}$/

/**
 * The confirmation page shows an order (with its address) only to the browser that placed it: the
 * `orders` cookie lists the ids this browser placed, signed with a key derived from STOREFRONT_SECRET
 * (`order_a.order_b.<HMAC>`), so an id written into the cookie by hand, or swapped into a genuine one,
 * is not believed.
 */
export function rememberOrder(cookies: AstroCookies, orderId: string, secure: boolean): void {
  const ids = [orderId, ...placedOrders(cookies).filter((id) => id !== orderId)].slice(0, MAX_REMEMBERED_ORDERS)
  cookies.set(ORDERS_COOKIE, signCookieValue(ids.join(".")), { path: "/", httpOnly: true, sameSite: "lax", secure, maxAge: 90 * 24 * 3600 })
  // The cart became this order: the next add starts a new cart.
  rememberCart(cookies, null, secure)
}

/** The orders this browser placed; none when the cookie is missing, unsigned, altered or malformed. */
export function placedOrders(cookies: AstroCookies): string[] {
  const value = verifyCookieValue(cookies.get(ORDERS_COOKIE)?.value)
  if (!value) return []
  const ids = value.split(".")
  return ids.every((id) => ORDER_ID.test(id)) ? ids : []
}

/** The order for its confirmation page, only if this browser placed it (the page shows the address). */
export async function orderPlacedHere(cookies: AstroCookies, orderId: string, buyer: string): Promise<OrderSummary | null> {
  return placedOrders(cookies).includes(orderId) ? getOrder(orderId, buyer) : null
}
