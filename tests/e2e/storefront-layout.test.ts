/**
 * The storefront as a buyer on a phone sees it (390×844) and on a laptop (1366×900, 1280×800): the header's size,
 * what a product page and the list show before any scrolling, the filter panel with and without JavaScript, the
 * quantity buttons and sticky add-to-cart bar, and product photos as AVIF with a WebP fallback.
 * Screenshots of home, list, product, cart and a portal page at both sizes go to test-results/screenshots.
 */
import path from "node:path"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { isOcopCertificateValid, ocopExpiry, vietnamToday } from "../../commerce/src/lib/ocop"
import { DEMO_COOPERATIVES } from "../../commerce/src/scripts/demo-catalog/cooperatives"
import { DEMO_PRODUCTS } from "../../commerce/src/scripts/demo-catalog/products"
import { DEMO_COOPERATIVE_PASSWORD, DEMO_COOPERATIVE_STAFF } from "../../commerce/src/scripts/demo-catalog/staff"
import { stack } from "../support/api"
import { chromiumPath, launch, screenshotDir, skipReason } from "../support/browser"

const PHONE = { width: 390, height: 844 }
const LAPTOP = { width: 1366, height: 900 }
const active = new Set(DEMO_COOPERATIVES.filter((c) => c.status === "active").map((c) => c.handle))
const publicProducts = DEMO_PRODUCTS.filter((p) => p.status === "published" && active.has(p.cooperative_handle))
/** the stars a product shows: those of a certificate still valid today */
const stars = (p: (typeof DEMO_PRODUCTS)[number]) =>
  p.ocop && isOcopCertificateValid(ocopExpiry(new Date(p.ocop.issued_on)), vietnamToday(new Date())) ? p.ocop.stars : null
// the longest title among products with OCOP stars and a variant choice: the hardest first screen
const hardest = publicProducts
  .filter((p) => stars(p) && p.variants.length > 1 && (p.variants.find((v) => v.stock > 0)?.stock ?? 0) >= 5)
  .sort((a, b) => b.title.length - a.title.length)[0]

const box = async (page: Page, selector: string) => {
  const b = await page.locator(selector).first().boundingBox()
  if (!b) throw new Error(`${selector} is not displayed`)
  return b
}

describe.skipIf(!chromiumPath)(`the storefront's layout on a phone and a laptop ${skipReason}`, () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("keeps the phone header within 120 px and puts the buying block and two product cards on the first screen", async () => {
    const page = await browser.newPage({ viewport: PHONE, deviceScaleFactor: 2, locale: "vi-VN" })
    const errors: string[] = []
    page.on("pageerror", (e) => errors.push(e.message))
    const base = stack().storefrontUrl

    await page.goto(`${base}/`, { waitUntil: "networkidle" })
    const header = await box(page, "header.site-header")
    expect(header.height).toBeLessThanOrEqual(120)
    // the search box is there without opening anything; the menu is behind a button; the cart is an icon
    expect(await page.getByRole("combobox", { name: "Tìm sản phẩm" }).isVisible()).toBe(true)
    expect(await page.locator("header nav").isVisible()).toBe(false)
    expect(await page.locator('header a[hreflang="en"]').isVisible()).toBe(false)
    await page.getByRole("button", { name: "Mở menu" }).click()
    expect(await page.locator("header nav").isVisible()).toBe(true)
    expect(await page.locator('header a[hreflang="en"]').isVisible()).toBe(true)
    await page.keyboard.press("Escape")
    await expect.poll(() => page.locator("header nav").isVisible()).toBe(false)
    // the demo notice is one line
    const notice = await box(page, ".demo-banner")
    expect(notice.height).toBeLessThan(24)
    await page.screenshot({ path: path.join(screenshotDir, "layout-phone-home.png") })

    // product page: photo, title, price, OCOP, variants and the button before any scrolling
    await page.goto(`${base}/san-pham/${hardest.handle}`)
    expect((await box(page, "header.site-header")).height).toBeLessThanOrEqual(120)
    for (const selector of [".gallery__slide img", "main h1", "[data-price]", ".summary__ocop", ".variants", "[data-add-button]"]) {
      const b = await box(page, selector)
      expect(b.y + b.height, selector).toBeLessThanOrEqual(PHONE.height)
    }
    expect(await page.locator("main h1").textContent()).toBe(hardest.title)
    // the maker's card comes right after the buying block
    const sectionsAfter = await page.locator("main > section h2").allTextContents()
    expect(sectionsAfter[0]).toBe("Hợp tác xã sản xuất")
    await page.screenshot({ path: path.join(screenshotDir, "layout-phone-product.png") })

    // the list: at least two whole product cards on the first screen
    await page.goto(`${base}/san-pham`)
    const cards = await page.locator("main .product-card").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().bottom))
    expect(cards.filter((bottom) => bottom <= 844).length).toBeGreaterThanOrEqual(2)
    await page.screenshot({ path: path.join(screenshotDir, "layout-phone-list.png") })
    expect(errors).toEqual([])
    await page.close()
  })

  it("keeps the header on one line at 1366 and 1280 px", async () => {
    for (const viewport of [LAPTOP, { width: 1280, height: 800 }]) {
      for (const locale of ["/", "/en"]) {
        const page = await browser.newPage({ viewport })
        await page.goto(stack().storefrontUrl + locale)
        expect(await page.getByRole("button", { name: /menu/i }).isVisible()).toBe(false)
        const parts = await Promise.all([".brand", "header .search-box", "header nav", 'header a[hreflang]', "header .cart-link"].map((s) => box(page, s)))
        const brand = parts[0]
        for (const part of parts) {
          // every part sits on the brand's line: their vertical spans overlap its middle
          expect(part.y, `${viewport.width} ${locale}`).toBeLessThan(brand.y + brand.height / 2)
          expect(part.y + part.height, `${viewport.width} ${locale}`).toBeGreaterThan(brand.y + brand.height / 2)
        }
        // nothing cut: the brand shows its whole name
        expect(await page.locator(".brand").evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true)
        await page.close()
      }
    }
  })

  it("changes the quantity with − and +, shows a sticky add-to-cart bar once the button scrolls away, and adds from it", async () => {
    const page = await browser.newPage({ viewport: PHONE, deviceScaleFactor: 2, locale: "vi-VN" })
    await page.goto(`${stack().storefrontUrl}/san-pham/${hardest.handle}`)
    const quantity = page.locator("[data-quantity-input]")
    await page.getByRole("button", { name: "Thêm một" }).click()
    await page.getByRole("button", { name: "Thêm một" }).click()
    expect(await quantity.inputValue()).toBe("3")
    await page.getByRole("button", { name: "Bớt một" }).click()
    expect(await quantity.inputValue()).toBe("2")
    for (let i = 0; i < 5; i++) await page.getByRole("button", { name: "Bớt một" }).click()
    expect(await quantity.inputValue()).toBe("1")

    const sticky = page.locator("[data-sticky-buy]")
    expect(await sticky.isVisible()).toBe(false)
    // scroll until the form's own button is above the top of the screen
    await page.evaluate(() => window.scrollTo(0, document.querySelector("[data-add-button]")!.getBoundingClientRect().bottom + window.scrollY + 200))
    await expect.poll(() => sticky.isVisible()).toBe(true)
    const bar = await box(page, "[data-sticky-buy]")
    expect(bar.y + bar.height).toBeCloseTo(PHONE.height, 0)
    await page.screenshot({ path: path.join(screenshotDir, "layout-phone-sticky-bar.png") })
    await page.locator("[data-sticky-add]").click()
    // the drawer opens with the product in the cart, and the header's icon counts it
    await expect.poll(() => page.locator("[data-cart-drawer]").getAttribute("open")).not.toBeNull()
    await expect.poll(() => page.locator("[data-cart-badge]").textContent()).toBe("1")
    expect(await page.locator("[data-cart-drawer]").textContent()).toContain(hardest.title)
    await page.locator("[data-cart-close]").click()

    // the cart page, at both sizes
    await page.goto(`${stack().storefrontUrl}/gio-hang`)
    await page.screenshot({ path: path.join(screenshotDir, "layout-phone-cart.png"), fullPage: true })
    await page.setViewportSize(LAPTOP)
    await page.screenshot({ path: path.join(screenshotDir, "layout-laptop-cart.png") })
    await page.close()

    // without JavaScript: no − / + buttons, a plain number field that posts with the form
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE })
    const plain = await context.newPage()
    await plain.goto(`${stack().storefrontUrl}/san-pham/${hardest.handle}`)
    expect(await plain.getByRole("button", { name: "Thêm một" }).count()).toBe(0)
    await plain.locator("[data-quantity-input]").fill("2")
    await plain.locator("[data-add-button]").click()
    await plain.waitForURL(/\/gio-hang/)
    expect(await plain.locator("main").textContent()).toContain(hardest.title)
    await context.close()
  })

  it("filters the list at once with JavaScript, keeps the choice in the address, and Back restores the previous filters", async () => {
    const page = await browser.newPage({ viewport: PHONE, deviceScaleFactor: 2, locale: "vi-VN" })
    const errors: string[] = []
    page.on("pageerror", (e) => errors.push(e.message))
    await page.goto(`${stack().storefrontUrl}/san-pham`)
    const count = () => page.locator("[data-search-count]").getAttribute("data-search-count").then(Number)
    const titles = () => page.locator("main .product-card__title").allTextContents()
    const all = await count()
    expect(all).toBe(publicProducts.length)
    const firstTitles = await titles()

    await page.getByText("Lọc kết quả").click()
    const fiveStars = page.getByRole("checkbox", { name: /^5 sao/ })
    const expected = Number((await fiveStars.locator("xpath=..").locator(".search-filters__count").textContent())!.replace(/\D/g, ""))
    await fiveStars.check()
    // no button pressed: the list changes and the address follows
    await page.waitForURL(/stars=5/)
    await expect.poll(count).toBe(expected)
    expect(expected).toBe(publicProducts.filter((p) => stars(p) === 5).length)
    expect((await titles()).length).toBe(expected)
    // the choice is a chip that can be removed
    expect(await page.locator(".search-filters__chip").allTextContents()).toEqual([expect.stringContaining("5 sao")])

    // a price range on top
    const cheapest = Math.min(...publicProducts.filter((p) => stars(p) === 5).map((p) => Math.min(...p.variants.map((v) => v.price))))
    await page.getByLabel("Từ", { exact: true }).fill(String(cheapest + 1))
    await page.getByLabel("Từ", { exact: true }).press("Enter")
    await page.waitForURL(/min_price=/)
    await expect.poll(count).toBeLessThan(expected)
    await page.screenshot({ path: path.join(screenshotDir, "layout-phone-list-filtered.png"), fullPage: true })

    // Back: the price filter goes, then the stars
    await page.goBack()
    await expect.poll(count).toBe(expected)
    expect(new URL(page.url()).searchParams.get("min_price")).toBeNull()
    await page.goBack()
    await expect.poll(count).toBe(all)
    await expect.poll(titles).toEqual(firstTitles)

    // removing a chip is a link: stars=5 again, then the chip
    await fiveStars.check()
    await page.waitForURL(/stars=5/)
    await page.locator(".search-filters__chip").first().click()
    await page.waitForURL((url) => !url.search.includes("stars"))
    await expect.poll(count).toBe(all)
    expect(errors).toEqual([])
    await page.close()
  })

  it("filters the list with the button when JavaScript is off", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE })
    const page = await context.newPage()
    await page.goto(`${stack().storefrontUrl}/san-pham`)
    await page.locator("summary", { hasText: "Lọc kết quả" }).click()
    await page.getByRole("checkbox", { name: /^4 sao/ }).check()
    await page.getByRole("button", { name: "Lọc", exact: true }).click()
    await page.waitForURL(/stars=4/)
    const count = Number(await page.locator("[data-search-count]").getAttribute("data-search-count"))
    expect(count).toBe(publicProducts.filter((p) => stars(p) === 4).length)
    expect(await page.locator("main .product-card").count()).toBe(count)
    await context.close()
  })

  it("serves product photos as AVIF with a WebP fallback, sized for the card", async () => {
    const page = await browser.newPage({ viewport: PHONE, deviceScaleFactor: 2 })
    const avif: string[] = []
    page.on("response", (r) => r.headers()["content-type"] === "image/avif" && avif.push(r.url()))
    await page.goto(`${stack().storefrontUrl}/san-pham`)
    const picture = page.locator("main .product-card picture").first()
    expect(await picture.locator('source[type="image/avif"]').getAttribute("srcset")).toMatch(/\.avif \d+w/)
    expect(await picture.locator('source[type="image/webp"]').getAttribute("srcset")).toMatch(/\.webp \d+w/)
    expect(await picture.locator("source").first().getAttribute("sizes")).toContain("50vw")
    const img = picture.locator("img")
    expect(Number(await img.getAttribute("width"))).toBeGreaterThan(0)
    expect(Number(await img.getAttribute("height"))).toBeGreaterThan(0)
    // Chromium takes the AVIF
    await expect.poll(() => img.evaluate((i) => (i as HTMLImageElement).currentSrc)).toMatch(/\.avif$/)
    expect(avif.length).toBeGreaterThan(0)
    await page.close()
  })

  it("takes screenshots of home, list, product and a portal page on a laptop", async () => {
    const page = await browser.newPage({ viewport: LAPTOP })
    const base = stack().storefrontUrl
    for (const [name, url] of [["home", "/"], ["list", "/san-pham"], ["product", `/san-pham/${hardest.handle}`]]) {
      await page.goto(base + url, { waitUntil: "networkidle" })
      await page.screenshot({ path: path.join(screenshotDir, `layout-laptop-${name}.png`) })
    }
    // the cooperative portal, signed in: the same tokens, font and buttons
    const staff = DEMO_COOPERATIVE_STAFF[0]
    for (const [size, viewport] of [["laptop", LAPTOP], ["phone", PHONE]] as const) {
      await page.setViewportSize(viewport)
      await page.goto(`${base}/kenh-htx/dang-nhap`)
      if (new URL(page.url()).pathname === "/kenh-htx/dang-nhap") {
        await page.fill("#email", staff.email)
        await page.fill("#password", DEMO_COOPERATIVE_PASSWORD)
        await page.click("button[type=submit]")
        await page.waitForURL((url) => url.pathname !== "/kenh-htx/dang-nhap")
      }
      await page.goto(`${base}/kenh-htx/san-pham`)
      expect(await page.locator("body").evaluate((b) => getComputedStyle(b).getPropertyValue("--teal").trim())).toBe("#0b5d5a")
      await page.screenshot({ path: path.join(screenshotDir, `layout-${size}-portal.png`) })
    }
    await page.close()
  })
})
