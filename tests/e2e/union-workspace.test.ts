/**
 * A Union officer at 1366×900 in Medusa Admin, signed in over http as `npm start` serves it: the
 * registry list with its filters and count, a cooperative's record where a bad worker count is
 * refused under its field and the corrected one is saved with its history; "Đề án 01" for six
 * months and a former district, the list behind a number, the XLSX download, and an indicator
 * that moves when a cooperative's review figures are corrected.
 */
import fs from "node:fs"
import path from "node:path"
import { readSheet } from "read-excel-file/node"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { admin, stack } from "../support/api"
import { chromiumPath, launch, screenshotDir, skipReason } from "../support/browser"

async function signIn(page: Page) {
  await page.goto(`${stack().medusaUrl}/app/login`)
  await page.locator('input[name="email"]').waitFor({ timeout: 150_000 })
  await page.locator('input[name="email"]').fill("admin@cho-htx.demo")
  await page.locator('input[name="password"]').fill("demo-admin-2025")
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.startsWith("/app/login"), { timeout: 120_000 })
}

describe.skipIf(!chromiumPath)(`the Union's workspace in Admin ${skipReason}`, () => {
  let browser: Browser
  let page: Page
  beforeAll(async () => {
    browser = await launch()
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: "vi-VN" })
    await signIn(page)
  }, 300_000)
  afterAll(async () => {
    await browser?.close()
  })

  it("filters the registry and shows the count", { timeout: 180_000 }, async () => {
    await page.goto(`${stack().medusaUrl}/app/cooperatives`)
    const count = page.getByTestId("registry-count")
    await expect.poll(() => count.textContent(), { timeout: 60_000 }).toMatch(/\d+ hợp tác xã phù hợp/)
    const all = Number((await count.textContent())!.match(/[\d.]+/)![0].replace(/\./g, ""))
    await page.getByLabel("Huyện cũ").selectOption("Huyện Vạn Ninh")
    await expect.poll(async () => new URL(page.url()).searchParams.get("former_district")).toBe("Huyện Vạn Ninh")
    const api = await admin(`/admin/cooperatives?former_district=${encodeURIComponent("Huyện Vạn Ninh")}&limit=1`)
    await expect.poll(() => count.textContent(), { timeout: 30_000 }).toBe(`${api.body.count.toLocaleString("vi-VN")} hợp tác xã phù hợp`)
    expect(api.body.count).toBeLessThan(all)
    await page.screenshot({ path: path.join(screenshotDir, "union-registry-list.png"), fullPage: true })
  })

  it("refuses a bad worker count under its field, saves the fix and records it", { timeout: 180_000 }, async () => {
    const created = await admin("/admin/cooperatives", {
      method: "POST",
      body: JSON.stringify({
        name: `Tổ hợp tác Cói Ninh Ích ${Date.now().toString(36)}`,
        kind: "to_hop_tac",
        ward_code: "22498",
        former_district: "Huyện Vạn Ninh",
        members_total: 10, members_women: 9, workers_total: 8, workers_women: 7, women_stable_jobs: 5,
        management_roles: [{ role: "chair", holder_name: "Trần Thị Nga", holder_gender: "female" }],
      }),
    })
    expect(created.status).toBe(201)
    const id = created.body.cooperative.id
    await page.goto(`${stack().medusaUrl}/app/cooperatives/${id}`)
    const workers = page.locator("#f-workers_total")
    await workers.waitFor({ timeout: 60_000 })
    await workers.fill("5")
    await page.getByRole("button", { name: "Lưu hồ sơ" }).click()
    const error = page.locator('[data-field-error="f-workers_women"]')
    await expect.poll(() => error.textContent(), { timeout: 30_000 }).toBe("Số lao động nữ không được lớn hơn tổng số lao động")
    await page.screenshot({ path: path.join(screenshotDir, "union-registry-bad-count.png"), fullPage: true })
    expect((await admin(`/admin/cooperatives/${id}`)).body.cooperative.workers_total).toBe(8)

    await workers.fill("12")
    await page.getByRole("button", { name: "Lưu hồ sơ" }).click()
    await expect.poll(async () => (await admin(`/admin/cooperatives/${id}`)).body.cooperative.workers_total, { timeout: 30_000 }).toBe(12)
    await expect.poll(() => error.count()).toBe(0)
    await expect.poll(() => page.getByText("Tổng số lao động", { exact: true }).count(), { timeout: 30_000 }).toBeGreaterThan(0)
    await expect.poll(() => page.getByRole("cell", { name: "8 → 12" }).count(), { timeout: 30_000 }).toBe(1)
    await page.screenshot({ path: path.join(screenshotDir, "union-registry-saved.png"), fullPage: true })
  })

  it("Đề án 01: six months of a former district, the list behind a number, the XLSX; a corrected review moves the indicator", { timeout: 300_000 }, async () => {
    const district = "Huyện Vạn Ninh"
    const year = new Date().getFullYear()
    const query = `from=${year}-01&to=${year}-06&former_district=${encodeURIComponent(district)}`
    const fraction = async () => {
      const text = (await page.locator('[data-indicator="women_majority_workforce"] [data-fraction]').textContent()) ?? ""
      return text.match(/[\d.]+/g)?.slice(0, 2).map((x) => Number(x.replace(/\./g, ""))) ?? []
    }

    await page.goto(`${stack().medusaUrl}/app/de-an-01`)
    await page.locator("#plan-period").waitFor({ timeout: 60_000 })
    await page.locator("#plan-period").selectOption("half")
    await page.locator("#plan-year").selectOption(String(year))
    await page.locator("#plan-district").selectOption(district)
    await expect.poll(() => new URL(page.url()).searchParams.get("huyen"), { timeout: 30_000 }).toBe(district)
    const api = async () => (await admin(`/admin/plan-indicators?${query}`)).body.indicators.find((i: any) => i.id === "women_majority_workforce")
    const before = await api()
    expect(before.denominator).toBeGreaterThan(0)
    await expect.poll(fraction, { timeout: 60_000 }).toEqual([before.numerator, before.denominator])
    await page.screenshot({ path: path.join(screenshotDir, "union-plan-dashboard.png"), fullPage: true })

    // the list behind the number: the cooperatives counted
    const behind = (await admin(`/admin/plan-indicators/women_majority_workforce?${query}`)).body.entities
    const counted = behind.counted.find((e: any) => e.type === "cooperative")
    expect(counted, "a cooperative counted in the demo data").toBeDefined()
    await page.locator('[data-indicator="women_majority_workforce"]').click()
    await expect.poll(() => page.getByRole("dialog").getByText(counted.name).count(), { timeout: 30_000 }).toBeGreaterThan(0)
    await page.screenshot({ path: path.join(screenshotDir, "union-plan-drilldown.png") })
    await page.keyboard.press("Escape")

    // the XLSX download, read back
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.locator('[data-download="xlsx"]').click()])
    const file = path.join(screenshotDir, "bao-cao-de-an-01.xlsx")
    await download.saveAs(file)
    const [header, ...rows] = (await readSheet(fs.readFileSync(file), "Chỉ tiêu")) as unknown[][]
    const row = rows.find((r) => r[header.indexOf("Mã chỉ tiêu")] === "women_majority_workforce" && r[header.indexOf("Huyện/thị xã/thành phố cũ")] === district)
    expect(row?.[header.indexOf("Tử số")]).toBe(before.numerator)

    // the six-monthly review of a counted cooperative: a bad count is refused, the corrected one counts
    await page.goto(`${stack().medusaUrl}/app/cooperatives/${counted.id}`)
    await page.locator("#fig-as_of").waitFor({ timeout: 60_000 })
    await page.locator("#fig-as_of").fill(`${year}-06-30`)
    for (const [k, v] of [["members_total", "20"], ["members_women", "12"], ["workers_total", "10"], ["workers_women", "14"], ["women_stable_jobs", "3"]]) {
      await page.locator(`#fig-${k}`).fill(v)
    }
    await page.getByRole("button", { name: "Thêm số liệu" }).click()
    await expect.poll(() => page.getByText("Số lao động nữ không được lớn hơn tổng số lao động").count(), { timeout: 30_000 }).toBeGreaterThan(0)
    expect((await api()).numerator).toBe(before.numerator)
    await page.locator("#fig-workers_women").fill("4")
    await page.getByRole("button", { name: "Thêm số liệu" }).click()
    await expect.poll(async () => (await api()).numerator, { timeout: 30_000 }).toBe(before.numerator - 1)

    await page.goBack()
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 30_000 }).toMatch(/de-an-01/)
    await expect.poll(fraction, { timeout: 60_000 }).toEqual([before.numerator - 1, before.denominator])
    await page.screenshot({ path: path.join(screenshotDir, "union-plan-after-review.png"), fullPage: true })
  })
})
