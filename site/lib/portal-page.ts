/**
 * What every portal page does around its content: find the signed-in staff member (or send the
 * visitor to the login page), and turn a form post into a redirect with a notice or into the
 * page again with the error. Keeps the pages in site/pages/kenh-htx thin.
 */
import type { AstroGlobal } from "astro"
import { getMe, PortalError, portalToken, rememberToken, type PortalMe } from "./portal"
import { portalCopy as c } from "./portal-copy"

export const LOGIN_PATH = "/kenh-htx/dang-nhap"

export type Session = { token: string; me: PortalMe }

/** The session, or a redirect to the login page (expired token, suspended cooperative). */
export async function portalSession(Astro: AstroGlobal): Promise<Session | Response> {
  const token = portalToken(Astro.cookies)
  if (!token) return Astro.redirect(`${LOGIN_PATH}?tiep=${encodeURIComponent(Astro.url.pathname)}`, 303)
  try {
    return { token, me: await getMe(token) }
  } catch (e) {
    if (e instanceof PortalError && (e.status === 401 || e.status === 403)) {
      rememberToken(Astro.cookies, null, Astro.url.protocol === "https:")
      return Astro.redirect(`${LOGIN_PATH}?loi=${e.status === 403 ? "tam-ngung" : "het-phien"}`, 303)
    }
    throw e
  }
}

/** Login page messages chosen by the query string the redirects above set. */
export function loginNotice(url: URL): string | null {
  const reason = url.searchParams.get("loi")
  return reason === "tam-ngung" ? c.login.suspended : reason === "het-phien" ? c.login.expired : null
}

/**
 * Runs a form action: on success a 303 to `to` (with `?ok=<key>` so the next page can confirm),
 * on a refusal from Medusa the message to show on the page again (answered 400 / 404 / 403).
 */
export async function formAction(Astro: AstroGlobal, action: () => Promise<string>): Promise<{ redirect?: Response; error?: string }> {
  try {
    const to = await action()
    return { redirect: Astro.redirect(to, 303) }
  } catch (e) {
    if (e instanceof PortalError) {
      Astro.response.status = e.status === 401 ? 401 : e.status >= 500 ? 502 : e.status
      return { error: e.message }
    }
    throw e
  }
}

/** "?ok=saved" → the matching confirmation. */
export function noticeFrom(url: URL, notices: Record<string, string>): string | null {
  const key = url.searchParams.get("ok")
  return key ? (notices[key] ?? null) : null
}
