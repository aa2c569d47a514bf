/**
 * Parcels: each cooperative packs and ships its own part of an order, so each part is a parcel
 * with its own delivery fee.
 *
 * How the fee is set: the buyer picks one way of delivery for the order (in-province, nationwide,
 * pickup — Medusa's shipping options, priced in Admin) and every parcel pays that option's price.
 * In Medusa this is one shipping method per parcel on the cart, all of the chosen option, each
 * carrying `data.parcel` (the cooperative's id) — so Medusa's own totals (cart, payment, order) are
 * the sum of the parcels' fees, and the order keeps one shipping line per parcel.
 *
 * Pure functions (no Medusa imports): the backend (checkout guard, portal, lookup) and the
 * storefront (checkout and confirmation pages) read parcels the same way.
 */
import { formatVndPlain } from "./money"

/** `data.parcel` of the shipping method of goods no cooperative makes (the Union ships them). */
export const UNION_PARCEL = "hoi-lhpn"

export type ParcelCooperative = { id: string; handle: string; name: string }

/** What a parcel's shipping method carries in `data`. */
export interface ParcelMethodData {
  parcel: string
  cooperative_handle: string | null
  cooperative_name: string | null
}

export function parcelKeyOf(cooperative: { id: string } | null | undefined): string {
  return cooperative?.id ?? UNION_PARCEL
}

export function parcelMethodData(cooperative: ParcelCooperative | null | undefined): ParcelMethodData {
  return { parcel: parcelKeyOf(cooperative), cooperative_handle: cooperative?.handle ?? null, cooperative_name: cooperative?.name ?? null }
}

/** The parcel a shipping method pays for, from its `data`; null for a method that names none (Medusa's plain route). */
export function parcelOfMethod(data: unknown): ParcelMethodData | null {
  const d = data && typeof data === "object" ? (data as Record<string, unknown>) : null
  if (!d || typeof d.parcel !== "string" || !d.parcel) return null
  return {
    parcel: d.parcel,
    cooperative_handle: typeof d.cooperative_handle === "string" ? d.cooperative_handle : null,
    cooperative_name: typeof d.cooperative_name === "string" ? d.cooperative_name : null,
  }
}

export interface ParcelLineInput {
  /** the parcel the line belongs to (see parcelKeyOf, or the storefront's own key) */
  key: string
  /** the line's total in đồng */
  total: number
}

export interface ParcelMethodInput {
  /** the parcel it pays for, or null when the method names none */
  key: string | null
  amount: number
  shipping_option_id?: string | null
}

export interface ParcelAmounts {
  key: string
  /** the goods, in đồng */
  item_total: number
  /** the delivery fee of this parcel, in đồng */
  shipping_total: number
  /** item_total + shipping_total: what this parcel costs the buyer (and, for COD, what is collected on delivery) */
  total: number
  /** how many shipping methods pay for it (1 when all is well) */
  methods: number
}

export type ParcelProblem =
  | { kind: "missing"; key: string }
  | { kind: "duplicate"; key: string }
  | { kind: "stale"; key: string }
  | { kind: "unattributed" }
  | { kind: "mixed_options" }

/**
 * Splits lines and shipping methods into parcels, in the order the parcels first appear in `lines`
 * (callers sort lines by id, so every reader gets the same order).
 *
 * A method naming no parcel belongs to the only parcel when there is exactly one parcel and one
 * method (an order placed through Medusa's plain shipping-method route). Any fee that cannot be put
 * on its parcel — a method naming none in a multi-parcel order (orders placed before parcels), or a
 * parcel no longer in the cart — is added to the first parcel, so the parcels always add up to
 * Medusa's total; `problems` says so, and the checkout refuses such a cart.
 */
export function splitIntoParcels(lines: ParcelLineInput[], methods: ParcelMethodInput[]): { parcels: ParcelAmounts[]; problems: ParcelProblem[] } {
  const parcels = new Map<string, ParcelAmounts>()
  for (const line of lines) {
    const parcel = parcels.get(line.key) ?? { key: line.key, item_total: 0, shipping_total: 0, total: 0, methods: 0 }
    parcel.item_total += line.total
    parcels.set(line.key, parcel)
  }
  const list = [...parcels.values()]
  const problems: ParcelProblem[] = []
  let leftover = 0
  const onlyOne = list.length === 1 && methods.length === 1
  for (const method of methods) {
    const parcel = method.key === null ? (onlyOne ? list[0] : undefined) : parcels.get(method.key)
    if (parcel) {
      parcel.shipping_total += method.amount
      parcel.methods += 1
      continue
    }
    leftover += method.amount
    problems.push(method.key === null ? { kind: "unattributed" } : { kind: "stale", key: method.key })
  }
  if (list.length) list[0].shipping_total += leftover
  for (const parcel of list) {
    if (parcel.methods === 0) problems.push({ kind: "missing", key: parcel.key })
    if (parcel.methods > 1) problems.push({ kind: "duplicate", key: parcel.key })
    parcel.total = parcel.item_total + parcel.shipping_total
  }
  if (new Set(methods.map((m) => m.shipping_option_id ?? null)).size > 1) problems.push({ kind: "mixed_options" })
  return { parcels: list, problems }
}

/** The checkout's refusal when the delivery fees do not match the cart's parcels (cart changed after the delivery was chosen). */
export const PARCEL_FEES_MESSAGES = {
  code: "parcel_fees_mismatch",
  message:
    "Phí giao hàng chưa khớp với các gói trong giỏ: mỗi hợp tác xã gửi một gói riêng, mỗi gói một phí giao. Vui lòng chọn lại cách giao hàng rồi đặt hàng.",
  message_en:
    "The delivery fees do not match the parcels in the cart: each cooperative ships its own parcel, each with its own fee. Please choose the delivery again, then place the order.",
} as const

/** The checkout's refusal when the payment was set up for another amount than the cart's total. */
export function paymentAmountMessages(amount: number, total: number) {
  const vnd = formatVndPlain
  return {
    code: "payment_amount_mismatch",
    message: `Số tiền thanh toán (${vnd(amount)}) khác tổng đơn hàng (${vnd(total)}). Vui lòng chọn lại cách thanh toán rồi đặt hàng.`,
    message_en: `The payment (${vnd(amount)}) differs from the order total (${vnd(total)}). Please choose the payment method again, then place the order.`,
  }
}

/** Answers of POST /store/carts/:id/parcels that are not the parcels. */
export const PARCEL_ROUTE_MESSAGES = {
  cartNotFound: { message: "Không tìm thấy giỏ hàng.", message_en: "Cart not found." },
  completed: { message: "Giỏ hàng này đã được đặt thành đơn hàng.", message_en: "This cart has already been ordered." },
  empty: { message: "Giỏ hàng đang trống: chưa có gói hàng nào để giao.", message_en: "The cart is empty: there is no parcel to deliver." },
  optionId: {
    message: "Vui lòng gửi option_id: mã cách giao hàng (so_…) lấy từ danh sách cách giao của giỏ hàng.",
    message_en: "Please send option_id: the id (so_…) of a shipping option listed for the cart.",
  },
  optionNotOffered: {
    message: "Cách giao hàng này không dùng được cho giỏ hàng (địa chỉ nhận hàng). Vui lòng chọn một cách giao trong danh sách.",
    message_en: "This shipping option is not available for the cart (its delivery address). Please choose one of the options listed.",
  },
  busy: {
    message: "Giỏ hàng đang được cập nhật. Vui lòng thử lại sau vài giây.",
    message_en: "The cart is being updated. Please try again in a few seconds.",
  },
} as const

/**
 * The answer (code, message, message_en) for a checkout refused by the parcel or payment check, from
 * the error as the workflow engine hands it back (its class may be lost on the way, not its message).
 */
export function parcelRefusalAnswer(err: unknown): { code: string; message: string; message_en: string } | null {
  const e = (err ?? {}) as { code?: unknown; message?: unknown }
  const message = typeof e.message === "string" ? e.message : ""
  if (e.code === PARCEL_FEES_MESSAGES.code || message === PARCEL_FEES_MESSAGES.message) return { ...PARCEL_FEES_MESSAGES }
  const amounts = /^Số tiền thanh toán \(([\d.]+) ₫\) khác tổng đơn hàng \(([\d.]+) ₫\)/.exec(message)
  if (amounts) return paymentAmountMessages(Number(amounts[1].replace(/\./g, "")), Number(amounts[2].replace(/\./g, "")))
  return null
}
