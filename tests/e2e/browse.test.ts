import path from "node:path"
import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { stack } from "../support/api"
import { chromiumPath, launch, screenshotDir, skipReason } from "../support/browser"

describe.skipIf(!chromiumPath)(`a buyer on a phone ${skipReason}`, () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("walks from the home page to a product and on to the cooperative that makes it", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: "vi-VN" })
    const errors: string[] = []
    page.on("pageerror", (e) => errors.push(e.message))
    const shot = (name: string) => page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true })

    const home = await page.goto(stack().storefrontUrl + "/")
    expect(home?.status()).toBe(200)
    expect(home?.request().redirectedFrom()).toBeNull()
    await expect.poll(() => page.locator("h1").count()).toBe(1)
    await shot("1-home")

    // keyboard: the skip link is the first stop and lands on the main content
    await page.keyboard.press("Tab")
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe("Bỏ qua đến nội dung chính")

    const firstProduct = page.locator("main .product-card__title a").first()
    const productTitle = (await firstProduct.textContent())!.trim()
    await firstProduct.click()
    await page.waitForURL(/\/san-pham\/[a-z0-9-]+$/)
    await expect.poll(() => page.locator("h1").textContent()).toBe(productTitle)
    const price = page.locator("span[data-price]").first()
    expect(await price.textContent()).toMatch(/^\d{1,3}(\.\d{3})*\u00a0₫$/)

    // picking another variant shows that variant's price
    const radios = page.locator('fieldset input[type="radio"]')
    if ((await radios.count()) > 1) {
      await radios.nth(1).check()
      const label = await page.locator("fieldset label").nth(1).textContent()
      expect(label).toContain((await price.textContent())!)
    }
    await shot("2-product")

    const maker = page.locator('main a[href^="/hop-tac-xa/"]').first()
    await maker.click()
    await page.waitForURL(/\/hop-tac-xa\/[a-z0-9-]+$/)
    expect(await page.locator("main").textContent()).toContain("Phụ nữ tham gia quản lý")
    expect(await page.locator(`main a[href="${new URL(page.url()).pathname.replace("/hop-tac-xa", "/san-pham")}"]`).count()).toBe(0)
    await shot("3-cooperative")

    const images = await page.locator("img").evaluateAll((imgs) => imgs.filter((i) => !(i as HTMLImageElement).alt).length)
    expect(images).toBe(0)
    expect(errors).toEqual([])
  })

  it("shows the 404 page for a product that does not exist", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
    const res = await page.goto(stack().storefrontUrl + "/san-pham/khong-co-san-pham-nay")
    expect(res?.status()).toBe(404)
    expect(await page.locator("h1").textContent()).toContain("Không tìm thấy")
    await page.screenshot({ path: path.join(screenshotDir, "4-not-found.png") })
  })
})
