/**
 * A Union officer signs in to Medusa Admin over plain http, as `npm start` serves it (production
 * mode): the session cookie must not be Secure there, or the browser drops it and the login loops.
 * Behind TLS (X-Forwarded-Proto: https from the proxy) the cookie is Secure.
 */
import path from "node:path"
import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { stack } from "../support/api"
import { chromiumPath, launch, screenshotDir, skipReason } from "../support/browser"

describe.skipIf(!chromiumPath)(`Medusa Admin sign-in ${skipReason}`, () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("signs in to /app over http and stays signed in after a reload", { timeout: 300_000 }, async () => {
    const { medusaUrl } = stack()
    expect(medusaUrl).toMatch(/^http:\/\//)
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: "vi-VN" })
    await page.goto(`${medusaUrl}/app/login`)
    // Admin is a single-page app: its form appears once its bundle ran (slow on a busy 2-core machine)
    await page.locator('input[name="email"]').waitFor({ timeout: 150_000 })
    await page.locator('input[name="email"]').fill("admin@cho-htx.demo")
    await page.locator('input[name="password"]').fill("demo-admin-2025")
    await page.locator('button[type="submit"]').click()
    // signed in: Admin leaves the login page for its first page
    await page.waitForURL((url) => !url.pathname.startsWith("/app/login"), { timeout: 120_000 })
    const cookies = await page.context().cookies(medusaUrl)
    const session = cookies.find((c) => c.name === "connect.sid")
    expect(session, "Admin session cookie").toBeDefined()
    expect(session!.secure).toBe(false)
    expect(session!.httpOnly).toBe(true)
    expect(session!.sameSite).toBe("Lax")
    await page.reload()
    await page.waitForLoadState("networkidle")
    expect(new URL(page.url()).pathname).not.toMatch(/^\/app\/login/)
    await page.screenshot({ path: path.join(screenshotDir, "admin-signed-in.png") })
    await page.close()
  })
})

describe("Medusa Admin session cookie behind TLS", () => {
  it("is Secure when the proxy says the request came over https", async () => {
    const { medusaUrl } = stack()
    const login = await fetch(`${medusaUrl}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "admin@cho-htx.demo", password: "demo-admin-2025" }),
    })
    const { token } = (await login.json()) as { token: string }
    const session = (proto?: string) =>
      fetch(`${medusaUrl}/auth/session`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, ...(proto ? { "x-forwarded-proto": proto } : {}) },
      })
    const overTls = await session("https")
    expect(overTls.status).toBe(200)
    expect(overTls.headers.get("set-cookie")).toMatch(/connect\.sid=.*;\s*Secure/i)
    const overHttp = await session()
    expect(overHttp.status).toBe(200)
    expect(overHttp.headers.get("set-cookie")).toMatch(/connect\.sid=/)
    expect(overHttp.headers.get("set-cookie")).not.toMatch(/;\s*Secure/i)
  })
})
