import path from "node:path"
import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { stack } from "../support/api"
import { chromiumPath, launch, screenshotDir, skipReason } from "../support/browser"

describe.skipIf(!chromiumPath)(`a reader on a phone ${skipReason}`, () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("opens a story, follows it to the cooperative and on to a product, switches to English and back", async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 780 }, deviceScaleFactor: 2, locale: "vi-VN" })
    const errors: string[] = []
    page.on("pageerror", (e) => errors.push(e.message))
    const shot = (name: string) => page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true })

    await page.goto(stack().storefrontUrl + "/cau-chuyen")
    await page.locator("main .story-card__title a").first().click()
    await page.waitForURL(/\/cau-chuyen\/[a-z0-9-]+$/)
    const storyUrl = page.url()
    expect(await page.locator("h1").count()).toBe(1)
    // the share section works: copy link reports success or shows the link
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"])
    await page.locator("[data-share-copy]").click()
    await expect.poll(() => page.locator("[data-share-status]").textContent()).not.toBe("")
    await shot("5-story")

    await page.locator('main .story__maker a[href^="/hop-tac-xa/"]').click()
    await page.waitForURL(/\/hop-tac-xa\/[a-z0-9-]+$/)
    // the cooperative page links back to the story
    expect(await page.locator(`main a[href="${new URL(storyUrl).pathname}"]`).count()).toBeGreaterThan(0)
    await shot("6-story-cooperative")

    await page.locator("main .product-card__title a").first().click()
    await page.waitForURL(/\/san-pham\/[a-z0-9-]+$/)
    const productPath = new URL(page.url()).pathname

    // on a phone the language is in the menu
    await page.getByRole("button", { name: "Mở menu" }).click()
    await page.locator('header a[hreflang="en"]').click()
    await page.waitForURL(/\/en\/products\/[a-z0-9-]+$/)
    expect(await page.locator("html").getAttribute("lang")).toBe("en")
    expect(new URL(page.url()).pathname).toBe(productPath.replace("/san-pham/", "/en/products/"))
    await shot("7-product-english")

    await page.getByRole("button", { name: "Open the menu" }).click()
    await page.locator('header a[hreflang="vi"]').click()
    await page.waitForURL((url) => url.pathname === productPath)
    expect(await page.locator("html").getAttribute("lang")).toBe("vi")
    expect(errors).toEqual([])
  })
})
