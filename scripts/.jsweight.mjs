import { chromium } from "playwright-core"
import zlib from "node:zlib"
const base = process.env.BASE || "http://localhost:4321"
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] })
const page = await browser.newPage()
await page.goto(base + "/san-pham/nuoc-mam-ca-com-40-do-dam-van-phuoc-xanh")
await page.click("[data-add-button]")
await page.waitForSelector("dialog[open]")
const js = []
page.on("response", async (r) => { if (r.request().resourceType() === "script") js.push(r) })
await page.goto(base + "/dat-hang", { waitUntil: "networkidle" })
let gz = 0, raw = 0
for (const r of js) { const b = await r.body(); raw += b.length; gz += zlib.gzipSync(b).length; console.log(r.url().replace(base, ""), b.length) }
const inline = await page.evaluate(() => [...document.querySelectorAll("script:not([src])")].filter((s) => !/json/.test(s.type)).map((s) => s.textContent).join(""))
gz += zlib.gzipSync(inline).length
console.log(`checkout JS: ${(gz / 1024).toFixed(1)} KB gzipped (${raw + inline.length} B raw, inline ${inline.length} B)`)
await browser.close()
