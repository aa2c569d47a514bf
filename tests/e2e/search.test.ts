/**
 * A buyer on a phone searches without tones from the header box, picks the suggestion, narrows by
 * OCOP stars, and shares the address: the same URL opened afresh shows the same results.
 * Also: the search page without JavaScript, and the weight of its script.
 */
import path from "node:path"
import { gzipSync } from "node:zlib"
import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { stack } from "../support/api"
import { chromiumPath, launch, screenshotDir, skipReason } from "../support/browser"

describe.skipIf(!chromiumPath)(`searching on a phone ${skipReason}`, () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  const titlesOn = (page: import("playwright-core").Page) =>
    page.locator("[data-search-part=results] .product-card__title").allTextContents()

  it("types “nuoc mam” in the header box, picks a suggestion, filters by OCOP stars and shares the URL", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: "vi-VN" })
    const errors: string[] = []
    page.on("pageerror", (e) => errors.push(e.message))
    const shot = (name: string) => page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true })

    await page.goto(stack().storefrontUrl + "/hop-tac-xa")
    const box = page.getByRole("combobox", { name: "Tìm sản phẩm" })
    await box.pressSequentially("nuoc mam", { delay: 40 })
    const suggestion = page.getByRole("option", { name: "Tìm “nước mắm”" })
    await suggestion.waitFor()
    expect(await box.getAttribute("aria-expanded")).toBe("true")
    await shot("search-1-suggestions")

    // keyboard: the first suggestion is the phrase with its tones
    await box.press("ArrowDown")
    expect(await suggestion.getAttribute("aria-selected")).toBe("true")
    await box.press("Enter")
    await page.waitForURL(/\/tim-kiem\?q=/)
    expect(new URL(page.url()).searchParams.get("q")).toBe("nước mắm")
    await expect.poll(() => page.locator("h1").textContent()).toBe("Kết quả cho “nước mắm”")
    const all = await titlesOn(page)
    expect(all.length).toBeGreaterThan(2)
    expect(all[0].toLocaleLowerCase("vi")).toContain("nước mắm")
    // matched words are marked, tones and all
    expect(await page.locator("[data-search-part=results] mark").first().textContent()).toMatch(/^nước mắm$/i)

    // filters are folded away on a phone; open them and tick 4 stars
    await page.getByText("Lọc kết quả").click()
    const fourStars = page.getByRole("checkbox", { name: /^4 sao/ })
    const expected = Number((await fourStars.locator("xpath=..").locator(".search-filters__count").textContent())!.replace(/\D/g, ""))
    await fourStars.check()
    await page.waitForURL(/stars=4/)
    await expect.poll(async () => (await titlesOn(page)).length).toBe(expected)
    await expect.poll(() => page.locator("[data-search-count]").getAttribute("data-search-count")).toBe(String(expected))
    const filtered = await titlesOn(page)
    expect(filtered.length).toBeLessThan(all.length)
    await expect.poll(() => page.locator(".search-page__results").getAttribute("aria-busy")).toBe("false")
    await shot("search-2-filtered")

    // share: the URL opened in a fresh page (no history, no script state) shows the same results
    const shared = page.url()
    const other = await browser.newPage({ viewport: { width: 390, height: 844 } })
    await other.goto(shared)
    expect(await titlesOn(other)).toEqual(filtered)
    // the panel is folded on a phone (the chosen filters show as chips above the results); the box is ticked in it
    expect(await other.locator('input[type="checkbox"][name="stars"][value="4"]').isChecked()).toBe(true)
    expect(await other.locator(".search-filters__chip").allTextContents()).toEqual([expect.stringContaining("4 sao")])
    await other.close()

    // Back returns to the unfiltered search
    await page.goBack()
    await expect.poll(() => titlesOn(page)).toEqual(all)
    expect(errors).toEqual([])
    await page.close()
  })

  it("works as a plain form without JavaScript", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } })
    const page = await context.newPage()
    await page.goto(stack().storefrontUrl + "/")
    await page.getByRole("combobox", { name: "Tìm sản phẩm" }).fill("gom")
    await page.getByRole("button", { name: "Tìm", exact: true }).click()
    await page.waitForURL(/\/tim-kiem\?q=gom/)
    const titles = await titlesOn(page)
    expect(titles.length).toBeGreaterThan(0)
    expect(titles[0].toLocaleLowerCase("vi")).toContain("gốm")
    // filters apply with the visible button
    await page.locator("summary", { hasText: "Lọc kết quả" }).click()
    await page.getByRole("checkbox").first().check()
    await page.getByRole("button", { name: "Lọc", exact: true }).click()
    await page.waitForURL(/category=|stars=|area=|cooperative=|in_stock=/)
    expect((await titlesOn(page)).length).toBeGreaterThan(0)
    await context.close()
  })

  it("keeps the search page's own script small (target ≤ 15 KB gzipped on top of the page)", async () => {
    const res = await fetch(`${stack().storefrontUrl}/tim-kiem?q=gom`)
    const html = await res.text()
    const scripts = [...html.matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1])
    // the filter panel's script (components/ProductFilters.astro), shared with the product list
    const searchScript = scripts.find((s) => s.includes("form[data-live-form]"))
    expect(searchScript).toBeDefined()
    // a size budget (bytes, not time); `npm run bench` prints the figure measured in Chromium
    const gz = gzipSync(searchScript!).length
    expect(gz).toBeLessThan(15 * 1024)
    expect(html).not.toMatch(/<script[^>]+src=/)
  })
})
