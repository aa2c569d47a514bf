/**
 * The cooperative portal's data layer (/kenh-htx): the only code that knows Medusa's
 * /cooperative-portal API and the cooperative staff auth routes. Server-side only — the staff
 * member's token lives in an httpOnly cookie and every call is made by the storefront server.
 */
import type { AstroCookies } from "astro"
import { medusaBackendUrl } from "./medusa"
import { portalCopy as c } from "./portal-copy"

export const PORTAL_COOKIE = "htx_portal"
const COOKIE_HOURS = 12

export interface PortalProduct {
  id: string
  title: string
  subtitle: string | null
  description: string | null
  handle: string
  status: "draft" | "published" | "proposed" | "rejected"
  thumbnail: string | null
  images: { id: string; url: string }[]
  variants: { id: string; title: string; sku: string | null; price: number; stock: number; reserved: number }[]
  provenance: {
    ocop_stars: number | null
    ocop_certificate_number: string | null
    ocop_issuing_level: string | null
    ocop_issued_on: string | null
    ocop_expires_on: string | null
    origin_ward_code: string | null
    origin_ward_name: string | null
    certifications: string[]
    shelf_life_days: number | null
  } | null
  /** the optional English title and description (shown on /en pages); single product answers only */
  english?: { title: string | null; description: string | null }
}

export type OrderPartStatus = "new" | "packing" | "shipped" | "delivered" | "cancelled"

/** The order's payment state (commerce/src/lib/payment-state.ts); one payment per order, so also the parcel's. */
export type PaymentState = "awaiting_transfer" | "paid" | "cash_on_delivery" | "refunded"

/** A cooperative's part of an order, named by the order's display number (#1024) — never Medusa's order id. */
export interface PortalOrder {
  display_id: number
  created_at: string
  status: OrderPartStatus
  tracking_note: string | null
  cancelled_by: "cooperative" | "buyer" | "union" | null
  cancel_reason: string | null
  payment_state: PaymentState
  cash_on_delivery: boolean
  /** for cash on delivery: goods + this parcel's delivery fee */
  cod_amount: number
  /** for cash on delivery: what was collected when it was delivered */
  cod_collected: number | null
  /** the cooperative's goods */
  subtotal: number
  /** this parcel's delivery fee, as the buyer was charged at checkout */
  shipping_fee: number
  /** subtotal + shipping_fee */
  parcel_total: number
  payment_provider_id: string | null
  shipping_method: string | null
  delivery: {
    name: string | null
    phone: string | null
    address_1: string | null
    address_2: string | null
    ward: string | null
    province: string | null
    /** ward and province by name */
    area: string
    /** street, ward and province on one line */
    full_address: string
    email: string | null
  }
  items: { id: string; title: string; variant_title: string | null; quantity: number; unit_price: number; total: number; thumbnail: string | null }[]
}

export interface PortalProfile {
  editable: { phone: string | null; zalo_phone: string | null; email: string | null; facebook_url: string | null; street_address: string | null; description: string | null; logo_url: string | null }
  registry: {
    name: string
    handle: string
    kind: string
    status: string
    registration_number: string | null
    founded_on: string | null
    ward_name: string
    former_district: string
    members_total: number
    members_women: number
    workers_total: number
    workers_women: number
    management_roles: { role: string; holder_name: string; holder_gender: string }[]
  }
}

export interface PortalMe {
  staff: { id: string; email: string; full_name: string }
  cooperative: { id: string; name: string; handle: string }
}

/** A refusal from Medusa, with its status and (Vietnamese) message. */
export class PortalError extends Error {
  constructor(readonly status: number, message: string) {
    super(message)
  }
}

// ---- session ------------------------------------------------------------------------------------

export function portalToken(cookies: AstroCookies): string | null {
  const v = cookies.get(PORTAL_COOKIE)?.value ?? ""
  return /^[A-Za-z0-9._-]{20,4000}$/.test(v) ? v : null
}

export function rememberToken(cookies: AstroCookies, token: string | null, secure: boolean) {
  if (!token) return cookies.delete(PORTAL_COOKIE, { path: "/" })
  cookies.set(PORTAL_COOKIE, token, { path: "/", httpOnly: true, sameSite: "lax", secure, maxAge: COOKIE_HOURS * 3600 })
}

async function json(res: Response): Promise<any> {
  return res.json().catch(() => null)
}

function refusal(status: number, body: any): PortalError {
  const message = typeof body?.message === "string" && body.message ? body.message : status >= 500 ? c.errors.server : c.errors.generic
  return new PortalError(status, message)
}

/** Signs in with email and password; a suspended cooperative's staff get the Union's message. */
export async function login(email: string, password: string): Promise<string> {
  if (!email.trim() || !password) throw new PortalError(400, c.login.missing)
  const res = await fetch(`${medusaBackendUrl()}/auth/cooperative_staff/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: email.trim().toLowerCase(), password }),
  })
  const body = await json(res)
  if (res.status === 401) throw new PortalError(401, c.login.wrong)
  if (!res.ok || !body?.token) throw refusal(res.status, body)
  return body.token as string
}

async function call<T>(token: string, path: string, init: { method?: string; json?: unknown; body?: Uint8Array; contentType?: string } = {}): Promise<T> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` }
  if (init.json !== undefined) headers["content-type"] = "application/json"
  if (init.body) headers["content-type"] = init.contentType || "application/octet-stream"
  const res = await fetch(`${medusaBackendUrl()}/cooperative-portal${path}`, {
    method: init.method ?? (init.json !== undefined || init.body ? "POST" : "GET"),
    headers,
    body: init.json !== undefined ? JSON.stringify(init.json) : (init.body as BodyInit | undefined),
  })
  const body = await json(res)
  if (!res.ok) throw refusal(res.status, body)
  return body as T
}

// ---- reads and writes ---------------------------------------------------------------------------

export const getMe = (token: string) => call<PortalMe>(token, "/me")
export const listProducts = async (token: string) => (await call<{ products: PortalProduct[] }>(token, "/products")).products
export const getProduct = async (token: string, id: string) => (await call<{ product: PortalProduct }>(token, `/products/${encodeURIComponent(id)}`)).product
export const createProduct = async (token: string, input: unknown) => (await call<{ product: PortalProduct }>(token, "/products", { json: input })).product
export const updateProduct = async (token: string, id: string, input: unknown) =>
  (await call<{ product: PortalProduct }>(token, `/products/${encodeURIComponent(id)}`, { json: input })).product
export const uploadPhoto = async (token: string, id: string, file: File) =>
  (await call<{ product: PortalProduct }>(token, `/products/${encodeURIComponent(id)}/photos`, { body: new Uint8Array(await file.arrayBuffer()), contentType: file.type })).product
export const listOrders = async (token: string, status?: OrderPartStatus) =>
  (await call<{ orders: PortalOrder[] }>(token, `/orders${status ? `?status=${status}` : ""}`)).orders
export const getOrder = async (token: string, orderNumber: string) => (await call<{ order: PortalOrder }>(token, `/orders/${encodeURIComponent(orderNumber)}`)).order
export const cancelOrderPart = async (token: string, orderNumber: string, reason: string) =>
  (await call<{ order: PortalOrder }>(token, `/orders/${encodeURIComponent(orderNumber)}/cancel`, { json: { reason } })).order
export const setOrderStatus = async (token: string, orderNumber: string, status: Exclude<OrderPartStatus, "new">, trackingNote?: string, codCollected?: number) =>
  (
    await call<{ order: PortalOrder }>(token, `/orders/${encodeURIComponent(orderNumber)}/status`, {
      json: { status, ...(trackingNote ? { tracking_note: trackingNote } : {}), ...(codCollected !== undefined ? { cod_collected: codCollected } : {}) },
    })
  ).order
export const getProfile = async (token: string) => (await call<{ profile: PortalProfile }>(token, "/profile")).profile
export const updateProfile = async (token: string, input: unknown) => (await call<{ profile: PortalProfile }>(token, "/profile", { json: input })).profile
export const uploadLogo = async (token: string, file: File) =>
  (await call<{ profile: PortalProfile }>(token, "/profile/logo", { body: new Uint8Array(await file.arrayBuffer()), contentType: file.type })).profile

// ---- linkage requests (business buyers' bulk requests routed to the cooperative) -----------------

export interface PortalLinkageQuote {
  id: string
  status: "quoted" | "declined" | "accepted" | "not_chosen"
  product: { id: string; title: string; handle: string } | null
  unit_price_vnd: number | null
  quantity: number | null
  delivery_fee_vnd: number | null
  total_vnd: number | null
  delivery_on: string | null
  valid_until: string | null
  expired: boolean
  note: string | null
  decline_reason: string | null
}

/** A request as the cooperative sees it: the need, never the buyer's phone or e-mail, and only its own answer. */
export interface PortalLinkageRequest {
  id: string
  title: string
  product: { id: string; title: string; handle: string | null } | null
  category: { id: string; name: string } | null
  quantity: number
  unit: string
  unit_label: { vi: string; en: string }
  wanted_on: string
  province_name: string
  ward_name: string
  company_name: string | null
  contact_name: string
  budget_vnd: number | null
  invoice_needed: boolean
  note: string | null
  created_at: string
  route_reason_label: { vi: string; en: string } | null
  /** open: it can still answer; won: its quote was chosen; closed: chosen elsewhere or cancelled */
  state: "open" | "won" | "closed"
  quote: PortalLinkageQuote | null
  order_display_id: number | null
}

export const listLinkageRequests = async (token: string) => (await call<{ linkage_requests: PortalLinkageRequest[] }>(token, "/linkage-requests")).linkage_requests
export const getLinkageRequest = async (token: string, id: string) =>
  (await call<{ linkage_request: PortalLinkageRequest }>(token, `/linkage-requests/${encodeURIComponent(id)}`)).linkage_request
export const quoteLinkageRequest = async (token: string, id: string, input: unknown) =>
  (await call<{ linkage_request: PortalLinkageRequest }>(token, `/linkage-requests/${encodeURIComponent(id)}/quote`, { json: input })).linkage_request
export const declineLinkageRequest = async (token: string, id: string, reason: string) =>
  (await call<{ linkage_request: PortalLinkageRequest }>(token, `/linkage-requests/${encodeURIComponent(id)}/decline`, { json: { reason } })).linkage_request

// ---- invites ------------------------------------------------------------------------------------

export interface PortalInvite {
  email: string
  full_name: string
  expires_at: string
  state: "open" | "accepted" | "expired"
  cooperative: { name: string }
}

export async function getInvite(token: string): Promise<PortalInvite | null> {
  const res = await fetch(`${medusaBackendUrl()}/cooperative-invites/${encodeURIComponent(token)}`)
  if (res.status === 404) return null
  const body = await json(res)
  if (!res.ok) throw refusal(res.status, body)
  return body.invite as PortalInvite
}

/**
 * Sets the invitee's password: registers the emailpass identity for the invited email (or, after
 * an interrupted first try, signs in with it), binds it to the cooperative through the invite,
 * and signs in. Returns the session token.
 */
export async function acceptInvite(inviteToken: string, email: string, password: string): Promise<string> {
  if (password.length < 8) throw new PortalError(400, c.invite.tooShort)
  const register = await fetch(`${medusaBackendUrl()}/auth/cooperative_staff/emailpass/register`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  })
  let registration = (await json(register))?.token as string | undefined
  if (!register.ok) {
    // The identity exists already (an earlier attempt stopped half-way): the same password proves it is theirs.
    const retry = await fetch(`${medusaBackendUrl()}/auth/cooperative_staff/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password }),
    })
    registration = (await json(retry))?.token
    if (!retry.ok || !registration) throw new PortalError(400, c.invite.emailTaken)
  }
  const accepted = await fetch(`${medusaBackendUrl()}/cooperative-invites/${encodeURIComponent(inviteToken)}/accept`, {
    method: "POST",
    headers: { authorization: `Bearer ${registration}` },
  })
  if (!accepted.ok) throw refusal(accepted.status, await json(accepted))
  return login(email, password)
}

// ---- forms --------------------------------------------------------------------------------------

const text = (form: FormData, name: string) => String(form.get(name) ?? "").trim()
/** "85.000", "85 000" or "85000" đồng → 85000; anything else is passed on for Medusa to refuse. */
const number = (raw: string) => (raw === "" ? NaN : Number(raw.replace(/[.\s ₫]/g, "").replace(",", ".")))

/** The product form (new and edit) → the portal API's body. */
export function productFromForm(form: FormData, mode: "create" | "update") {
  const titles = form.getAll("variant_title").map(String)
  const prices = form.getAll("variant_price").map(String)
  const stocks = form.getAll("variant_stock").map(String)
  const ids = form.getAll("variant_id").map(String)
  const variants = prices
    .map((price, i) => ({ id: ids[i], title: (titles[i] ?? "").trim(), price: number(price.trim()), stock: number((stocks[i] ?? "").trim()) }))
    .filter((v) => mode === "update" || v.title || !Number.isNaN(v.price))
  const stars = text(form, "ocop_stars")
  // Origin, certifications and shelf life ride along as hidden fields so that saving keeps them.
  const kept = {
    origin_ward_code: text(form, "origin_ward_code") || null,
    certifications: text(form, "certifications").split("|").map((s) => s.trim()).filter(Boolean),
    shelf_life_days: text(form, "shelf_life_days") ? Number(text(form, "shelf_life_days")) : null,
  }
  const provenance = stars
    ? {
        ...kept,
        ocop: {
          stars: Number(stars),
          certificate_number: text(form, "ocop_certificate_number"),
          issuing_level: Number(stars) === 5 ? "central" : "province",
          issued_on: text(form, "ocop_issued_on"),
        },
      }
    : form.has("ocop_stars")
      ? { ...kept, ocop: null }
      : undefined
  const status = text(form, "status") === "published" ? "published" : "draft"
  if (mode === "create") {
    return {
      title: text(form, "title"),
      description: text(form, "description") || null,
      status,
      variants: variants.map(({ title, price, stock }) => ({ title, price, stock: Number.isNaN(stock) ? 0 : stock })),
      ...(provenance ? { provenance } : {}),
    }
  }
  // English fields: sent only when the form has them (empty clears the English text)
  const english = form.has("english_title") || form.has("english_description")
    ? { english: { title: text(form, "english_title") || null, description: text(form, "english_description") || null } }
    : {}
  return {
    title: text(form, "title"),
    description: text(form, "description") || null,
    status,
    variants: variants.map(({ id, price, stock }) => ({ id, price, stock })),
    ...(provenance ? { provenance } : {}),
    ...english,
  }
}

/** A photo from a form's file input, or null when none was chosen. */
export function photoFromForm(form: FormData, name = "photo"): File | null {
  const file = form.get(name)
  return file instanceof File && file.size > 0 ? file : null
}

export function profileFromForm(form: FormData) {
  return {
    phone: text(form, "phone"),
    zalo_phone: text(form, "zalo_phone"),
    email: text(form, "email"),
    facebook_url: text(form, "facebook_url"),
    street_address: text(form, "street_address") || null,
    description: text(form, "description") || null,
  }
}
