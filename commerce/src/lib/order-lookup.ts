/**
 * Guest order lookup (POST /store/order-lookup): a buyer without an account finds an order by its
 * number and the phone number it was delivered to. Rules kept here, free of Medusa, so they are
 * unit-tested: input parsing, the messages, and the limits on wrong guesses.
 */
import { normalizeAddress } from "./client-address"
import { FailureLimiter } from "./failure-limiter"
import { normalizeVietnamesePhone } from "./phone"

export const LOOKUP_WINDOW_MS = 15 * 60 * 1000
/** Wrong guesses allowed per order number, then that number is locked for everyone. */
export const LOOKUP_FAILURES_PER_ORDER = 5
/** Wrong guesses allowed per client (buyer's IP), whatever the order numbers. */
export const LOOKUP_FAILURES_PER_CLIENT = 20

export const LOOKUP_MESSAGES = {
  notFound: {
    message: "Không tìm thấy đơn hàng với mã và số điện thoại này.",
    message_en: "No order matches this order number and phone number.",
  },
  tooMany: {
    message: "Bạn đã thử quá nhiều lần. Vui lòng thử lại sau ít phút.",
    message_en: "Too many attempts. Please try again in a few minutes.",
  },
  malformed: {
    message: "Yêu cầu không hợp lệ: cần JSON {order_number, phone}, tối đa 4 KB.",
    message_en: "Invalid request: expected JSON {order_number, phone}, at most 4 KB.",
  },
  body: {
    message: "Vui lòng gửi mã đơn hàng và số điện thoại.",
    message_en: "Please send the order number and the phone number.",
  },
  orderNumber: {
    message: "Mã đơn hàng không hợp lệ: chỉ gồm chữ số, ví dụ #1024.",
    message_en: "Invalid order number: digits only, e.g. #1024.",
  },
  phone: {
    message: "Số điện thoại không hợp lệ: nhập số Việt Nam, ví dụ 0905 123 456.",
    message_en: "Invalid phone number: enter a Vietnamese number, e.g. 0905 123 456.",
  },
} as const

export type LookupInput = { orderNumber: number; phone: string }
export type LookupParse = { ok: true; value: LookupInput } | { ok: false; message: string; message_en: string }

const MAX_ORDER_NUMBER = 2_147_483_647

/** Accepts 12, "12", "#12", " # 0012 "; returns null for anything else. */
export function parseOrderNumber(raw: unknown): number | null {
  if (typeof raw === "number") return Number.isInteger(raw) && raw >= 1 && raw <= MAX_ORDER_NUMBER ? raw : null
  if (typeof raw !== "string" || raw.length > 24) return null
  const m = /^\s*#?\s*(\d{1,10})\s*$/.exec(raw)
  if (!m) return null
  const n = Number(m[1])
  return n >= 1 && n <= MAX_ORDER_NUMBER ? n : null
}

export function parseLookupInput(body: unknown): LookupParse {
  if (!body || typeof body !== "object" || Array.isArray(body)) return { ok: false, ...LOOKUP_MESSAGES.body }
  const { order_number, phone } = body as { order_number?: unknown; phone?: unknown }
  const emptyString = (v: unknown) => typeof v === "string" && v.trim() === ""
  if (order_number === undefined || order_number === null || emptyString(order_number) || phone === undefined || phone === null || emptyString(phone)) {
    return { ok: false, ...LOOKUP_MESSAGES.body }
  }
  const orderNumber = parseOrderNumber(order_number)
  if (orderNumber === null) return { ok: false, ...LOOKUP_MESSAGES.orderNumber }
  const normalized = typeof phone === "string" && phone.length <= 32 ? normalizeVietnamesePhone(phone) : null
  if (!normalized) return { ok: false, ...LOOKUP_MESSAGES.phone }
  return { ok: true, value: { orderNumber, phone: normalized } }
}

/** Whether an order's delivery phone is the one given (both compared in the 0xxxxxxxxx form). */
export function phoneMatches(orderPhone: string | null | undefined, normalizedInput: string): boolean {
  if (!orderPhone) return false
  return normalizeVietnamesePhone(orderPhone) === normalizedInput
}

/**
 * The client a wrong guess is counted against. The buyer's address when the storefront vouched for it
 * with its proof (`proven`, see storefront-proof.ts) — every buyer reaches Medusa from the storefront's
 * address, so they must be told apart; otherwise the socket's address, or the one a proxy listed in
 * TRUSTED_PROXIES forwarded (`socketClient`, see client-address.ts). Never a bare X-Forwarded-For
 * header: anyone can send one, and a new value each time would never be limited.
 */
export function lookupClientKey(proven: { ok: true; client: string } | { ok: false }, socketClient: string): string {
  const vouched = proven.ok ? normalizeAddress(proven.client) : ""
  return (vouched || socketClient || "unknown").slice(0, 64)
}

/** Per-order and per-client limits on wrong guesses (in memory, per process — see FailureLimiter). */
export class OrderLookupGuard {
  readonly byOrder: FailureLimiter
  readonly byClient: FailureLimiter

  constructor(now: () => number = Date.now) {
    this.byOrder = new FailureLimiter({ limit: LOOKUP_FAILURES_PER_ORDER, windowMs: LOOKUP_WINDOW_MS, now })
    this.byClient = new FailureLimiter({ limit: LOOKUP_FAILURES_PER_CLIENT, windowMs: LOOKUP_WINDOW_MS, now })
  }

  /** Seconds to wait before trying again, or 0 when the lookup may go ahead. */
  retryAfterSeconds(orderNumber: number, client: string): number {
    const ms = Math.max(this.byOrder.lockedForMs(String(orderNumber)), this.byClient.lockedForMs(client))
    return ms > 0 ? Math.ceil(ms / 1000) : 0
  }

  recordFailure(orderNumber: number, client: string): void {
    this.byOrder.recordFailure(String(orderNumber))
    this.byClient.recordFailure(client)
  }
}
