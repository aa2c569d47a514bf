/**
 * The life of a request and its quotes, as pure rules (no Medusa imports) that the workflows apply
 * and the tests read:
 *
 *   open ──(the buyer accepts a quote)──► accepted   (an order exists at the quoted price)
 *   open ──(the buyer cancels)──────────► cancelled
 *
 * A cooperative the request was routed to answers while it is open: a quote (which it may revise
 * until the buyer has chosen) or a refusal. A quote can be accepted up to and including its
 * `valid_until` day in Vietnam; then it has expired. Accepting one quote closes the others
 * (`not_chosen`).
 */
import type { LinkageQuoteStatus, LinkageRequestStatus } from "./units"

export interface RequestState {
  status: LinkageRequestStatus
}

export interface QuoteState {
  status: LinkageQuoteStatus
  valid_until: string | null
  unit_price_vnd: number | null
  quantity: number | null
  delivery_fee_vnd: number | null
}

export type Refusal = { code: string; status: 404 | 409; message: string; message_en: string }

const formatDay = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`

export const LINKAGE_REFUSALS = {
  requestNotFound: { code: "linkage_request_not_found", status: 404, message: "Không tìm thấy yêu cầu kết nối này.", message_en: "Linkage request not found." },
  quoteNotFound: { code: "linkage_quote_not_found", status: 404, message: "Không tìm thấy báo giá này trong yêu cầu của bạn.", message_en: "This quote is not one of your request's quotes." },
  requestAccepted: {
    code: "linkage_request_accepted",
    status: 409,
    message: "Yêu cầu này đã chốt một báo giá; không đổi được nữa.",
    message_en: "A quote has already been accepted for this request; it cannot change any more.",
  },
  requestCancelled: { code: "linkage_request_cancelled", status: 409, message: "Yêu cầu này đã huỷ.", message_en: "This request has been cancelled." },
  quoteDeclined: { code: "linkage_quote_declined", status: 409, message: "Hợp tác xã đã từ chối yêu cầu này, không có báo giá để chấp nhận.", message_en: "The cooperative declined this request: there is no price to accept." },
  notRouted: { code: "linkage_not_routed", status: 404, message: "Không tìm thấy yêu cầu này trong các yêu cầu gửi đến hợp tác xã của bạn.", message_en: "This request was not sent to your cooperative." },
  cooperativeNotSelling: {
    code: "linkage_cooperative_not_selling",
    status: 409,
    message: "Hợp tác xã báo giá hiện không bán trên sàn, nên chưa chốt được báo giá này. Vui lòng chọn báo giá khác hoặc liên hệ Hội LHPN tỉnh.",
    message_en: "The quoting cooperative is not selling on the marketplace now, so this quote cannot be accepted. Choose another quote or contact the Women's Union.",
  },
  productNotOwn: { code: "linkage_product_not_own", status: 409, message: "Sản phẩm báo giá không còn thuộc hợp tác xã này.", message_en: "The quoted product no longer belongs to this cooperative." },
} as const satisfies Record<string, Refusal>

export function quoteExpired(validUntil: string): Refusal {
  return {
    code: "linkage_quote_expired",
    status: 409,
    message: `Báo giá này đã hết hạn (chỉ giữ đến hết ngày ${formatDay(validUntil)}). Hãy đề nghị hợp tác xã báo giá lại.`,
    message_en: `This quote has expired (it was valid until ${formatDay(validUntil)}). Ask the cooperative for a new quote.`,
  }
}

function requestClosed(request: RequestState): Refusal | null {
  if (request.status === "accepted") return LINKAGE_REFUSALS.requestAccepted
  if (request.status === "cancelled") return LINKAGE_REFUSALS.requestCancelled
  return null
}

/** Why the buyer cannot accept this quote today (a "YYYY-MM-DD" day in Vietnam), or null when she can. */
export function acceptanceRefusal(request: RequestState, quote: QuoteState, today: string): Refusal | null {
  const closed = requestClosed(request)
  if (closed) return closed
  if (quote.status === "declined") return LINKAGE_REFUSALS.quoteDeclined
  if (quote.status !== "quoted") return LINKAGE_REFUSALS.requestAccepted
  if (!quote.valid_until || quote.valid_until < today) return quoteExpired(quote.valid_until ?? today)
  return null
}

/** Why a cooperative cannot answer (quote, revise or decline) this request, or null when it can. */
export function answerRefusal(request: RequestState, existing: QuoteState | null): Refusal | null {
  const closed = requestClosed(request)
  if (closed) return closed
  if (existing && existing.status !== "quoted" && existing.status !== "declined") return LINKAGE_REFUSALS.requestAccepted
  return null
}

/** Why the buyer cannot cancel her request, or null. */
export function cancelRefusal(request: RequestState): Refusal | null {
  return requestClosed(request)
}

/** What the contract is worth: the goods at the quoted unit price plus the quoted delivery fee, in đồng. */
export function contractValue(quote: Pick<QuoteState, "unit_price_vnd" | "quantity" | "delivery_fee_vnd">): number {
  return (quote.unit_price_vnd ?? 0) * (quote.quantity ?? 0) + (quote.delivery_fee_vnd ?? 0)
}

/** A quote that can still be accepted today: quoted, and not past its validity. */
export function isQuoteOpen(quote: Pick<QuoteState, "status" | "valid_until">, today: string): boolean {
  return quote.status === "quoted" && !!quote.valid_until && quote.valid_until >= today
}
