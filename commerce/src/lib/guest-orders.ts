/**
 * A buyer's orders placed as a guest (before she had an account, or signed out) join her account once she
 * proves she holds the e-mail address or phone number they were placed with: Medusa sends her a link
 * (notification module, channel "email" or "sms"), and opening it while signed in attaches them.
 *
 * The link carries a stateless claim: `v1.<payload>.<MAC>`, payload = base64url JSON {c: customer id,
 * k: "email" | "phone", a: the address, e: expiry in unix seconds}, MAC = HMAC-SHA256 under a key derived
 * from JWT_SECRET for this purpose only. It is only accepted from the same signed-in customer, before it
 * expires, while her account still has that address.
 */
import crypto from "node:crypto"
import { normalizeVietnamesePhone } from "./phone"
import { sameText } from "./storefront-proof"

export type ClaimChannel = "email" | "phone"
export interface GuestOrderClaim {
  customerId: string
  channel: ClaimChannel
  /** the account's e-mail (lower case) or phone (0xxxxxxxxx) when the link was sent */
  address: string
  /** unix seconds */
  expiresAt: number
}

export const CLAIM_VALID_HOURS = 24
/** links sent per account per hour (each costs a message; an SMS costs money) */
export const CLAIM_SENDS_PER_HOUR = 3
/** orders attached by one link at most (the rest on the next link) */
export const CLAIM_MAX_ORDERS = 100

const key = (secret: string) => crypto.createHmac("sha256", secret).update("guest-orders-claim").digest()
const macOf = (secret: string, data: string) => crypto.createHmac("sha256", key(secret)).update(data).digest("base64url")

export function signClaim(secret: string, claim: GuestOrderClaim): string {
  const payload = Buffer.from(JSON.stringify({ c: claim.customerId, k: claim.channel, a: claim.address, e: claim.expiresAt })).toString("base64url")
  return `v1.${payload}.${macOf(secret, `v1.${payload}`)}`
}

const CLAIM_SHAPE = /^v1\.([A-Za-z0-9_-]{10,800})\.([A-Za-z0-9_-]{43})$/

function payloadOf(encoded: string): { c?: unknown; k?: unknown; a?: unknown; e?: unknown } | null {
  try {
    const p = JSON.parse(Buffer.from(encoded, "base64url").toString("utf8"))
    return p && typeof p === "object" ? p : null
  } catch {
    return null
  }
}

/** The claim in `token` when its MAC is right and it has not expired; otherwise null (never throws). */
export function readClaim(secret: string, token: unknown, nowSeconds = Math.floor(Date.now() / 1000)): GuestOrderClaim | null {
  if (typeof token !== "string" || token.length > 1000) return null
  const m = CLAIM_SHAPE.exec(token)
  if (!m || !sameText(macOf(secret, `v1.${m[1]}`), m[2])) return null
  const p = payloadOf(m[1])
  if (!p) return null
  if (typeof p.c !== "string" || (p.k !== "email" && p.k !== "phone") || typeof p.a !== "string" || typeof p.e !== "number") return null
  if (p.e < nowSeconds) return null
  return { customerId: p.c, channel: p.k, address: p.a, expiresAt: p.e }
}

/**
 * The channel a claim names, read without its key (for the storefront's page to word its button; Medusa
 * checks the signature when the claim is used). Null when `token` is not shaped like a claim.
 */
export function claimChannelOf(token: string): ClaimChannel | null {
  const m = CLAIM_SHAPE.exec(token)
  const k = m ? payloadOf(m[1])?.k : null
  return k === "email" || k === "phone" ? k : null
}

/** The account's address for a channel, in the form orders store it; null when the account has none. */
export function accountAddress(customer: { email?: string | null; phone?: string | null }, channel: ClaimChannel): string | null {
  if (channel === "email") return customer.email ? customer.email.trim().toLowerCase() : null
  return customer.phone ? normalizeVietnamesePhone(customer.phone) : null
}

/** "l***@example.vn", "0905 *** 456": enough for her to recognise, not to read out. */
export function maskAddress(channel: ClaimChannel, address: string): string {
  if (channel === "phone") return `${address.slice(0, 4)} *** ${address.slice(-3)}`
  const [local, domain] = address.split("@")
  return `${local.slice(0, 1)}***@${domain}`
}

export function claimUrl(token: string, lang: "vi" | "en", storefrontUrl = process.env.STOREFRONT_URL || "http://localhost:4321"): string {
  const path = lang === "en" ? "/en/account/attach-orders" : "/tai-khoan/gan-don"
  return `${storefrontUrl.replace(/\/$/, "")}${path}?ma=${encodeURIComponent(token)}`
}

export function claimMessage(channel: ClaimChannel, url: string, lang: "vi" | "en"): { subject: string; text: string } {
  if (lang === "en") {
    return {
      subject: "Add your earlier orders to your account",
      text:
        channel === "phone"
          ? `Cho HTX Khanh Hoa: open ${url} within ${CLAIM_VALID_HOURS} hours to add the orders placed with this phone number to your account.`
          : `Open this link within ${CLAIM_VALID_HOURS} hours, signed in, to add the orders you placed with this e-mail address to your account:\n${url}\n\nIf you did not ask for it, ignore this message: nothing changes.`,
    }
  }
  return {
    subject: "Gắn các đơn hàng đã đặt vào tài khoản của bạn",
    text:
      channel === "phone"
        ? `Cho HTX Khanh Hoa: mo ${url} trong ${CLAIM_VALID_HOURS} gio de gan cac don da dat bang so dien thoai nay vao tai khoan.`
        : `Mở liên kết này trong ${CLAIM_VALID_HOURS} giờ (khi đã đăng nhập) để gắn các đơn hàng đã đặt bằng email này vào tài khoản của bạn:\n${url}\n\nNếu bạn không yêu cầu, hãy bỏ qua thư này: không có gì thay đổi.`,
  }
}
