/**
 * A cooperative's staff member on a phone: signs in to /kenh-htx, adds a product with a photo
 * taken on the phone, publishes it, sees it in the store; a buyer orders it (cash on delivery);
 * the staff member finds the order, sees what to collect and marks it shipped.
 */
import path from "node:path"
import type { Browser } from "playwright-core"
import sharp from "sharp"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { DEMO_COOPERATIVE_PASSWORD, DEMO_COOPERATIVE_STAFF } from "../../commerce/src/scripts/demo-catalog/staff"
import { stack } from "../support/api"
import { chromiumPath, launch, screenshotDir, skipReason } from "../support/browser"

const STAFF = DEMO_COOPERATIVE_STAFF[0]
const TITLE = `Nước mắm cốt nhĩ thử nghiệm ${Date.now().toString(36)}`

/** A phone photo: 1600×1200 JPEG stored sideways (EXIF orientation 6). */
const phonePhoto = () =>
  sharp({ create: { width: 1600, height: 1200, channels: 3, background: "#8a5a2b" } })
    .composite([{ input: Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="800" height="1200"><rect width="800" height="1200" fill="#e9d6a9"/></svg>`), left: 0, top: 0 }])
    .jpeg({ quality: 85 })
    .withMetadata({ orientation: 6 })
    .toBuffer()

describe.skipIf(!chromiumPath)(`the cooperative portal on a phone ${skipReason}`, () => {
  let browser: Browser
  let productId: string | undefined
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
    // leave the catalog as seeded: the product goes back to draft
    if (productId) {
      const login = await fetch(`${stack().medusaUrl}/auth/cooperative_staff/emailpass`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: STAFF.email, password: DEMO_COOPERATIVE_PASSWORD }),
      })
      const { token } = (await login.json()) as { token: string }
      await fetch(`${stack().medusaUrl}/cooperative-portal/products/${productId}`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ status: "draft" }),
      })
    }
  })

  it("adds a product with a photo, publishes it, receives an order for it and marks it shipped", async () => {
    const base = stack().storefrontUrl
    const staff = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: "vi-VN" })
    const errors: string[] = []
    staff.on("pageerror", (e) => errors.push(e.message))
    const shot = (name: string) => staff.screenshot({ path: path.join(screenshotDir, `portal-${name}.png`), fullPage: true })

    // not signed in: the portal sends the visitor to the login page
    await staff.goto(`${base}/kenh-htx/san-pham`)
    expect(new URL(staff.url()).pathname).toBe("/kenh-htx/dang-nhap")
    expect(await staff.locator('meta[name="robots"]').getAttribute("content")).toContain("noindex")
    await staff.fill("#email", STAFF.email)
    await staff.fill("#password", "sai-mat-khau")
    await staff.click("button[type=submit]")
    expect(await staff.locator(".error").textContent()).toBe("Email hoặc mật khẩu không đúng.")
    await staff.fill("#password", DEMO_COOPERATIVE_PASSWORD)
    await shot("1-login")
    await staff.click("button[type=submit]")
    await staff.waitForURL(/\/kenh-htx\/san-pham$/)

    // add a product with a photo from the phone
    await staff.click("text=+ Thêm sản phẩm")
    await staff.waitForURL(/\/kenh-htx\/san-pham\/moi$/)
    await staff.fill("#title", TITLE)
    await staff.fill("#description", "Nước mắm cá cơm ủ chượp 12 tháng, đóng chai thủy tinh.")
    await staff.fill("#variant-title-0", "Chai 500 ml")
    await staff.fill("#variant-price-0", "145.000")
    await staff.fill("#variant-stock-0", "10")
    await staff.selectOption("#ocop_stars", "4")
    await staff.fill("#ocop_certificate_number", "OCOP-KH-2025-777")
    await staff.fill("#ocop_issued_on", "2025-09-15")
    await staff.setInputFiles("#photo", { name: "IMG_2031.jpg", mimeType: "image/jpeg", buffer: await phonePhoto() })
    await shot("2-new-product")
    await staff.click("text=Tạo sản phẩm")
    await staff.waitForURL(/\/kenh-htx\/san-pham\/prod_[^/?]+\?ok=created$/)
    productId = new URL(staff.url()).pathname.split("/").pop()
    expect(await staff.locator(".notice").textContent()).toBe("Đã tạo sản phẩm.")
    expect(await staff.locator(".badge").first().textContent()).toBe("Nháp")
    const photo = staff.locator(".photos img")
    expect(await photo.count()).toBe(1)
    // the stored photo is upright: the sideways 1600×1200 original became 1200 wide, 1600 high
    const stored = await (await fetch((await photo.getAttribute("src"))!)).arrayBuffer()
    const meta = await sharp(Buffer.from(stored)).metadata()
    expect([meta.format, meta.width, meta.height]).toEqual(["webp", 1200, 1600])
    expect(meta.exif).toBeUndefined()

    // publish it and find it in the store
    await staff.click("button:has-text('Đăng bán')")
    await staff.waitForURL(/\?ok=publish$/)
    expect(await staff.locator(".badge").first().textContent()).toBe("Đang bán")
    await shot("3-published")
    const storeHref = (await staff.locator("text=Xem trên cửa hàng").getAttribute("href"))!

    // a buyer orders it with cash on delivery
    const buyerContext = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "vi-VN" })
    const buyer = await buyerContext.newPage()
    await buyer.goto(`${base}${storeHref}`)
    await buyer.screenshot({ path: path.join(screenshotDir, "portal-4-buyer-product.png"), fullPage: false })
    expect(await buyer.locator("h1").textContent()).toContain(TITLE)
    expect(await buyer.content()).toContain("145.000")
    await buyer.fill("[data-quantity-input]", "2")
    await buyer.click("[data-add-button]")
    await buyer.waitForSelector("dialog[open] [data-cart-line]")
    await buyer.goto(`${base}/dat-hang`)
    await buyer.fill("#co-name", "Phạm Thị Thu")
    await buyer.fill("#co-phone", "0912 345 678")
    await buyer.selectOption("#co-ward", { label: "Phường Nha Trang" })
    await buyer.fill("#co-street", "45 Lê Thánh Tôn")
    await buyer.click("button.checkout__place")
    await buyer.waitForURL(/\/don-hang\/order_/).catch(async (e) => {
      await buyer.screenshot({ path: path.join(screenshotDir, "portal-buyer-failed.png"), fullPage: true })
      throw e
    })
    const orderId = new URL(buyer.url()).pathname.split("/").pop()!
    const orderNumber = /^Đơn hàng #(\d+)$/.exec((await buyer.locator("h1").textContent()) ?? "")![1]
    await buyerContext.close()

    // the staff member sees the new order (by its number, never Medusa's order id), what to collect, and ships it
    await staff.click("nav.menu >> text=Đơn hàng")
    await staff.waitForURL(/\/kenh-htx\/don-hang$/)
    expect(await staff.content()).not.toContain(orderId)
    await staff.click(`a[href="/kenh-htx/don-hang/${orderNumber}"]`)
    await staff.waitForURL(new RegExp(`/kenh-htx/don-hang/${orderNumber}$`))
    expect(await staff.content()).not.toContain(orderId)
    expect(await staff.locator("h1 .badge").textContent()).toBe("Mới")
    expect(await staff.locator("main").textContent()).toContain("Phạm Thị Thu")
    expect(await staff.locator("main").textContent()).toContain("0912345678")
    // 2 × 145.000 ₫ and the parcel's delivery within the province: the courier collects both
    expect((await staff.locator("[data-testid=cod-amount]").textContent())?.replace(/\s/g, " ")).toBe("310.000 ₫")
    expect((await staff.locator("[data-testid=shipping-fee]").textContent())?.replace(/\s/g, " ")).toBe("20.000 ₫")
    await shot("5-order")
    await staff.fill("#tracking_note", "Giao Hàng Nhanh, mã GHN-58231")
    await staff.click("text=Đánh dấu đã gửi hàng")
    await staff.waitForURL(/\?ok=updated$/)
    expect(await staff.locator("h1 .badge").textContent()).toBe("Đã gửi hàng")
    expect(await staff.locator("main").textContent()).toContain("GHN-58231")
    await shot("6-shipped")
    expect(errors).toEqual([])
  })
})
