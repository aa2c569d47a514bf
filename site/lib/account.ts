/**
 * Buyer accounts and their linkage requests: the only code that knows Medusa's customer auth
 * (emailpass), `/store/customers/me`, `/store/orders` and `/store/linkage-requests`. Server-side only —
 * the buyer's token lives in an httpOnly cookie and every call is made by the storefront server.
 * Guest checkout does not need any of this.
 */
import type { AstroCookies } from "astro"
import { medusaBackendUrl } from "./medusa"

export const ACCOUNT_COOKIE = "khach"
const COOKIE_HOURS = 24

/** A refusal from Medusa: its status, the message for the buyer (Vietnamese or English), and field errors when it sent them. */
export class AccountError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fields: Record<string, string> = {},
    readonly code: string | null = null
  ) {
    super(message)
  }
}

export type Lang = "vi" | "en"

// ---- session ------------------------------------------------------------------------------------

export function accountToken(cookies: AstroCookies): string | null {
  const v = cookies.get(ACCOUNT_COOKIE)?.value ?? ""
  return /^[A-Za-z0-9._-]{20,4000}$/.test(v) ? v : null
}

export function rememberAccount(cookies: AstroCookies, token: string | null, secure: boolean) {
  if (!token) return cookies.delete(ACCOUNT_COOKIE, { path: "/" })
  cookies.set(ACCOUNT_COOKIE, token, { path: "/", httpOnly: true, sameSite: "lax", secure, maxAge: COOKIE_HOURS * 3600 })
}

async function json(res: Response): Promise<any> {
  return res.json().catch(() => null)
}

const GENERIC = { vi: "Chưa làm được việc này. Vui lòng thử lại.", en: "That did not work. Please try again." }
const SERVER = { vi: "Hệ thống đang bận. Vui lòng thử lại sau ít phút.", en: "The shop is busy. Please try again in a few minutes." }

function refusal(status: number, body: any, lang: Lang): AccountError {
  const text = lang === "en" ? (body?.message_en ?? null) : (body?.message ?? null)
  const fields: Record<string, string> = {}
  for (const e of Array.isArray(body?.errors) ? body.errors : []) {
    if (typeof e?.field === "string") fields[e.field] = String((lang === "en" ? e.message_en : e.message) ?? e.message ?? "")
  }
  const message = typeof text === "string" && text && status < 500 ? text : status >= 500 ? SERVER[lang] : GENERIC[lang]
  return new AccountError(status, message, fields, typeof body?.code === "string" ? body.code : null)
}

async function call<T>(token: string | null, path: string, lang: Lang, init: { method?: string; json?: unknown } = {}): Promise<T> {
  const headers: Record<string, string> = { "x-publishable-api-key": process.env.MEDUSA_PUBLISHABLE_KEY ?? "" }
  if (token) headers.authorization = `Bearer ${token}`
  if (init.json !== undefined) headers["content-type"] = "application/json"
  const res = await fetch(`${medusaBackendUrl()}${path}`, {
    method: init.method ?? (init.json !== undefined ? "POST" : "GET"),
    headers,
    body: init.json !== undefined ? JSON.stringify(init.json) : undefined,
  })
  const body = await json(res)
  if (!res.ok) throw refusal(res.status, body, lang)
  return body as T
}

async function authenticate(path: "register" | "login", email: string, password: string): Promise<{ status: number; token: string | null; body: any }> {
  const res = await fetch(`${medusaBackendUrl()}/auth/customer/emailpass${path === "register" ? "/register" : ""}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  })
  const body = await json(res)
  return { status: res.status, token: typeof body?.token === "string" ? body.token : null, body }
}

export interface SignUpInput {
  email: string
  password: string
  first_name: string
  phone: string | null
  company_name: string | null
}

const MESSAGES = {
  taken: { vi: "Email này đã có tài khoản. Hãy đăng nhập (hoặc dùng email khác).", en: "This e-mail already has an account. Sign in instead (or use another e-mail)." },
  wrong: { vi: "Email/số điện thoại hoặc mật khẩu chưa đúng.", en: "Wrong e-mail/phone number or password." },
}

/** Creates the account (Medusa identity + customer) and signs in; returns the session token. */
export async function signUp(input: SignUpInput, lang: Lang): Promise<string> {
  const registration = await authenticate("register", input.email, input.password)
  if (!registration.token) throw new AccountError(registration.status === 401 ? 409 : 502, registration.status === 401 ? MESSAGES.taken[lang] : SERVER[lang])
  await call(registration.token, "/store/customers", lang, {
    json: { email: input.email, first_name: input.first_name, ...(input.phone ? { phone: input.phone } : {}), ...(input.company_name ? { company_name: input.company_name } : {}) },
  })
  return signIn(input.email, input.password, lang)
}

/** `email`: her e-mail or the phone number of her account (commerce/src/api/utils/buyer-sign-in.ts). */
export async function signIn(email: string, password: string, lang: Lang): Promise<string> {
  const login = await authenticate("login", email, password)
  if (login.status === 429) throw refusal(429, login.body, lang)
  if (login.status === 401 || (login.status < 500 && !login.token)) throw new AccountError(401, MESSAGES.wrong[lang])
  if (!login.token) throw new AccountError(502, SERVER[lang])
  return login.token
}

// ---- the buyer's records ------------------------------------------------------------------------

export interface Customer {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  phone: string | null
  company_name: string | null
  metadata: { tax_code?: string; invoice_address?: string } | null
  addresses: Address[]
}

export interface Address {
  id: string
  first_name: string | null
  phone: string | null
  address_1: string | null
  city: string | null
  province: string | null
  metadata: { ward_code?: string } | null
}

export interface AccountOrder {
  id: string
  display_id: number
  created_at: string
  total: number
  status: string
  items: { title: string; quantity: number }[]
}

export const getCustomer = async (token: string, lang: Lang) =>
  (await call<{ customer: Customer }>(token, "/store/customers/me?fields=id,email,first_name,last_name,phone,company_name,metadata,*addresses", lang)).customer

export const updateCustomer = async (token: string, input: Record<string, unknown>, lang: Lang) =>
  (await call<{ customer: Customer }>(token, "/store/customers/me", lang, { json: input })).customer

export const addAddress = async (token: string, input: Record<string, unknown>, lang: Lang) => call(token, "/store/customers/me/addresses", lang, { json: input })

export const deleteAddress = async (token: string, id: string, lang: Lang) =>
  call(token, `/store/customers/me/addresses/${encodeURIComponent(id)}`, lang, { method: "DELETE" })

export const listOrders = async (token: string, lang: Lang) =>
  (await call<{ orders: AccountOrder[] }>(token, "/store/orders?fields=id,display_id,created_at,total,status,items.title,items.quantity&order=-created_at&limit=50", lang)).orders

/** Whether the signed-in buyer owns this order (Medusa answers her own orders only). */
export async function ownsOrder(token: string, orderId: string, lang: Lang): Promise<boolean> {
  if (!/^order_[A-Za-z0-9]{10,40}$/.test(orderId)) return false
  try {
    await call(token, `/store/orders/${encodeURIComponent(orderId)}?fields=id`, lang)
    return true
  } catch (e) {
    if (e instanceof AccountError && (e.status === 404 || e.status === 401 || e.status === 403)) return false
    throw e
  }
}

// ---- guest orders (placed while signed out) ------------------------------------------------------

/** Asks Medusa to send the link that attaches her guest orders (to her account's e-mail or phone); the masked address. */
export const sendGuestOrdersLink = async (token: string, channel: "email" | "phone", lang: Lang) =>
  (await call<{ sent_to: string }>(token, "/store/customers/me/guest-orders/verification", lang, { json: { channel, lang } })).sent_to

/** Opens the link's claim: the orders attached (and any skipped), by number. */
export const attachGuestOrders = async (token: string, claim: string, lang: Lang) =>
  call<{ attached: { id: string; display_id: number }[]; skipped: { id: string; display_id: number }[] }>(token, "/store/customers/me/guest-orders/attach", lang, {
    json: { token: claim },
  })

// ---- linkage requests ---------------------------------------------------------------------------

export interface LinkageQuote {
  id: string
  status: "quoted" | "declined" | "accepted" | "not_chosen"
  cooperative: { id: string; name: string; handle: string } | null
  product: { id: string; title: string; handle: string; thumbnail: string | null } | null
  unit_price_vnd: number | null
  quantity: number | null
  delivery_fee_vnd: number | null
  total_vnd: number | null
  delivery_on: string | null
  valid_until: string | null
  open: boolean
  expired: boolean
  note: string | null
  decline_reason: string | null
}

export interface LinkageRequest {
  id: string
  title: string
  product: { id: string; title: string; handle: string | null } | null
  category: { id: string; name: string; handle: string | null } | null
  quantity: number
  unit: string
  unit_label: { vi: string; en: string }
  wanted_on: string
  province_name: string
  ward_name: string
  street_address: string | null
  contact_name: string
  phone: string
  company_name: string | null
  budget_vnd: number | null
  invoice_needed: boolean
  note: string | null
  status: "open" | "accepted" | "cancelled"
  status_label: { vi: string; en: string }
  created_at: string
  order: { id: string; display_id: number } | null
  routed_count: number
  quotes: LinkageQuote[]
}

export const listLinkageRequests = async (token: string, lang: Lang) =>
  (await call<{ linkage_requests: LinkageRequest[] }>(token, "/store/linkage-requests", lang)).linkage_requests

export async function getLinkageRequest(token: string, id: string, lang: Lang): Promise<LinkageRequest | null> {
  if (!/^lreq_[A-Za-z0-9]{10,40}$/.test(id)) return null
  try {
    return (await call<{ linkage_request: LinkageRequest }>(token, `/store/linkage-requests/${encodeURIComponent(id)}`, lang)).linkage_request
  } catch (e) {
    if (e instanceof AccountError && e.status === 404) return null
    throw e
  }
}

export const createLinkageRequest = async (token: string, input: Record<string, unknown>, lang: Lang) =>
  (await call<{ linkage_request: LinkageRequest }>(token, "/store/linkage-requests", lang, { json: input })).linkage_request

export const cancelLinkageRequest = async (token: string, id: string, lang: Lang) =>
  call(token, `/store/linkage-requests/${encodeURIComponent(id)}/cancel`, lang, { method: "POST" })

export const acceptLinkageQuote = async (token: string, id: string, quoteId: string, payment: string, lang: Lang) =>
  call<{ order: { id: string; display_id: number; total: number }; linkage_request: LinkageRequest }>(token, `/store/linkage-requests/${encodeURIComponent(id)}/accept`, lang, {
    json: { quote_id: quoteId, payment },
  })
