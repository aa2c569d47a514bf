import type { APIRoute } from "astro"
import { EDITOR_LOGIN_PATH } from "../../lib/editor/guard"
import { rememberEditorToken } from "../../lib/editor/session"

/** POST /bien-tap/dang-xuat — forgets the editor session cookie. */
export const POST: APIRoute = ({ cookies, redirect, url }) => {
  rememberEditorToken(cookies, null, url.protocol === "https:")
  return redirect(EDITOR_LOGIN_PATH, 303)
}
