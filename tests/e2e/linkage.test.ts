/**
 * The hotel flow, in a browser: a hotel's buyer on her phone goes from a product page to "Đặt số
 * lượng lớn", creates an account, asks for 200 kg for a date; a Union officer in Medusa Admin sends
 * the request to a second cooperative; both cooperatives quote on their phones; the buyer compares
 * and accepts one (cash on delivery); the order appears in that cooperative's portal with the quoted
 * total, and in Admin (the request's outcome and the order itself). Screenshots in
 * test-results/screenshots/linkage-*.png.
 */
import path from "node:path"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { DEMO_COOPERATIVE_PASSWORD } from "../../commerce/src/scripts/demo-catalog/staff"
import { stack } from "../support/api"
import { chromiumPath, launch, screenshotDir, skipReason } from "../support/browser"
import { inDays } from "../support/linkage"
import { STAFF_A, STAFF_B } from "../support/orders"

const SALT = "muoi-hat-hon-khoi-phoi-nang"
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: "vi-VN", isMobile: true, hasTouch: true }

describe.skipIf(!chromiumPath)(`linkage: a hotel asks, two cooperatives quote, the buyer accepts ${skipReason}`, () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  const watch = (page: Page, errors: string[]) => page.on("pageerror", (e) => errors.push(e.message))
  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(screenshotDir, `linkage-${name}.png`), fullPage: true })

  async function portalQuote(staff: typeof STAFF_A, requestId: string, productLabel: RegExp | null, price: string, name: string) {
    const page = await browser.newPage(PHONE)
    const errors: string[] = []
    watch(page, errors)
    const base = stack().storefrontUrl
    await page.goto(`${base}/kenh-htx/dang-nhap?tiep=${encodeURIComponent("/kenh-htx/ket-noi")}`)
    await page.fill("#email", staff.email)
    await page.fill("#password", DEMO_COOPERATIVE_PASSWORD)
    await page.click('button[type="submit"]')
    await page.waitForURL((u) => u.pathname === "/kenh-htx/ket-noi")
    await page.click(`[data-request="${requestId}"] a`)
    await page.waitForURL((u) => u.pathname === `/kenh-htx/ket-noi/${requestId}`)
    if (productLabel) {
      const option = page.locator("#product_id option", { hasText: productLabel }).first()
      await page.selectOption("#product_id", (await option.getAttribute("value"))!)
    }
    expect(await page.inputValue("#product_id")).toMatch(/^prod_/)
    await page.fill("#unit_price_vnd", price)
    await page.fill("#delivery_fee_vnd", "50.000")
    expect(await page.inputValue("#quantity")).toBe("200")
    await page.fill("#note", "Đóng bao 50 kg, giao bằng xe của hợp tác xã.")
    await page.click("[data-quote-form] button[type=submit]")
    await page.waitForURL((u) => u.search.includes("ok=quoted"))
    await expect.poll(() => page.locator('[data-own-quote="quoted"]').count()).toBe(1)
    await shot(page, `${name}-quoted`)
    expect(errors).toEqual([])
    return page
  }

  it("from a product page to an order at the quoted total, in the portal and in Admin", { timeout: 900_000 }, async () => {
    const { storefrontUrl: base, medusaUrl } = stack()

    // 1. the hotel's buyer, on her phone, from the product page
    const buyer = await browser.newPage(PHONE)
    const buyerErrors: string[] = []
    watch(buyer, buyerErrors)
    await buyer.goto(`${base}/san-pham/${SALT}`)
    await expect.poll(() => buyer.locator("[data-quantity-tiers]").count()).toBe(1)
    await buyer.click("[data-bulk-order]")
    await buyer.waitForURL((u) => u.pathname === "/ket-noi")
    await buyer.click("[data-linkage-sign-in] a.button--secondary")
    await buyer.waitForURL((u) => u.pathname === "/tai-khoan/dang-ky")
    const email = `khach-san-bien-xanh-${Date.now().toString(36)}@example.vn`
    await buyer.fill("#email", email)
    await buyer.fill("#password", "mat-khau-khach-san-2025")
    await buyer.fill("#first_name", "Lê Thị Thu")
    await buyer.fill("#phone", "0905 123 456")
    await buyer.fill("#company_name", "Khách sạn Biển Xanh (demo)")
    await buyer.click('form.acct-form button[type="submit"]')
    // back on the request form, with the product chosen and her details filled in
    await buyer.waitForURL((u) => u.pathname === "/ket-noi" && u.searchParams.get("san-pham") === SALT)
    await expect.poll(() => buyer.locator("[data-linkage-product]").textContent()).toContain("Muối hạt Hòn Khói phơi nắng")
    expect(await buyer.inputValue("#company_name")).toBe("Khách sạn Biển Xanh (demo)")
    await buyer.fill("#quantity", "200")
    await buyer.selectOption("#unit", "kg")
    await buyer.fill("#wanted_on", inDays(14))
    await buyer.selectOption("#linkage-ward", "22366")
    await buyer.fill("#street_address", "86 Trần Phú (Khách sạn Biển Xanh, cổng sau)")
    await buyer.check('input[name="invoice_needed"]')
    await buyer.fill("#note", "Muối hạt cho bếp nhà hàng, giao trước 9 giờ sáng.")
    await shot(buyer, "1-request-form")
    await buyer.click("[data-linkage-form] button[type=submit]")
    await buyer.waitForURL((u) => /^\/tai-khoan\/ket-noi\/lreq_\w+$/.test(u.pathname))
    const requestId = new URL(buyer.url()).pathname.split("/").pop()!
    await expect.poll(() => buyer.locator("[data-linkage-notice]").textContent()).toContain("Đã gửi yêu cầu")
    await shot(buyer, "2-request-sent")

    // 2. a Union officer sends it to a second cooperative, in Medusa Admin
    const union = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: "vi-VN" })
    await union.goto(`${medusaUrl}/app/login`)
    await union.locator('input[name="email"]').waitFor({ timeout: 150_000 })
    await union.locator('input[name="email"]').fill("admin@cho-htx.demo")
    await union.locator('input[name="password"]').fill("demo-admin-2025")
    await union.locator('button[type="submit"]').click()
    await union.waitForURL((u) => !u.pathname.startsWith("/app/login"), { timeout: 120_000 })
    await union.goto(`${medusaUrl}/app/ket-noi`)
    await union.locator(`[data-request="${requestId}"] a`).click({ timeout: 120_000 })
    await union.waitForURL((u) => u.pathname === `/app/ket-noi/${requestId}`)
    const second = union.locator('[data-testid="route-more"] label', { hasText: "Nước mắm Vạn Phước Xanh" })
    await second.locator("input").check({ timeout: 60_000 })
    await union.locator('[data-testid="route-more"] button', { hasText: "Gửi yêu cầu" }).click()
    await expect.poll(() => union.locator('[data-testid="route-more"] [role="status"]').textContent()).toContain("Đã gửi thêm đến 1 hợp tác xã")
    await shot(union, "3-admin-routed")

    // 3. both cooperatives quote on their phones: the maker 18.000 ₫/kg, the second 19.500 ₫/kg
    const saltStaff = await portalQuote(STAFF_B, requestId, null, "18.000", "4-maker")
    const fishSauceStaff = await portalQuote(STAFF_A, requestId, /Mắm cá cơm/, "19.500", "5-second")
    await fishSauceStaff.close()

    // 4. the buyer compares the two quotes and accepts the maker's, cash on delivery
    await buyer.goto(`${base}/tai-khoan/ket-noi/${requestId}`)
    await expect.poll(() => buyer.locator("[data-quote]").count()).toBe(2)
    const totals = await buyer.locator("[data-quote-total]").allTextContents()
    expect(totals.map((t) => t.replace(/\s/g, " "))).toEqual(["3.650.000 ₫", "3.950.000 ₫"])
    await shot(buyer, "6-compare")
    await buyer.locator("[data-quote]").first().locator('input[name="quote_id"]').check()
    await buyer.check('input[name="payment"][value="cod"]')
    await buyer.click("[data-accept]")
    await buyer.waitForURL((u) => u.search.includes("ok=accepted"))
    const notice = (await buyer.locator("[data-linkage-notice]").textContent()) ?? ""
    const orderNumber = /#(\d+)/.exec(notice)?.[1]
    expect(orderNumber, notice).toBeTruthy()
    await shot(buyer, "7-accepted")
    await buyer.click("[data-linkage-order] a")
    await buyer.waitForURL((u) => u.pathname.startsWith("/tai-khoan/don-hang/order_"))
    const orderId = new URL(buyer.url()).pathname.split("/").pop()!
    await expect.poll(() => buyer.locator("body").textContent()).toContain("3.650.000")
    await shot(buyer, "8-buyer-order")
    expect(buyerErrors).toEqual([])

    // 5. the order is in the maker's portal with the quoted total to collect
    await saltStaff.goto(`${base}/kenh-htx/don-hang/${orderNumber}`)
    await expect.poll(() => saltStaff.locator('[data-testid="cod-amount"]').textContent()).toMatch(/3\.650\.000/)
    await shot(saltStaff, "9-portal-order")
    await saltStaff.goto(`${base}/kenh-htx/ket-noi/${requestId}`)
    await expect.poll(() => saltStaff.locator("[data-linkage-won]").count()).toBe(1)

    // 6. and in Admin: the request's outcome, and the order with the quoted total
    await union.goto(`${medusaUrl}/app/ket-noi/${requestId}`)
    await expect.poll(() => union.locator('[data-testid="linkage-status"]').textContent(), { timeout: 60_000 }).toBe("Đã chốt")
    await expect.poll(() => union.locator('[data-testid="linkage-order"]').textContent()).toMatch(new RegExp(`#${orderNumber} · 3\\.650\\.000`))
    await shot(union, "10-admin-request")
    await union.goto(`${medusaUrl}/app/orders/${orderId}`)
    await expect.poll(() => union.locator("body").textContent(), { timeout: 120_000 }).toMatch(/3[.,\s]650[.,\s]000/)
    await shot(union, "11-admin-order")
  })
})
