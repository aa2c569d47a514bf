/**
 * Only Union staff reach the editor: every editor page and every API it uses refuses a visitor
 * without a Union staff (Medusa Admin) session — anonymous, a cooperative's staff member, a buyer,
 * a forged cookie — and nothing is written. Checked against the real Medusa of the test stack.
 */
import { describe, expect, it } from "vitest"
import { stack } from "../support/api"
import { base64, DEMO_COOPERATIVE_STAFF, editorCookieWith, editorFetch, editorSignIn, keystatic, otherActorToken } from "../support/editor"

const PAGES = ["/bien-tap", "/bien-tap/", "/keystatic", "/keystatic/collection/stories/create", "/bien-tap/xem-truoc/stories/chi-em-lam-nuoc-mam-van-ninh"]
const APIS: { path: string; method?: string; body?: string; headers?: Record<string, string> }[] = [
  { path: "/api/keystatic/tree", headers: { "no-cors": "1" } },
  { path: "/api/keystatic/blob/0000000000000000000000000000000000000000/stories/chi-em-lam-nuoc-mam-van-ninh/index.md", headers: { "no-cors": "1" } },
  {
    path: "/api/keystatic/update",
    method: "POST",
    headers: { "no-cors": "1", "content-type": "application/json" },
    body: JSON.stringify({ additions: [{ path: "stories/ke-la/index.md", contents: base64("---\ntitle: x\n---\n") }], deletions: [] }),
  },
  { path: "/bien-tap/api/danh-muc" },
  { path: "/bien-tap/api/trang-thai" },
  { path: "/bien-tap/api/xuat-ban", method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "entry=stories%2Fchi-em-lam-nuoc-mam-van-ninh" },
  { path: "/bien-tap/ung-dung/manifest.json" },
  { path: "/bien-tap/anh/stories/chi-em-lam-nuoc-mam-van-ninh/cover.webp" },
]

async function expectRefused(cookie: string | null) {
  for (const page of PAGES) {
    const res = await editorFetch(page, { cookie })
    expect(res.status, page).toBe(303)
    expect(res.headers.get("location"), page).toMatch(/^\/bien-tap\/dang-nhap(\?|$)/)
  }
  for (const api of APIS) {
    const res = await editorFetch(api.path, { cookie, method: api.method, headers: api.headers, body: api.body })
    expect(res.status, `${api.method ?? "GET"} ${api.path}`).toBe(401)
    expect(res.json?.message, api.path).toMatch(/đăng nhập/)
  }
}

describe("the editor and its API refuse everyone but Union staff", () => {
  it("refuses an anonymous visitor: pages go to the sign-in, API calls get 401, nothing is written", async () => {
    await expectRefused(null)
    // the sign-in page itself is open, and says what it is for
    const login = await editorFetch("/bien-tap/dang-nhap")
    expect(login.status).toBe(200)
    expect(login.text).toContain("Đăng nhập biên tập")
    const admin = await editorSignIn()
    const tree = await keystatic.tree(admin)
    expect(tree.json.some((e: { path: string }) => e.path.startsWith("stories/ke-la"))).toBe(false)
  })

  it("refuses a cooperative's staff member: their password does not open it, nor their token in the cookie", async () => {
    const form = await editorFetch("/bien-tap/dang-nhap", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(DEMO_COOPERATIVE_STAFF).toString(),
    })
    // Medusa knows the password (one email/password identity) but the account is no Admin user
    expect(form.status).toBe(403)
    expect(form.text).toContain("không phải tài khoản quản trị của Hội")
    expect(form.headers.getSetCookie().some((c) => c.startsWith("bien_tap=") && !c.startsWith("bien_tap=;"))).toBe(false)
    await expectRefused(editorCookieWith(await otherActorToken("cooperative_staff")))
  })

  it("refuses a buyer's token and forged or malformed cookies", async () => {
    const buyer = await otherActorToken("customer")
    await expectRefused(editorCookieWith(buyer))
    const forged = ["eyJhbGciOiJIUzI1NiJ9.eyJhY3Rvcl9pZCI6InVzZXJfMSIsImFjdG9yX3R5cGUiOiJ1c2VyIn0.c2lnbmF0dXJl", "x".repeat(30), "a b c"]
    for (const token of forged) await expectRefused(editorCookieWith(token))
    // malformed: a bare token without the sign-in id, an id too short
    for (const cookie of [`bien_tap=${buyer}`, `bien_tap=abc~${buyer}`, "bien_tap=~", "bien_tap="]) await expectRefused(cookie)
  })

  it("lets a Union staff member in with an httpOnly, same-site session; a write from another site is refused", async () => {
    const res = await editorFetch("/bien-tap/dang-nhap", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email: "admin@cho-htx.demo", password: "demo-admin-2025" }).toString(),
    })
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("bien_tap="))!
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Strict/i)
    const session = cookie.split(";")[0]
    const home = await editorFetch("/bien-tap", { cookie: session })
    expect(home.status).toBe(200)
    expect(home.text).toContain("Bảng xuất bản")
    expect(home.headers.get("cache-control")).toBe("no-store")
    const app = await editorFetch("/keystatic", { cookie: session })
    expect(app.status).toBe(200)
    expect(app.headers.get("content-security-policy")).toMatch(/script-src 'self'(;|$)/)
    const tree = await keystatic.tree(session)
    expect(tree.status).toBe(200)
    expect(tree.json.some((e: { path: string }) => e.path === "stories/chi-em-lam-nuoc-mam-van-ninh/index.md")).toBe(true)
    const foreign = await editorFetch("/api/keystatic/update", {
      method: "POST",
      cookie: session,
      headers: { origin: "https://evil.example", "no-cors": "1", "content-type": "application/json" },
      body: JSON.stringify({ additions: [], deletions: [] }),
    })
    expect(foreign.status).toBe(403)
    // signing out forgets the session
    const out = await editorFetch("/bien-tap/dang-xuat", { method: "POST", cookie: session })
    expect(out.status).toBe(303)
    expect(out.headers.getSetCookie().some((c) => /^bien_tap=;|^bien_tap=deleted|Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(c))).toBe(true)
  })

  it("keeps the editor out of robots' reach", async () => {
    const robots = await fetch(`${stack().storefrontUrl}/robots.txt`).then((r) => r.text())
    for (const path of ["/bien-tap", "/keystatic", "/api/keystatic"]) expect(robots).toContain(`Disallow: ${path}`)
  })
})
