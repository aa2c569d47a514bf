/**
 * Sign-in to the editor (/bien-tap): Union staff are Medusa Admin users. The storefront server
 * signs in with Medusa's `user` actor and keeps the token in an httpOnly cookie; every editor
 * request is checked by asking Medusa who the token belongs to (`GET /admin/users/me`), which
 * answers 401 for a cooperative staff member's or a buyer's token, an expired one or a forged one.
 * The answer is remembered for a few seconds per token, because the editor app makes a dozen API
 * calls when it opens an entry.
 */
import crypto from "node:crypto"
import type { AstroCookies } from "astro"
import { FailureLimiter } from "../../../commerce/src/lib/failure-limiter"
import { editorCopy as c } from "./copy"

export const EDITOR_COOKIE = "bien_tap"
const COOKIE_HOURS = 12
const VERIFIED_FOR_MS = 15_000

export interface EditorUser {
  id: string
  email: string
  /** "first last", or the email when the account has no name */
  name: string
}

export class EditorAuthError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
  }
}

const base = () => process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"

/**
 * A signed-in editor: Medusa's token and an id of its own for this sign-in. The id is not taken
 * from the token because Medusa gives the same JWT to two sign-ins of one account within the same
 * second, and the record of what a session has seen (keystatic-api.ts) must tell them apart.
 */
export interface EditorSession {
  token: string
  id: string
}

const SESSION_ID = /^[A-Za-z0-9_-]{22}$/

/** The cookie holds "<sign-in id>~<token>"; anything else is no session. */
export function editorSession(cookies: AstroCookies): EditorSession | null {
  const v = cookies.get(EDITOR_COOKIE)?.value ?? ""
  const at = v.indexOf("~")
  const id = v.slice(0, at)
  const token = v.slice(at + 1)
  return at > 0 && SESSION_ID.test(id) && /^[A-Za-z0-9._-]{20,4000}$/.test(token) ? { id, token } : null
}

export function rememberEditorToken(cookies: AstroCookies, token: string | null, secure: boolean) {
  if (!token) return cookies.delete(EDITOR_COOKIE, { path: "/" })
  const id = crypto.randomBytes(16).toString("base64url")
  // strict: a link from another site does not carry the session into the editor
  cookies.set(EDITOR_COOKIE, `${id}~${token}`, { path: "/", httpOnly: true, sameSite: "strict", secure, maxAge: COOKIE_HOURS * 3600 })
}

/** Ten wrong passwords for one email within 15 minutes lock that email here for the rest of the window. */
const failures = new FailureLimiter({ limit: 10, windowMs: 15 * 60_000, maxKeys: 10_000 })

export async function signIn(email: string, password: string): Promise<{ token: string; user: EditorUser }> {
  const normalized = email.trim().toLowerCase()
  if (!normalized || !password) throw new EditorAuthError(400, c.login.missing)
  if (normalized.length > 320 || password.length > 1000) throw new EditorAuthError(400, c.login.wrong)
  if (failures.lockedForMs(normalized) > 0) throw new EditorAuthError(429, c.login.locked)
  const res = await fetch(`${base()}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: normalized, password }),
    signal: AbortSignal.timeout(15_000),
  }).catch(() => null)
  if (!res) throw new EditorAuthError(502, c.errors.medusa)
  const body = (await res.json().catch(() => null)) as { token?: unknown } | null
  if (res.status === 401 || res.status === 400) {
    failures.recordFailure(normalized)
    throw new EditorAuthError(401, c.login.wrong)
  }
  if (!res.ok || typeof body?.token !== "string") throw new EditorAuthError(502, c.errors.medusa)
  const user = await verifyEditor(body.token)
  if (!user) throw new EditorAuthError(403, c.login.notStaff)
  return { token: body.token, user }
}

const verified = new Map<string, { user: EditorUser | null; until: number }>()
const tokenKey = (token: string) => crypto.createHash("sha256").update(token).digest("base64url")

/** The Medusa Admin user behind a token, or null (not an admin user, expired, forged). Throws when Medusa cannot be asked. */
export async function verifyEditor(token: string): Promise<EditorUser | null> {
  const key = tokenKey(token)
  const hit = verified.get(key)
  if (hit && hit.until > Date.now()) return hit.user
  const res = await fetch(`${base()}/admin/users/me`, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(10_000) }).catch(() => null)
  if (!res || res.status >= 500) throw new EditorAuthError(502, c.errors.medusa)
  const body = (await res.json().catch(() => null)) as { user?: { id?: string; email?: string; first_name?: string | null; last_name?: string | null } } | null
  const u = res.ok ? body?.user : undefined
  const user = u?.id && u.email ? { id: u.id, email: u.email, name: [u.first_name, u.last_name].filter(Boolean).join(" ").trim() || u.email } : null
  if (verified.size > 5000) verified.clear()
  verified.set(key, { user, until: Date.now() + VERIFIED_FOR_MS })
  return user
}
