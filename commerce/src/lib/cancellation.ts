/**
 * Who may cancel what, and what they are told (Vietnamese and English):
 *  - the buyer, from the lookup, her whole order — while no parcel is being packed, and not once
 *    she has paid (the Union refunds a paid order: she asks it);
 *  - a cooperative, its own parcel — before it is shipped, with a reason (e.g. out of stock);
 *  - the Union, any order, with Medusa Admin's own "Cancel order".
 * Cancelling releases the reserved stock; the order's total, what each courier collects and the
 * transfer still due follow, and the buyer is told.
 *
 * Pure: unit-tested; the workflows (workflows/cancellation) apply it.
 */
import type { ParcelStatus } from "./order-labels"
import type { PaymentState } from "./payment-state"

export const CANCEL_REASON_MAX = 300

export const CANCEL_MESSAGES = {
  alreadyCancelled: { code: "order_cancelled", message: "Đơn hàng này đã được huỷ.", message_en: "This order has already been cancelled." },
  buyerTooLate: {
    code: "parcel_in_progress",
    message: "Không huỷ được nữa: hợp tác xã đã bắt đầu đóng gói hoặc đã gửi hàng. Vui lòng gọi hợp tác xã hoặc Hội LHPN tỉnh.",
    message_en: "The order can no longer be cancelled: a cooperative has started packing or has shipped it. Please call the cooperative or the Women's Union.",
  },
  buyerPaid: {
    code: "order_paid",
    message: "Đơn đã thanh toán: để huỷ và nhận lại tiền, vui lòng liên hệ Hội LHPN tỉnh.",
    message_en: "This order has been paid: to cancel it and get your money back, please contact the Women's Union.",
  },
  parcelTooLate: {
    code: "parcel_shipped",
    message: "Gói hàng đã gửi đi (hoặc đã giao, đã huỷ) thì không huỷ được.",
    message_en: "A parcel that has been shipped (or delivered, or cancelled) cannot be cancelled.",
  },
  reasonRequired: {
    code: "reason_required",
    message: `Vui lòng ghi lý do huỷ (ví dụ: hết hàng), tối đa ${CANCEL_REASON_MAX} ký tự.`,
    message_en: `Please give the reason for cancelling (e.g. out of stock), at most ${CANCEL_REASON_MAX} characters.`,
  },
} as const

export type CancelRefusal = (typeof CANCEL_MESSAGES)[keyof typeof CANCEL_MESSAGES]

/** Why the buyer may not cancel her order now, or null when she may. */
export function buyerCancelRefusal(order: { cancelled: boolean; payment_state: PaymentState; parcels: { status: ParcelStatus }[] }): CancelRefusal | null {
  if (order.cancelled) return CANCEL_MESSAGES.alreadyCancelled
  if (order.parcels.some((p) => p.status !== "new" && p.status !== "cancelled")) return CANCEL_MESSAGES.buyerTooLate
  if (order.payment_state === "paid" || order.payment_state === "refunded") return CANCEL_MESSAGES.buyerPaid
  return null
}

/** Why a cooperative may not cancel its parcel now, or null when it may. */
export function parcelCancelRefusal(orderCancelled: boolean, status: ParcelStatus): CancelRefusal | null {
  if (orderCancelled) return CANCEL_MESSAGES.alreadyCancelled
  if (status !== "new" && status !== "packing") return CANCEL_MESSAGES.parcelTooLate
  return null
}

/** A reason as typed: trimmed, NFC, control characters out; null when empty or too long. */
export function cancelReason(raw: unknown, required: boolean): { ok: true; value: string | null } | { ok: false } {
  const text = typeof raw === "string" ? raw.normalize("NFC").replace(/[\u0000-\u001f\u007f]/g, " ").replace(/\s+/g, " ").trim() : ""
  if (text.length > CANCEL_REASON_MAX) return { ok: false }
  if (!text) return required ? { ok: false } : { ok: true, value: null }
  return { ok: true, value: text }
}

/** The refusal as the workflow engine hands it back (its class may be lost on the way, not its message). */
export function cancelRefusalAnswer(err: unknown): CancelRefusal | null {
  const e = (err ?? {}) as { code?: unknown; message?: unknown }
  return Object.values(CANCEL_MESSAGES).find((m) => e.code === m.code || e.message === m.message) ?? null
}
