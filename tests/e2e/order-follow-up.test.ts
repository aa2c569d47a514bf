/**
 * An order followed to the end, in Chromium: a buyer on a phone orders from two cooperatives by VietQR,
 * copies the transfer text and sees "Chờ chuyển khoản"; a Union officer uploads the bank statement in
 * Medusa Admin and confirms it (and sees who ships what on the order page); cooperative A ships with a
 * tracking note in its portal; the buyer's lookup shows A's parcel shipped with its note and B's still
 * with its cooperative. Screenshots in test-results/screenshots/follow-up-*.png.
 */
import path from "node:path"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { DEMO_PRODUCTS } from "../../commerce/src/scripts/demo-catalog/products"
import { DEMO_COOPERATIVE_PASSWORD, DEMO_COOPERATIVE_STAFF } from "../../commerce/src/scripts/demo-catalog/staff"
import { admin, stack } from "../support/api"
import { chromiumPath, launch, screenshotDir, skipReason } from "../support/browser"

const [STAFF_A, STAFF_B] = DEMO_COOPERATIVE_STAFF
const productOf = (cooperative: string) =>
  DEMO_PRODUCTS.find((p) => p.cooperative_handle === cooperative && p.status === "published" && p.variants.length === 1 && p.variants[0].stock >= 30)!
const A = productOf(STAFF_A.cooperative_handle)
const B = productOf(STAFF_B.cooperative_handle)
const PHONE = "0935 246 801"
const NOTE = "Viettel Post, mã VTP-20261201"

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(screenshotDir, `follow-up-${name}.png`), fullPage: true })

describe.skipIf(!chromiumPath)(`following an order: buyer, Union, cooperative ${skipReason}`, () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("VietQR from two cooperatives → statement confirmed in Admin → A ships → the lookup shows A shipped with its note, B with its cooperative", { timeout: 600_000 }, async () => {
    const base = stack().storefrontUrl
    // the buyer, on a phone; the clipboard is hers to read back
    const buyerContext = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: "vi-VN" })
    await buyerContext.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(base).origin })
    const buyer = await buyerContext.newPage()
    for (const p of [A, B]) {
      await buyer.goto(`${base}/san-pham/${p.handle}`)
      await buyer.click("[data-add-button]")
      await buyer.waitForSelector("dialog[open] [data-cart-line]")
    }
    await buyer.goto(`${base}/dat-hang`)
    await buyer.waitForSelector("astro-island:not([ssr]) [data-checkout]")
    await buyer.fill("#co-name", "Đỗ Thị Theo Dõi")
    await buyer.fill("#co-phone", PHONE)
    await buyer.fill("#co-email", "theo-doi@example.vn")
    await buyer.selectOption("#co-ward", { label: "Phường Nha Trang" })
    await buyer.fill("#co-street", "8 Pasteur")
    await buyer.click("text=Chuyển khoản ngân hàng (VietQR)")
    await buyer.click("button.checkout__place")
    await buyer.waitForURL(/\/don-hang\/order_/)
    const orderId = buyer.url().split("/").pop()!
    const { body } = await admin(`/admin/orders/${orderId}?fields=display_id,total,custom_display_id`)
    const { display_id: number, total, custom_display_id: reference } = body.order as { display_id: number; total: number; custom_display_id: string }

    // copies the transfer text with the button; the page says the transfer is awaited
    const reference_ = (await buyer.locator("[data-transfer-text]").textContent())!.trim()
    expect(reference_).toBe(reference)
    await buyer.click('[data-copy-button="reference"]')
    await expect.poll(() => buyer.locator('[data-copy-button="reference"]').textContent()).toBe("Đã sao chép")
    expect(await buyer.evaluate(() => navigator.clipboard.readText())).toBe(reference)
    expect(await buyer.locator("[data-payment-state]").textContent()).toBe("Chờ chuyển khoản")
    expect(await buyer.locator("[data-save-qr]").getAttribute("download")).toBe(`vietqr-don-${number}.png`)
    await shot(buyer, "1-confirmation")

    // the Union: Admin → Đối soát chuyển khoản, the bank's statement, confirm
    const officer = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "vi-VN" })
    await officer.goto(`${stack().medusaUrl}/app/login`)
    await officer.locator('input[name="email"]').waitFor({ timeout: 150_000 })
    await officer.locator('input[name="email"]').fill("admin@cho-htx.demo")
    await officer.locator('input[name="password"]').fill("demo-admin-2025")
    await officer.locator('button[type="submit"]').click()
    await officer.waitForURL((url) => !url.pathname.startsWith("/app/login"), { timeout: 120_000 })
    await officer.goto(`${stack().medusaUrl}/app/reconciliation`)
    await officer.locator("#statement-file").waitFor({ timeout: 120_000 })
    const statement = [
      "SAO KÊ TÀI KHOẢN,,,",
      "Ngày giao dịch,Số tiền ghi nợ,Số tiền ghi có,Mô tả",
      `01/12/2026 09:15:02,,"${total.toLocaleString("en-US")}",MBVCB.3345.${reference.replace(" ", "")}.CT tu DO THI THEO DOI`,
      `01/12/2026 10:00:00,,"100,000",Chuyen tien khong ro noi dung`,
    ].join("\n")
    await officer.setInputFiles("#statement-file", { name: "sao-ke.csv", mimeType: "text/csv", buffer: Buffer.from(statement) })
    await officer.click("text=Kiểm tra sao kê")
    await officer.locator("text=Khớp đơn").waitFor({ timeout: 60_000 })
    expect(await officer.locator("text=Không rõ đơn").count()).toBeGreaterThan(0)
    await shot(officer, "2-statement-checked")
    await officer.click("button:has-text('Xác nhận 1 đơn khớp')")
    await officer.locator("text=Đã ghi nhận thanh toán 1 đơn").waitFor({ timeout: 60_000 })
    await shot(officer, "3-statement-confirmed")
    // the order page: who ships what, the payment in words, the transfer reference
    await officer.goto(`${stack().medusaUrl}/app/orders/${orderId}`)
    const widget = officer.locator('[data-testid="order-parcels"]')
    await widget.waitFor({ timeout: 120_000 })
    expect(await officer.locator('[data-testid="payment-state"]').textContent()).toBe("Đã thanh toán")
    expect(await officer.locator('[data-testid="transfer-reference"]').textContent()).toBe(reference)
    expect(await officer.locator('[data-testid="parcel-row"]').count()).toBe(2)
    await widget.scrollIntoViewIfNeeded()
    await shot(officer, "4-admin-order")

    // cooperative A ships, on a phone
    const staff = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: "vi-VN" })
    await staff.goto(`${base}/kenh-htx/dang-nhap`)
    await staff.fill("#email", STAFF_A.email)
    await staff.fill("#password", DEMO_COOPERATIVE_PASSWORD)
    await staff.click("button[type=submit]")
    await staff.waitForURL((url) => !url.pathname.endsWith("/dang-nhap"))
    await staff.goto(`${base}/kenh-htx/don-hang/${number}`)
    await staff.fill("#tracking_note", NOTE)
    await staff.click("text=Đánh dấu đã gửi hàng")
    await staff.waitForURL(/\?ok=updated$/)
    await shot(staff, "5-portal-shipped")

    // the buyer looks her order up: A shipped with its note, B still with its cooperative
    const lookup = await buyerContext.newPage()
    await lookup.goto(`${base}/tra-cuu-don-hang`)
    await lookup.fill("#lookup-number", String(number))
    await lookup.fill("#lookup-phone", PHONE)
    await lookup.click("form.lookup__form button[type=submit]")
    await lookup.waitForSelector("[data-lookup-result]")
    const parcelA = lookup.locator(`[data-order-part="${A.cooperative_handle}"]`)
    const parcelB = lookup.locator(`[data-order-part="${B.cooperative_handle}"]`)
    expect(await parcelA.locator("[data-parcel-state]").textContent()).toBe("Đã gửi hàng")
    expect(await parcelA.locator("[data-tracking-note]").textContent()).toBe(NOTE)
    expect(await parcelB.locator("[data-parcel-state]").textContent()).toBe("Hợp tác xã đã nhận đơn")
    expect(await lookup.locator("[data-payment-state]").textContent()).toBe("Đã thanh toán")
    expect(await lookup.locator("[data-vietqr]").count()).toBe(0)
    await shot(lookup, "6-lookup")
    await buyerContext.close()
  })
})
