/**
 * What the account and linkage pages do around their content: find the signed-in buyer (or send her
 * to the sign-in page and back), read and check their forms, call Medusa through lib/account.ts and
 * answer with a redirect (`?ok=…`) or the page again with the messages under the fields. Keeps the
 * pages in site/pages/tai-khoan, site/pages/ket-noi and their English twins thin.
 */
import type { AstroGlobal } from "astro"
import { claimChannelOf } from "../../commerce/src/lib/guest-orders"
import { normalizeVietnamesePhone } from "../../commerce/src/lib/phone"
import {
  AccountError,
  accountToken,
  acceptLinkageQuote,
  addAddress,
  attachGuestOrders,
  cancelLinkageRequest,
  createLinkageRequest,
  deleteAddress,
  getCustomer,
  getLinkageRequest,
  listLinkageRequests,
  listOrders,
  ownsOrder,
  rememberAccount,
  sendGuestOrdersLink,
  signIn,
  signUp,
  updateCustomer,
  type AccountOrder,
  type Customer,
  type Lang,
  type LinkageRequest,
} from "./account"
import { accountCopy } from "./account-copy"
import { KHANH_HOA_PROVINCE_CODE, wardIn } from "./address"
import { getCooperative, getProduct, listCategories } from "./catalog"
import { getOrder } from "./checkout"
import { readForm } from "./form-body"
import { medusa } from "./medusa"
import { buyerAddress } from "./storefront-secret"
import type { Category, OrderSummary, ProductDetail } from "./types"

export function accountPaths(lang: Lang) {
  const home = lang === "en" ? "/en/account" : "/tai-khoan"
  return {
    home,
    signIn: `${home}/${lang === "en" ? "sign-in" : "dang-nhap"}`,
    signUp: `${home}/${lang === "en" ? "sign-up" : "dang-ky"}`,
    signOut: `${home}/${lang === "en" ? "sign-out" : "dang-xuat"}`,
    order: (id: string) => `${home}/${lang === "en" ? "orders" : "don-hang"}/${encodeURIComponent(id)}`,
    request: (id: string) => `${home}/${lang === "en" ? "linkage" : "ket-noi"}/${encodeURIComponent(id)}`,
    linkage: lang === "en" ? "/en/linkage" : "/ket-noi",
  }
}

const secure = (Astro: AstroGlobal) => Astro.url.protocol === "https:"

/** Where to go after signing in: only our own account and linkage pages (no open redirect). */
function nextPath(Astro: AstroGlobal, lang: Lang): string {
  const next = Astro.url.searchParams.get("tiep") ?? ""
  const p = accountPaths(lang)
  const ours = new RegExp(`^(${p.home}|${p.linkage})(/[\\w-]*)*(\\?[\\w=&%.-]*)?$`)
  return ours.test(next) ? next : p.home
}

export type Session = { token: string; customer: Customer }

/** The signed-in buyer, or a redirect to the sign-in page that comes back here afterwards. */
export async function accountSession(Astro: AstroGlobal, lang: Lang): Promise<Session | Response> {
  const session = await optionalSession(Astro, lang)
  if (session) return session
  const here = Astro.url.pathname + Astro.url.search
  return Astro.redirect(`${accountPaths(lang).signIn}?tiep=${encodeURIComponent(here)}`, 303)
}

/** The signed-in buyer or null (an expired token is forgotten). */
export async function optionalSession(Astro: AstroGlobal, lang: Lang): Promise<Session | null> {
  const token = accountToken(Astro.cookies)
  if (!token) return null
  try {
    return { token, customer: await getCustomer(token, lang) }
  } catch (e) {
    if (e instanceof AccountError && (e.status === 401 || e.status === 403 || e.status === 404)) {
      rememberAccount(Astro.cookies, null, secure(Astro))
      return null
    }
    throw e
  }
}

const text = (form: FormData, name: string) => String(form.get(name) ?? "").normalize("NFC").trim()

function statusOf(e: AccountError): number {
  return e.status === 401 ? 401 : e.status >= 500 ? 502 : e.status === 409 || e.status === 404 || e.status === 429 ? e.status : 400
}

// ---- sign in, sign up, sign out -----------------------------------------------------------------

type AuthPage = { redirect?: Response; error: string | null; errors: Record<string, string>; values: Partial<SignUpValues> }

export async function signInPage(Astro: AstroGlobal, lang: Lang): Promise<AuthPage> {
  const c = accountCopy(lang).account
  let error = Astro.url.searchParams.get("loi") === "het-phien" ? c.expired : Astro.url.searchParams.has("tiep") ? c.needSignIn : null
  let email = ""
  if (Astro.request.method === "POST") {
    const form = await readForm(Astro.request)
    email = text(form, "email").toLowerCase()
    const password = String(form.get("password") ?? "")
    if (!email || !password) {
      Astro.response.status = 400
      return { error: c.missing, errors: {}, values: { email } }
    }
    try {
      rememberAccount(Astro.cookies, await signIn(email, password, lang), secure(Astro))
      return { redirect: Astro.redirect(nextPath(Astro, lang), 303), error: null, errors: {}, values: { email } }
    } catch (e) {
      if (!(e instanceof AccountError)) throw e
      Astro.response.status = statusOf(e)
      error = e.message
    }
  }
  return { error, errors: {}, values: { email } }
}

export interface SignUpValues {
  email: string
  first_name: string
  phone: string
  company_name: string
}

export async function signUpPage(Astro: AstroGlobal, lang: Lang): Promise<AuthPage> {
  const c = accountCopy(lang).account
  const values: SignUpValues = { email: "", first_name: "", phone: "", company_name: "" }
  if (Astro.request.method !== "POST") return { error: null, errors: {}, values }
  const form = await readForm(Astro.request)
  values.email = text(form, "email").toLowerCase()
  values.first_name = text(form, "first_name")
  values.phone = text(form, "phone")
  values.company_name = text(form, "company_name")
  const password = String(form.get("password") ?? "")
  const errors: Record<string, string> = {}
  if (!/^[^\s@]{1,64}@[^\s@]{1,190}\.[^\s@]{2,}$/.test(values.email)) errors.email = c.invalidEmail
  if (password.length < 8 || password.length > 128) errors.password = c.shortPassword
  if (values.first_name.length < 2 || values.first_name.length > 120) errors.first_name = c.nameRequired
  const phone = values.phone ? normalizeVietnamesePhone(values.phone) : null
  if (values.phone && !phone) errors.phone = c.invalidPhone
  if (values.company_name.length > 200) errors.company_name = c.tooLong
  if (Object.keys(errors).length) {
    Astro.response.status = 400
    return { error: null, errors, values }
  }
  try {
    const token = await signUp({ email: values.email, password, first_name: values.first_name, phone, company_name: values.company_name || null }, lang)
    rememberAccount(Astro.cookies, token, secure(Astro))
    const next = nextPath(Astro, lang)
    return { redirect: Astro.redirect(next === accountPaths(lang).home ? `${next}?ok=welcome` : next, 303), error: null, errors, values }
  } catch (e) {
    if (!(e instanceof AccountError)) throw e
    Astro.response.status = statusOf(e)
    return { error: e.message, errors, values }
  }
}

export function signOut(Astro: { cookies: AstroGlobal["cookies"]; url: URL; redirect: AstroGlobal["redirect"] }, lang: Lang): Response {
  rememberAccount(Astro.cookies, null, Astro.url.protocol === "https:")
  return Astro.redirect(accountPaths(lang).home, 303)
}

// ---- the account home ---------------------------------------------------------------------------

export interface AccountHome {
  session: Session
  orders: AccountOrder[]
  requests: LinkageRequest[]
  notice: string | null
  error: string | null
  errors: Record<string, string>
  address: { province_code: string; ward_code: string }
}

/** The account: orders, linkage requests, business details and addresses; its forms post here. */
export async function accountHomePage(Astro: AstroGlobal, lang: Lang): Promise<Response | AccountHome> {
  const session = await accountSession(Astro, lang)
  if (session instanceof Response) return session
  const c = accountCopy(lang).account
  const home = accountPaths(lang).home
  const errors: Record<string, string> = {}
  let error: string | null = null
  const address = { province_code: KHANH_HOA_PROVINCE_CODE, ward_code: "" }
  if (Astro.request.method === "POST") {
    const form = await readForm(Astro.request)
    const action = text(form, "action")
    try {
      if (action === "business") {
        const company = text(form, "company_name")
        const taxCode = text(form, "tax_code")
        const invoiceAddress = text(form, "invoice_address")
        if (company.length > 200) errors.company_name = c.tooLong
        if (taxCode && !/^\d{10}(-\d{3})?$/.test(taxCode)) errors.tax_code = c.invalidTaxCode
        if (invoiceAddress.length > 300) errors.invoice_address = c.tooLong
        if (!Object.keys(errors).length) {
          await updateCustomer(session.token, { company_name: company || null, metadata: { tax_code: taxCode, invoice_address: invoiceAddress } }, lang)
          return Astro.redirect(`${home}?ok=saved`, 303)
        }
      } else if (action === "address") {
        const name = text(form, "first_name")
        const phone = normalizeVietnamesePhone(text(form, "phone"))
        const street = text(form, "address_1")
        address.province_code = text(form, "province_code")
        address.ward_code = text(form, "ward_code")
        const ward = wardIn(address.province_code, address.ward_code)
        if (name.length < 2 || name.length > 120) errors.first_name = c.nameRequired
        if (!phone) errors.phone = c.invalidPhone
        if (!street || street.length > 300) errors.address_1 = c.tooLong
        if (!ward) errors.ward_code = c.wardMissing
        if (!Object.keys(errors).length) {
          await addAddress(
            session.token,
            { first_name: name, last_name: "", phone, address_1: street, city: ward!.name, province: address.province_code, country_code: "vn", metadata: { ward_code: ward!.code } },
            lang
          )
          return Astro.redirect(`${home}?ok=address-added`, 303)
        }
      } else if (action === "guest-orders") {
        const channel = text(form, "channel") === "phone" ? "phone" : "email"
        const sentTo = await sendGuestOrdersLink(session.token, channel, lang)
        return Astro.redirect(`${home}?ok=link-sent&den=${encodeURIComponent(sentTo)}`, 303)
      } else if (action === "remove-address") {
        const id = text(form, "id")
        if (session.customer.addresses.some((a) => a.id === id)) await deleteAddress(session.token, id, lang)
        return Astro.redirect(`${home}?ok=address-removed`, 303)
      }
    } catch (e) {
      if (!(e instanceof AccountError)) throw e
      error = e.message
      Astro.response.status = statusOf(e)
    }
    if (!error) Astro.response.status = Object.keys(errors).length ? 400 : 200
  }
  const [orders, requests] = await Promise.all([listOrders(session.token, lang), listLinkageRequests(session.token, lang)])
  const ok = Astro.url.searchParams.get("ok")
  const sentTo = (Astro.url.searchParams.get("den") ?? "").slice(0, 80)
  const notices: Record<string, string> = {
    saved: c.saved,
    "address-added": c.addressAdded,
    "address-removed": c.addressRemoved,
    welcome: c.welcome,
    "link-sent": c.guestOrdersSent(sentTo),
    attached: c.attached(Number(Astro.url.searchParams.get("so")) || 0),
  }
  return { session, orders, requests, notice: ok ? (notices[ok] ?? null) : null, error, errors, address }
}

/** One of the buyer's orders (retail or from a linkage quote), shown with the order page; null when it is not hers. */
export async function accountOrderPage(Astro: AstroGlobal, lang: Lang): Promise<Response | { order: OrderSummary | null }> {
  const session = await accountSession(Astro, lang)
  if (session instanceof Response) return session
  const id = Astro.params.id ?? ""
  const order = (await ownsOrder(session.token, id, lang)) ? await getOrder(id, buyerAddress(Astro)) : null
  if (!order) Astro.response.status = 404
  return { order }
}

// ---- linkage ------------------------------------------------------------------------------------

export interface LinkageFormValues {
  product_handle: string
  category_handle: string
  quantity: string
  unit: string
  wanted_on: string
  province_code: string
  ward_code: string
  street_address: string
  contact_name: string
  phone: string
  company_name: string
  budget_vnd: string
  invoice_needed: boolean
  note: string
}

export interface LinkagePage {
  session: Session | null
  product: ProductDetail | null
  /** from a cooperative's page ("?htx=<handle>"): the buyer picks one of its products */
  cooperative: { name: string; handle: string; products: { handle: string; title: string }[] } | null
  categories: Category[]
  values: LinkageFormValues
  error: string | null
  errors: Record<string, string>
}

async function categoryIdOf(handle: string): Promise<string> {
  if (!/^[a-z0-9-]{1,100}$/.test(handle)) return "pcat_unknown"
  const { product_categories } = await medusa().store.category.list({ handle, fields: "id,handle" })
  return product_categories[0]?.id ?? "pcat_unknown"
}

/** "1.500" or "1500" → 1500; anything else is sent as typed, for Medusa to refuse with its message. */
const wholeNumber = (v: string): number | string => (/^\d{1,3}([.\s]\d{3})+$|^\d+$/.test(v) ? Number(v.replace(/[.\s]/g, "")) : v)

/**
 * The linkage page: the request form for a signed-in buyer (a product from "Đặt số lượng lớn" on its
 * page, `?san-pham=<handle>`, or a category), prefilled from her account. Medusa checks the request
 * (commerce/src/lib/linkage/input.ts) and its messages come back under the fields.
 */
export async function linkagePage(Astro: AstroGlobal, lang: Lang): Promise<Response | LinkagePage> {
  const session = await optionalSession(Astro, lang)
  const handle = Astro.url.searchParams.get("san-pham") ?? Astro.url.searchParams.get("product") ?? ""
  const cooperativeHandle = Astro.url.searchParams.get("htx") ?? Astro.url.searchParams.get("cooperative") ?? ""
  const firstAddress = session?.customer.addresses[0]
  const values: LinkageFormValues = {
    product_handle: handle,
    category_handle: "",
    quantity: "",
    unit: "kg",
    wanted_on: "",
    province_code: firstAddress?.province ?? KHANH_HOA_PROVINCE_CODE,
    ward_code: firstAddress?.metadata?.ward_code ?? "",
    street_address: firstAddress?.address_1 ?? "",
    contact_name: [session?.customer.first_name, session?.customer.last_name].filter(Boolean).join(" "),
    phone: session?.customer.phone ?? firstAddress?.phone ?? "",
    company_name: session?.customer.company_name ?? "",
    budget_vnd: "",
    invoice_needed: Boolean(session?.customer.metadata?.tax_code),
    note: "",
  }
  let error: string | null = null
  let errors: Record<string, string> = {}
  if (Astro.request.method === "POST") {
    if (!session) return Astro.redirect(`${accountPaths(lang).signIn}?tiep=${encodeURIComponent(accountPaths(lang).linkage)}`, 303)
    const form = await readForm(Astro.request)
    for (const key of Object.keys(values) as (keyof LinkageFormValues)[]) {
      if (key === "invoice_needed") values.invoice_needed = form.get("invoice_needed") === "on"
      else values[key] = text(form, key)
    }
    try {
      const product = values.product_handle ? await getProduct(values.product_handle) : null
      const created = await createLinkageRequest(
        session.token,
        {
          ...(values.product_handle ? { product_id: product?.id ?? "prod_unknown" } : { category_id: values.category_handle ? await categoryIdOf(values.category_handle) : null }),
          quantity: wholeNumber(values.quantity),
          unit: values.unit,
          wanted_on: values.wanted_on,
          province_code: values.province_code,
          ward_code: values.ward_code,
          street_address: values.street_address || null,
          contact_name: values.contact_name,
          phone: values.phone,
          company_name: values.company_name || null,
          budget_vnd: values.budget_vnd ? wholeNumber(values.budget_vnd) : null,
          invoice_needed: values.invoice_needed,
          note: values.note || null,
        },
        lang
      )
      return Astro.redirect(`${accountPaths(lang).request(created.id)}?ok=sent`, 303)
    } catch (e) {
      if (!(e instanceof AccountError)) throw e
      Astro.response.status = statusOf(e)
      errors = { ...e.fields }
      // the form names the product or category by handle
      if (errors.product_id) errors.product_handle = errors.product_id
      if (errors.category_id) errors.category_handle = errors.category_id
      error = Object.keys(errors).length ? accountCopy(lang).linkage.errorsTitle : e.message
    }
  }
  const [product, categories, maker] = await Promise.all([
    values.product_handle ? getProduct(values.product_handle) : Promise.resolve(null),
    listCategories(),
    /^[a-z0-9-]{1,120}$/.test(cooperativeHandle) && !values.product_handle ? getCooperative(cooperativeHandle, lang) : Promise.resolve(null),
  ])
  const cooperative = maker?.products.length
    ? { name: maker.cooperative.name, handle: maker.cooperative.handle, products: maker.products.map((p) => ({ handle: p.handle, title: p.title })) }
    : null
  return { session, product, cooperative, categories, values, error, errors }
}

/** The buyer's request with its quotes, and the acceptance form; acceptance redirects back with the order. */
export async function linkageRequestPage(
  Astro: AstroGlobal,
  lang: Lang
): Promise<Response | { request: LinkageRequest | null; notice: string | null; error: string | null }> {
  const session = await accountSession(Astro, lang)
  if (session instanceof Response) return session
  const l = accountCopy(lang).linkage
  const id = Astro.params.id ?? ""
  let error: string | null = null
  if (Astro.request.method === "POST") {
    const form = await readForm(Astro.request)
    const quoteId = text(form, "quote_id")
    const payment = text(form, "payment")
    if (text(form, "action") === "cancel") {
      try {
        await cancelLinkageRequest(session.token, id, lang)
        return Astro.redirect(`${accountPaths(lang).request(id)}?ok=cancelled`, 303)
      } catch (e) {
        if (!(e instanceof AccountError)) throw e
        Astro.response.status = statusOf(e)
        error = e.message
      }
    } else if (!quoteId) error = l.chooseQuote
    else if (payment !== "cod" && payment !== "vietqr") error = l.choosePayment
    else {
      try {
        await acceptLinkageQuote(session.token, id, quoteId, payment, lang)
        return Astro.redirect(`${accountPaths(lang).request(id)}?ok=accepted`, 303)
      } catch (e) {
        if (!(e instanceof AccountError)) throw e
        Astro.response.status = statusOf(e)
        error = e.message
      }
    }
    if (error && Astro.response.status === 200) Astro.response.status = 400
  }
  const request = await getLinkageRequest(session.token, id, lang)
  if (!request) Astro.response.status = 404
  const ok = Astro.url.searchParams.get("ok")
  const notice = ok === "sent" ? l.sent : ok === "accepted" && request?.order ? l.accepted(request.order.display_id) : ok === "cancelled" && request?.status === "cancelled" ? l.cancelled : null
  return { request, notice, error }
}

// ---- guest orders: the link's page --------------------------------------------------------------

export interface AttachOrdersPage {
  channel: "email" | "phone" | null
  error: string | null
}

/** GET: what the link will do (nothing changes on a GET — mail scanners open links); POST: attach, then back to the account. */
export async function attachOrdersPage(Astro: AstroGlobal, lang: Lang): Promise<Response | AttachOrdersPage> {
  const session = await accountSession(Astro, lang)
  if (session instanceof Response) return session
  const c = accountCopy(lang).account
  const claim = (Astro.url.searchParams.get("ma") ?? "").slice(0, 1000)
  const channel = claimChannelOf(claim)
  if (!channel) {
    Astro.response.status = 400
    return { channel: null, error: c.attachBadLink }
  }
  if (Astro.request.method !== "POST") return { channel, error: null }
  try {
    const result = await attachGuestOrders(session.token, claim, lang)
    if (result.skipped.length) return { channel, error: c.attachSkipped(result.skipped.map((o) => o.display_id)) }
    return Astro.redirect(`${accountPaths(lang).home}?ok=attached&so=${result.attached.length}`, 303)
  } catch (e) {
    if (!(e instanceof AccountError)) throw e
    Astro.response.status = statusOf(e)
    return { channel, error: e.status === 400 ? c.attachBadLink : e.message }
  }
}
