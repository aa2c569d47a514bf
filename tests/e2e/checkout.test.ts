/**
 * A buyer on a phone orders from two cooperatives: cash on delivery, then a bank transfer whose QR code
 * (read back from the screenshot) carries the order total with a valid CRC.
 */
import path from "node:path"
import jsQR from "jsqr"
import type { Browser, Page } from "playwright-core"
import sharp from "sharp"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { DEMO_COOPERATIVES } from "../../commerce/src/scripts/demo-catalog/cooperatives"
import { DEMO_PRODUCTS } from "../../commerce/src/scripts/demo-catalog/products"
import { hasValidCrc, parseTlv } from "../../commerce/src/lib/vietqr"
import { admin, stack } from "../support/api"
import { chromiumPath, launch, screenshotDir, skipReason } from "../support/browser"

const active = new Set(DEMO_COOPERATIVES.filter((c) => c.status === "active").map((c) => c.handle))
// Single-variant products in stock, from two different cooperatives (not the ones the API tests buy first).
const candidates = DEMO_PRODUCTS.filter((p) => p.status === "published" && active.has(p.cooperative_handle) && p.variants.length === 1 && p.variants[0].stock >= 20)
const first = candidates[1]
const second = candidates.find((p) => p.cooperative_handle !== first.cooperative_handle && p !== candidates[0])!

async function addFromProductPage(page: Page, handle: string, quantity: number) {
  await page.goto(`${stack().storefrontUrl}/san-pham/${handle}`)
  await page.fill("[data-quantity-input]", String(quantity))
  await page.click("[data-add-button]")
  await page.waitForSelector("dialog[open] [data-cart-line]")
}

async function fillCheckout(page: Page) {
  await page.fill("#co-name", "Nguyễn Thị Lan")
  await page.fill("#co-phone", "0905 123 456")
  await page.fill("#co-email", "lan@example.vn")
  await page.selectOption("#co-ward", { label: "Phường Nha Trang" })
  await page.fill("#co-street", "12 Trần Phú")
}

describe.skipIf(!chromiumPath)(`buying on a phone ${skipReason}`, () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("orders from two cooperatives with cash on delivery; the order is split per cooperative in Medusa", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: "vi-VN" })
    const errors: string[] = []
    page.on("pageerror", (e) => errors.push(e.message))
    const shot = (name: string) => page.screenshot({ path: path.join(screenshotDir, `checkout-${name}.png`), fullPage: true })

    await addFromProductPage(page, first.handle, 2)
    await shot("1-drawer")
    expect(await page.locator("[data-cart-badge]").textContent()).toBe("2")
    await addFromProductPage(page, second.handle, 1)
    expect(await page.locator("[data-cart-badge]").textContent()).toBe("3")
    // the drawer groups the lines by the cooperative that makes them
    expect(await page.locator("dialog[open] .cart-group").count()).toBe(2)

    // the cart survives a reload
    await page.goto(`${stack().storefrontUrl}/gio-hang`)
    expect(await page.locator("[data-cart-line]").count()).toBe(2)
    await page.click("text=Tiến hành đặt hàng")
    await page.waitForURL(/\/dat-hang$/)
    await page.waitForSelector("[data-checkout] button.checkout__place:not([disabled])")

    // pressing "Đặt hàng" on an empty form: errors per field, focus on the summary, nothing placed
    await page.click("button.checkout__place")
    await page.waitForSelector(".field__error")
    expect(await page.locator("#co-phone").getAttribute("aria-invalid")).toBe("true")
    await shot("2-errors")

    await fillCheckout(page)
    const itemTotal = first.variants[0].price * 2 + second.variants[0].price
    // two cooperatives, two parcels: each pays the delivery fee (20.000 ₫ within the province)
    await expect.poll(() => page.locator("[data-checkout-total]").textContent()).toBe(`${(itemTotal + 2 * 20000).toLocaleString("vi-VN")}\u00a0₫`)
    expect(await page.locator("[data-parcel-fee]").allTextContents()).toEqual(["20.000\u00a0₫", "20.000\u00a0₫"])
    // nationwide delivery costs more, per parcel; the total follows (quoted by Medusa)
    await page.click("text=Giao toàn quốc")
    await expect.poll(() => page.locator("[data-checkout-total]").textContent()).toBe(`${(itemTotal + 2 * 35000).toLocaleString("vi-VN")}\u00a0₫`)
    expect(await page.locator("[data-parcel-fee]").allTextContents()).toEqual(["35.000\u00a0₫", "35.000\u00a0₫"])
    await page.click("text=Giao trong tỉnh Khánh Hòa")
    await expect.poll(() => page.locator("[data-checkout-total]").textContent()).toBe(`${(itemTotal + 2 * 20000).toLocaleString("vi-VN")}\u00a0₫`)
    await shot("3-filled")

    // a double tap places one order
    await page.dblclick("button.checkout__place")
    await page.waitForURL(/\/don-hang\/order_/)
    await shot("4-confirmation")
    const orderId = page.url().split("/").pop()!
    expect(await page.locator("h1").textContent()).toMatch(/^Đơn hàng #\d+$/)
    expect(await page.locator(".order-part").count()).toBe(2)
    expect(await page.locator("body").textContent()).toContain(`Bạn sẽ trả ${(itemTotal + 2 * 20000).toLocaleString("vi-VN")}\u00a0₫ khi nhận hàng.`)
    // each parcel with its fee on the confirmation
    expect(await page.locator(".order-part [data-parcel-fee]").allTextContents()).toEqual(["20.000\u00a0₫", "20.000\u00a0₫"])
    expect(await page.locator("[data-cart-badge]").isHidden()).toBe(true)

    const { body } = await admin(`/admin/orders/${orderId}?fields=id,total,item_total,shipping_total,currency_code`)
    expect(body.order).toMatchObject({ currency_code: "vnd", item_total: itemTotal, shipping_total: 2 * 20000, total: itemTotal + 2 * 20000 })
    const { body: coops } = await admin("/admin/cooperatives?limit=100")
    for (const [product, quantity] of [[first, 2], [second, 1]] as const) {
      const coop = coops.cooperatives.find((c: { handle: string }) => c.handle === product.cooperative_handle)
      const { body: part } = await admin(`/admin/cooperatives/${coop.id}/orders`)
      const mine = part.orders.find((o: { id: string }) => o.id === orderId)
      expect(mine.items.map((i: { product_title: string; quantity: number }) => [i.product_title, i.quantity])).toEqual([[product.title, quantity]])
    }
    expect(errors).toEqual([])
  })

  it("pays by VietQR: the QR on the confirmation decodes to the order total with a valid CRC", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: "vi-VN" })
    await addFromProductPage(page, second.handle, 3)
    // A slow phone: the buyer types into the server-rendered form before the island's JavaScript arrives.
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route(/\/_astro\/CheckoutForm\.[^/]+\.js$/, async (route) => {
      await held
      await route.continue()
    })
    await page.goto(`${stack().storefrontUrl}/dat-hang`)
    await fillCheckout(page)
    release()
    await page.waitForSelector("astro-island:not([ssr]) [data-checkout]")
    // the first re-render after hydration must keep what was typed
    await page.click("text=Chuyển khoản ngân hàng (VietQR)")
    expect(await page.inputValue("#co-name")).toBe("Nguyễn Thị Lan")
    await page.click("button.checkout__place")
    await page.waitForURL(/\/don-hang\/order_/)
    await page.screenshot({ path: path.join(screenshotDir, "checkout-5-vietqr.png"), fullPage: true })
    const orderId = page.url().split("/").pop()!

    const png = await page.locator("[data-vietqr]").screenshot()
    const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true })
    const decoded = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)
    expect(decoded, "the QR code on the page could not be read").not.toBeNull()
    const payload = decoded!.data
    expect(hasValidCrc(payload)).toBe(true)
    const { body } = await admin(`/admin/orders/${orderId}?fields=id,total`)
    const fields = parseTlv(payload)
    expect(Number(fields["54"])).toBe(body.order.total)
    expect(body.order.total).toBe(second.variants[0].price * 3 + 20000)
    expect(fields["53"]).toBe("704") // VND
    // the transfer text shown is the reference inside the QR
    expect(parseTlv(fields["62"])["08"]).toBe(await page.locator("[data-transfer-text]").textContent())
  })
})
