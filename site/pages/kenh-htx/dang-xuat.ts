import type { APIRoute } from "astro"
import { rememberToken } from "../../lib/portal"
import { LOGIN_PATH } from "../../lib/portal-page"

/** POST /kenh-htx/dang-xuat — forgets the session cookie. */
export const POST: APIRoute = ({ cookies, redirect, url }) => {
  rememberToken(cookies, null, url.protocol === "https:")
  return redirect(LOGIN_PATH, 303)
}
