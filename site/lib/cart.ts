/**
 * The buyer's cart, through Medusa's store API (server-side only). The browser holds the cart id
 * in an httpOnly cookie and never sends prices: every amount shown comes back from Medusa.
 */
import type { AstroCookies } from "astro"
import { cached } from "./cache"
import { vndRegionId } from "./catalog"
import { medusa } from "./medusa"
import { t, type Locale } from "./i18n"
import type { Cart, CooperativeRef, LineGroup, OrderLine } from "./types"

export const CART_COOKIE = "cart_id"
/** Readable by the page script (and prerendered pages) to show the header badge; holds a count only. */
export const CART_COUNT_COOKIE = "cart_count"
export const MAX_QUANTITY = 999
const COOKIE_DAYS = 30

// ---- errors the buyer can act on ----------------------------------------------------------------

export type CartProblem = "out_of_stock" | "invalid_quantity" | "not_on_sale" | "cart_gone" | "busy" | "unavailable"

export class CartError extends Error {
  constructor(
    readonly problem: CartProblem,
    message: string,
    readonly status: number,
  ) {
    super(message)
  }
}

/**
 * Our backend's messages are "tiếng Việt / English" (several joined by "; "); Medusa's own are
 * English only, and then null: the caller shows its own sentence instead.
 */
export function pickLanguage(message: string, locale: Locale): string | null {
  const parts = message.split("; ").map((part) => part.split(" / "))
  if (!parts.every((p) => p.length === 2)) return null
  return parts.map((p) => p[locale === "en" ? 1 : 0].trim()).join("; ")
}

export function isOutOfStockMessage(message: string): boolean {
  return /required inventory|out of stock|hết hàng|không đủ hàng|insufficient|not have enough|not enough stock|inventory/i.test(message)
}

/** Medusa's own refusal of a variant that does not exist or whose product is not published (createCart). */
const MEDUSA_NOT_PUBLISHED = /do not exist or belong to a product that is not published/i
/** Our backend's refusal (commerce/src/lib/purchasable.ts): unpublished, other channel, cooperative suspended, unknown. */
const NOT_ON_SALE = /hiện không bán|not on sale|Không tìm thấy sản phẩm|Unknown product variant/i

/**
 * What a refusal from Medusa means for the buyer — the one reading of Medusa's errors shared by the
 * cart and the checkout. `text` is the backend's own words in the buyer's language when it has
 * them (they name the product); otherwise the caller uses its general sentence.
 */
export function readMedusaRefusal(err: unknown, locale: Locale): { problem: CartProblem; text: string | null } {
  const status = (err as { status?: number })?.status
  const message = String((err as { message?: string })?.message ?? "")
  if (isOutOfStockMessage(message)) return { problem: "out_of_stock", text: null }
  if ((status === 400 || status === 422) && (NOT_ON_SALE.test(message) || MEDUSA_NOT_PUBLISHED.test(message))) {
    return { problem: "not_on_sale", text: NOT_ON_SALE.test(message) ? pickLanguage(message, locale) : null }
  }
  if (status === 404) return { problem: "cart_gone", text: null }
  // Another request held the cart or the stock at that instant (e.g. many buyers at once): retrying helps.
  if (status === 409) return { problem: "busy", text: null }
  if (status === 400 && /quantity|số lượng/i.test(message)) return { problem: "invalid_quantity", text: null }
  return { problem: "unavailable", text: null }
}

/** Turns a Medusa error into one the buyer can read; anything unexpected is logged, not shown. */
export function toCartError(err: unknown, locale: Locale): CartError {
  if (err instanceof CartError) return err
  const m = t(locale).cart.errors
  const { problem, text } = readMedusaRefusal(err, locale)
  switch (problem) {
    case "out_of_stock":
      return new CartError(problem, m.outOfStock, 409)
    case "not_on_sale":
      return new CartError(problem, text ?? m.notOnSale, 409)
    case "cart_gone":
      return new CartError(problem, m.cartGone, 404)
    case "busy":
      return new CartError(problem, m.busy, 409)
    case "invalid_quantity":
      return new CartError(problem, m.quantity, 400)
  }
  console.error("[cart] Medusa refused a cart change:", (err as { status?: number })?.status, (err as { message?: string })?.message)
  return new CartError("unavailable", m.unavailable, 502)
}

/** Whole items, 1–999 (0 removes the line when `allowZero`). Anything else is refused, never rounded. */
export function parseQuantity(raw: unknown, locale: Locale, { allowZero = false } = {}): number {
  const text = typeof raw === "number" ? String(raw) : typeof raw === "string" ? raw.trim() : ""
  const quantity = /^\d{1,4}$/.test(text) ? Number(text) : NaN
  if (!Number.isInteger(quantity) || quantity < (allowZero ? 0 : 1) || quantity > MAX_QUANTITY) {
    throw new CartError("invalid_quantity", t(locale).cart.errors.quantity, 400)
  }
  return quantity
}

// ---- cookies ------------------------------------------------------------------------------------

export function cartIdFrom(cookies: AstroCookies): string | null {
  const id = cookies.get(CART_COOKIE)?.value ?? ""
  return /^cart_[A-Za-z0-9]{10,40}$/.test(id) ? id : null
}

export function rememberCart(cookies: AstroCookies, cart: Cart | null, secure: boolean): void {
  if (!cart) {
    cookies.delete(CART_COOKIE, { path: "/" })
    cookies.delete(CART_COUNT_COOKIE, { path: "/" })
    return
  }
  const common = { path: "/", sameSite: "lax" as const, secure, maxAge: COOKIE_DAYS * 24 * 3600 }
  cookies.set(CART_COOKIE, cart.id, { ...common, httpOnly: true })
  cookies.set(CART_COUNT_COOKIE, String(cart.itemCount), { ...common, httpOnly: false })
}

// ---- Medusa shapes (only what we read) ----------------------------------------------------------

interface MedusaLineItem {
  id: string
  variant_id: string | null
  product_id: string | null
  product_handle: string | null
  product_title: string | null
  title: string
  variant_title: string | null
  thumbnail: string | null
  quantity: number
  unit_price: number
  total?: number | null
  subtotal?: number | null
}

export interface MedusaCart {
  id: string
  completed_at?: string | null
  /** set when a signed-in buyer placed it (site/lib/checkout.ts handToBuyer) */
  customer_id?: string | null
  item_total?: number | null
  shipping_total?: number | null
  total?: number | null
  items?: MedusaLineItem[] | null
  shipping_methods?: { shipping_option_id: string | null }[] | null
  shipping_address?: { province?: string | null } | null
}

const DEFAULT_VARIANT_TITLES = new Set(["default", "default variant", "mặc định"])

export function toOrderLine(item: MedusaLineItem): OrderLine {
  const productTitle = item.product_title ?? item.title
  const variantTitle = item.variant_title && !DEFAULT_VARIANT_TITLES.has(item.variant_title.toLowerCase()) && item.variant_title !== productTitle ? item.variant_title : null
  return {
    id: item.id,
    variantId: item.variant_id,
    productHandle: item.product_handle,
    productTitle,
    variantTitle,
    thumbnail: item.thumbnail,
    quantity: item.quantity,
    unitPrice: item.unit_price,
    total: item.total ?? item.subtotal ?? item.unit_price * item.quantity,
  }
}

/** Which cooperative makes each product (cached a minute: makers do not change hands often). */
async function makersOf(productIds: string[]): Promise<Map<string, CooperativeRef | null>> {
  const ids = [...new Set(productIds)].sort()
  const makers = new Map<string, CooperativeRef | null>()
  if (!ids.length) return makers
  const rows = await cached(`makers:${ids.join(",")}`, 60, async () => {
    const { products } = await medusa().store.product.list({ id: ids, fields: "id,cooperative.handle,cooperative.name", limit: ids.length } as never)
    return products as unknown as { id: string; cooperative?: CooperativeRef | null }[]
  })
  for (const row of rows) makers.set(row.id, row.cooperative ? { handle: row.cooperative.handle, name: row.cooperative.name } : null)
  return makers
}

/** Lines under the cooperative that makes them, in the order given. */
export function groupLines(entries: { cooperative: CooperativeRef | null; line: OrderLine }[]): LineGroup[] {
  const groups = new Map<string, LineGroup>()
  for (const { cooperative, line } of entries) {
    const key = cooperative?.handle ?? ""
    const group = groups.get(key) ?? { cooperative, lines: [], subtotal: 0 }
    group.lines.push(line)
    group.subtotal += line.total
    groups.set(key, group)
  }
  return [...groups.values()]
}

/** A cart's or order's Medusa line items grouped by their cooperative, in the order the buyer added them. */
export async function groupByCooperative(items: MedusaLineItem[]): Promise<LineGroup[]> {
  const makers = await makersOf(items.map((i) => i.product_id).filter((id): id is string => Boolean(id)))
  return groupLines(items.map((item) => ({ cooperative: (item.product_id && makers.get(item.product_id)) || null, line: toOrderLine(item) })))
}

export async function toCart(raw: MedusaCart): Promise<Cart> {
  const items = [...(raw.items ?? [])].sort((a, b) => a.id.localeCompare(b.id))
  return {
    id: raw.id,
    groups: await groupByCooperative(items),
    itemCount: items.reduce((n, i) => n + i.quantity, 0),
    itemTotal: raw.item_total ?? 0,
    shippingTotal: raw.shipping_total ?? 0,
    total: raw.total ?? 0,
    shippingOptionId: raw.shipping_methods?.[0]?.shipping_option_id ?? null,
    provinceCode: raw.shipping_address?.province ?? null,
  }
}

// ---- reading and changing the cart ----------------------------------------------------------------

export const CART_FIELDS =
  "id,completed_at,customer_id,item_total,shipping_total,total,*items,*shipping_methods,shipping_address.province,region_id,email,*payment_collection,*payment_collection.payment_sessions"

/** The raw Medusa cart, or null when it is gone or already became an order. */
export async function retrieveMedusaCart(cartId: string): Promise<MedusaCart | null> {
  try {
    const { cart } = await medusa().store.cart.retrieve(cartId, { fields: CART_FIELDS })
    return cart as unknown as MedusaCart
  } catch (err) {
    if ((err as { status?: number }).status === 404) return null
    throw err
  }
}

/** The open cart behind the cookie, or null (none, unknown, or already ordered). */
export async function getCart(cartId: string | null): Promise<Cart | null> {
  if (!cartId) return null
  const raw = await retrieveMedusaCart(cartId)
  return raw && !raw.completed_at ? toCart(raw) : null
}

export async function addToCart(cartId: string | null, variantId: string, quantity: number, locale: Locale): Promise<Cart> {
  if (!/^variant_[A-Za-z0-9]{10,40}$/.test(variantId)) throw new CartError("not_on_sale", t(locale).cart.errors.unknownVariant, 400)
  try {
    const open = cartId ? await retrieveMedusaCart(cartId) : null
    if (!open || open.completed_at) {
      const { cart } = await medusa().store.cart.create({ region_id: await vndRegionId(), items: [{ variant_id: variantId, quantity }] }, { fields: CART_FIELDS })
      return toCart(cart as unknown as MedusaCart)
    }
    const { cart } = await medusa().store.cart.createLineItem(open.id, { variant_id: variantId, quantity }, { fields: CART_FIELDS })
    return toCart(cart as unknown as MedusaCart)
  } catch (err) {
    throw toCartError(err, locale)
  }
}

/** Sets a line's quantity; 0 removes it. */
export async function setLineQuantity(cartId: string, lineId: string, quantity: number, locale: Locale): Promise<Cart | null> {
  if (!/^cali_[A-Za-z0-9]{10,40}$/.test(lineId)) throw new CartError("cart_gone", t(locale).cart.errors.cartGone, 404)
  try {
    if (quantity === 0) {
      await medusa().store.cart.deleteLineItem(cartId, lineId)
      return getCart(cartId)
    }
    const { cart } = await medusa().store.cart.updateLineItem(cartId, lineId, { quantity }, { fields: CART_FIELDS })
    return toCart(cart as unknown as MedusaCart)
  } catch (err) {
    throw toCartError(err, locale)
  }
}
