/**
 * The payment state of an order, in the words the Union and the cooperatives use — Medusa's
 * "authorized" means "the transfer is awaited" for VietQR and "cash is collected on delivery" for
 * COD, which is why it is not shown as such:
 *
 *  - `awaiting_transfer` (chờ chuyển khoản): paid by bank transfer (VietQR) or another prepaid way, and
 *    the money is not confirmed yet — the Union confirms a transfer by capturing the payment in Admin;
 *  - `paid` (đã thanh toán): the payment is captured (a transfer confirmed, a card charged, or cash the
 *    Union recorded as received);
 *  - `cash_on_delivery` (thu khi giao): cash on delivery, not collected yet;
 *  - `refunded` (hoàn tiền): what was paid has been refunded.
 *
 * An order has one payment, so each parcel's payment state is its order's.
 *
 * Pure (no Medusa imports): unit-tested, and the portal and the order-part workflow read it.
 */
import { SYSTEM_PAYMENT_PROVIDER_ID } from "./payment-providers"

export const PAYMENT_STATES = ["awaiting_transfer", "paid", "cash_on_delivery", "refunded"] as const
export type PaymentState = (typeof PAYMENT_STATES)[number]

export const PAYMENT_STATE_LABELS: Record<PaymentState, { vi: string; en: string }> = {
  awaiting_transfer: { vi: "Chờ chuyển khoản", en: "Awaiting bank transfer" },
  paid: { vi: "Đã thanh toán", en: "Paid" },
  cash_on_delivery: { vi: "Thu khi giao (COD)", en: "Cash on delivery" },
  refunded: { vi: "Hoàn tiền", en: "Refunded" },
}

export interface PaymentFacts {
  /** the payment's provider (or, before a payment exists, the chosen session's) */
  provider_id: string | null
  /** what the payment is for, in đồng */
  amount: number
  /** captured so far */
  captured: number
  /** refunded so far */
  refunded: number
}

/**
 * `orderTotal`, when known, is what is owed now: less than the payment's amount once a parcel was
 * cancelled after checkout (the payment keeps the amount it was authorised for).
 */
export function paymentStateOf(p: PaymentFacts, orderTotal?: number): PaymentState {
  const due = orderTotal !== undefined && Number.isFinite(orderTotal) && orderTotal >= 0 ? Math.min(p.amount, orderTotal) : p.amount
  if (p.refunded > 0 && p.refunded >= p.captured) return "refunded"
  if (p.captured > 0 && p.captured >= due) return "paid"
  if (p.provider_id === SYSTEM_PAYMENT_PROVIDER_ID) return "cash_on_delivery"
  return "awaiting_transfer"
}

type Amount = unknown
type PaymentRow = { provider_id?: string | null; amount?: Amount; canceled_at?: unknown; captures?: ({ amount?: Amount } | null)[] | null; refunds?: ({ amount?: Amount } | null)[] | null } | null
type CollectionRow = { payments?: PaymentRow[] | null; payment_sessions?: ({ provider_id?: string | null } | null)[] | null } | null

/** Facts from an order's payment collections as Query returns them; `toNumber` reads Medusa's amounts. */
export function paymentFactsOf(collections: CollectionRow[] | null | undefined, toNumber: (value: Amount) => number): PaymentFacts {
  const payments = (collections ?? []).flatMap((c) => (c?.payments ?? []).filter((p): p is NonNullable<PaymentRow> => !!p && !p.canceled_at))
  const sessions = (collections ?? []).flatMap((c) => (c?.payment_sessions ?? []).filter(Boolean))
  const sum = (rows: ({ amount?: Amount } | null)[] | null | undefined) => (rows ?? []).reduce((n, r) => n + (r ? toNumber(r.amount) || 0 : 0), 0)
  return {
    provider_id: payments[0]?.provider_id ?? sessions[0]?.provider_id ?? null,
    amount: payments.reduce((n, p) => n + (toNumber(p.amount) || 0), 0),
    captured: payments.reduce((n, p) => n + sum(p.captures), 0),
    refunded: payments.reduce((n, p) => n + sum(p.refunds), 0),
  }
}

/** The fields of an order Query needs for paymentFactsOf. */
export const PAYMENT_FACT_FIELDS = [
  "payment_collections.payments.provider_id",
  "payment_collections.payments.amount",
  "payment_collections.payments.canceled_at",
  "payment_collections.payments.captures.amount",
  "payment_collections.payments.refunds.amount",
  "payment_collections.payment_sessions.provider_id",
]

export const SHIPPING_REFUSALS = {
  awaiting_transfer: {
    code: "payment_not_received",
    message:
      "Chưa gửi hàng được: người mua chọn chuyển khoản (VietQR) và Hội LHPN tỉnh chưa xác nhận đã nhận tiền của đơn này. Khi Hội xác nhận, đơn sẽ hiện “Đã thanh toán” và bạn gửi hàng được.",
    message_en:
      "This parcel cannot be shipped yet: the buyer pays by bank transfer (VietQR) and the Women's Union has not confirmed receiving the money. Once it does, the order shows “Paid” and you can ship.",
  },
  refunded: {
    code: "payment_refunded",
    message: "Không gửi hàng: đơn này đã được hoàn tiền cho người mua.",
    message_en: "Do not ship: this order has been refunded to the buyer.",
  },
} as const

/**
 * Why a parcel may not leave the cooperative (be marked shipped, or delivered without having been
 * shipped), or null when it may: goods leave only once the transfer is confirmed, never after a refund.
 */
export function shippingRefusal(state: PaymentState): { code: string; message: string; message_en: string } | null {
  if (state === "awaiting_transfer") return { ...SHIPPING_REFUSALS.awaiting_transfer }
  if (state === "refunded") return { ...SHIPPING_REFUSALS.refunded }
  return null
}

/** The 409 answer for a refused shipment, from the error as the workflow engine hands it back. */
export function shippingRefusalAnswer(err: unknown): { code: string; message: string; message_en: string } | null {
  const e = (err ?? {}) as { code?: unknown; message?: unknown }
  for (const refusal of Object.values(SHIPPING_REFUSALS)) {
    if (e.code === refusal.code || e.message === refusal.message) return { ...refusal }
  }
  return null
}
