/**
 * Cart endpoints answer two kinds of caller: the page script (fetch, `Accept: application/json`)
 * gets JSON; a plain HTML form (no JavaScript) gets a 303 back to the cart page, with the problem
 * named in the query so the page can explain it.
 */
import type { APIContext } from "astro"
import { CartError, rememberCart, toCartError } from "../../../lib/cart"
import { localeOf, paths, t, type Locale } from "../../../lib/i18n"
import type { Cart } from "../../../lib/types"

export function requestLocale(context: APIContext, form: FormData | null): Locale {
  const fromForm = form?.get("locale")
  if (fromForm === "en" || fromForm === "vi") return fromForm
  const referer = context.request.headers.get("referer")
  try {
    return referer ? localeOf(new URL(referer).pathname) : "vi"
  } catch {
    return "vi"
  }
}

export function wantsJson(context: APIContext): boolean {
  return (context.request.headers.get("accept") ?? "").includes("application/json")
}

/** Form bodies and JSON bodies alike; a malformed body reads as empty (and then fails validation). */
export async function readBody(context: APIContext): Promise<FormData> {
  const type = context.request.headers.get("content-type") ?? ""
  try {
    if (type.includes("application/json")) {
      const json = (await context.request.json()) as Record<string, unknown>
      const form = new FormData()
      for (const [key, value] of Object.entries(json ?? {})) if (value !== null && value !== undefined) form.set(key, String(value))
      return form
    }
    return await context.request.formData()
  } catch {
    return new FormData()
  }
}

export function cartDone(context: APIContext, cart: Cart | null, locale: Locale, message?: string): Response {
  rememberCart(context.cookies, cart, context.url.protocol === "https:")
  if (wantsJson(context)) {
    return Response.json({ ok: true, count: cart?.itemCount ?? 0, total: cart?.total ?? 0, message: message ?? null })
  }
  return context.redirect(paths.cart(locale), 303)
}

export function cartFailed(context: APIContext, err: unknown, locale: Locale, stockMessage?: string): Response {
  const error = err instanceof CartError ? err : toCartError(err, locale)
  if (error.problem === "cart_gone") rememberCart(context.cookies, null, false)
  const message = error.problem === "out_of_stock" && stockMessage ? stockMessage : error.message
  if (wantsJson(context)) return Response.json({ ok: false, problem: error.problem, message }, { status: error.status })
  return context.redirect(`${paths.cart(locale)}?loi=${error.problem}`, 303)
}

export const messages = (locale: Locale) => t(locale).cart
