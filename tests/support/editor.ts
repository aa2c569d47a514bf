/** The editor (/bien-tap) from a test: sign in as Union staff, call its pages and APIs with the session cookie. */
import { expect } from "vitest"
import { stack } from "./api"

export const DEMO_ADMIN = { email: "admin@cho-htx.demo", password: "demo-admin-2025" }
export const DEMO_COOPERATIVE_STAFF = { email: "nuocmam@cho-htx.demo", password: "demo-htx-2025" }

export interface EditorCall {
  status: number
  headers: Headers
  text: string
  json: any
}

/** A request to the storefront as a browser on the same site would send it (Origin set for writes). */
export async function editorFetch(path: string, init: RequestInit & { cookie?: string | null } = {}): Promise<EditorCall> {
  const { storefrontUrl } = stack()
  const headers = new Headers(init.headers)
  if (init.cookie) headers.set("cookie", init.cookie)
  if (init.method && init.method !== "GET" && !headers.has("origin")) headers.set("origin", storefrontUrl)
  const res = await fetch(storefrontUrl + path, { ...init, headers, redirect: "manual" })
  const text = await res.text()
  let json: any = null
  try {
    json = JSON.parse(text)
  } catch {
    json = null
  }
  return { status: res.status, headers: res.headers, text, json }
}

/** Signs in through the editor's own form; returns the cookie header to send afterwards. */
export async function editorSignIn(account = DEMO_ADMIN): Promise<string> {
  const res = await editorFetch("/bien-tap/dang-nhap", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(account).toString(),
  })
  expect(res.status, res.text.slice(0, 300)).toBe(303)
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith("bien_tap="))
  expect(cookie).toBeTruthy()
  return cookie!.split(";")[0]
}

/** An editor cookie in the shape the sign-in sets ("<sign-in id>~<token>"), around any token: for tests that forge one. */
export const editorCookieWith = (token: string) => `bien_tap=${"t".repeat(22)}~${token}`

/** Keystatic's API as its app calls it. */
export const keystatic = {
  tree: (cookie: string | null) => editorFetch("/api/keystatic/tree", { cookie, headers: { "no-cors": "1" } }),
  update: (cookie: string | null, body: { additions: { path: string; contents: string }[]; deletions: { path: string }[] }) =>
    editorFetch("/api/keystatic/update", { method: "POST", cookie, headers: { "no-cors": "1", "content-type": "application/json" }, body: JSON.stringify(body) }),
}

export const base64 = (s: string | Uint8Array) => Buffer.from(s).toString("base64")

/** A Medusa token of another actor: a cooperative's staff member or a buyer. */
export async function otherActorToken(kind: "cooperative_staff" | "customer"): Promise<string> {
  const { medusaUrl } = stack()
  const call = (path: string, body: unknown) =>
    fetch(`${medusaUrl}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }).then(async (r) => ({ status: r.status, body: (await r.json()) as { token: string } }))
  if (kind === "cooperative_staff") {
    const login = await call("/auth/cooperative_staff/emailpass", DEMO_COOPERATIVE_STAFF)
    expect(login.status).toBe(200)
    return login.body.token
  }
  const registered = await call("/auth/customer/emailpass/register", { email: `nguoi-mua-${Date.now()}@example.vn`, password: "mat-khau-khach-2025" })
  expect(registered.status).toBe(200)
  return registered.body.token
}
