/**
 * `npm run bench`: prints figures, passes or fails nothing.
 *  - time from `npm start` to ready on an installed tree: first start (empty database:
 *    migrations + demo seed) and second start (data reused);
 *  - storefront product and listing pages at 16 concurrent connections (p50/p95, req/s), and the
 *    Medusa store API call behind a product page, uncached, for reference;
 *  - checkout through the store API at 8 concurrent buyers: complete-cart latency (p50/p95) and
 *    orders per second on carts prepared beforehand, and the whole checkout sequence per buyer;
 *  - JavaScript shipped per page (gzipped; the checkout page measured in Chromium with a cart) and
 *    Lighthouse mobile scores (Debian's Chromium);
 *  - publishing from the editor: "Xuất bản" to live for a new story, an edit, two in a row
 *    (`BENCH_ONLY=publish npm run bench` runs just this);
 *  - spreadsheet import of BENCH_IMPORT_PRODUCTS products (default 2,000): dry run, import, and a
 *    second import of the same file (0 changes). `BENCH_ONLY=import npm run bench` runs just this.
 *  - the plan's indicators API and the year report export on 2,000 cooperatives × 36 months of
 *    figures and ~5,000 people (`BENCH_ONLY=indicators npm run bench` runs just this).
 *  - page weight (JS, images) and Lighthouse alone: `BENCH_ONLY=pages npm run bench`.
 * Runs on its own ports with its own data folder (.data/bench), so it never touches demo data.
 */
import { spawn, type ChildProcess } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import os from "node:os"
import zlib from "node:zlib"
import autocannon from "autocannon"
import { adminLogin, completeCart, createStockedProduct, inPool, prepareCart, storeCall, type StoreApi } from "./lib/checkout.ts"
import { searchBench } from "./lib/bench-search.ts"
import { indicatorsBench } from "./lib/bench-indicators.ts"
import { dataDir as defaultDataDir, repoRoot } from "./lib/env.ts"
import { commerceEnv } from "./lib/stack.ts"
import { loadOrCreateSecrets, loadOrCreateServiceSecret } from "./lib/secrets.ts"
import { MEILISEARCH_KEY_NAME, meilisearchAdminKey } from "./lib/search-engine.ts"
import { adminToken, sendProductImport } from "./lib/product-import-client.ts"
import { publishBench } from "./lib/bench-publish.ts"
import { execFileSync } from "node:child_process"

const ports = {
  medusa: Number(process.env.BENCH_MEDUSA_PORT || 9300),
  storefront: Number(process.env.BENCH_STOREFRONT_PORT || 4600),
  postgres: Number(process.env.BENCH_POSTGRES_PORT || 5700),
  meilisearch: Number(process.env.BENCH_MEILISEARCH_PORT || 7703),
}
const benchData = path.join(defaultDataDir, "bench")
const storefront = `http://localhost:${ports.storefront}`
const medusaUrl = `http://localhost:${ports.medusa}`
const seconds = Number(process.env.BENCH_SECONDS || 10)
const checkoutOrders = Number(process.env.BENCH_ORDERS || 200)
const checkoutBuyers = 8
const results: Record<string, unknown> = { date: new Date().toISOString(), machine: `${(await import("node:os")).cpus().length} cores` }

// ---- photo processing (cooperative portal) — alone with `BENCH_ONLY=photos npm run bench` ----
/**
 * Time for commerce/src/lib/photos.ts to turn one 12-megapixel phone photo (4032×3024 JPEG,
 * stored sideways with EXIF orientation 6, textured so the encoders have work to do) into AVIF and
 * WebP at 480/960/1600 px — what a cooperative waits for after tapping "Tải ảnh lên". Target ≤ 1.5 s.
 */
async function photoProcessing(runs = Number(process.env.BENCH_PHOTO_RUNS || 5)) {
  const sharp = (await import("sharp")).default
  const { processPhoto } = await import("../commerce/src/lib/photos.ts")
  const texture = await sharp({ create: { width: 1008, height: 756, channels: 3, background: "#808080", noise: { type: "gaussian", mean: 128, sigma: 40 } } })
    .blur(1.2)
    .png()
    .toBuffer()
  const photo = await sharp(texture).resize(4032, 3024, { kernel: "cubic" }).modulate({ saturation: 1.4 }).jpeg({ quality: 90 }).withMetadata({ orientation: 6 }).toBuffer()
  await processPhoto(photo) // warm-up: loads libvips' codecs
  const times: number[] = []
  let outputBytes = 0
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    const out = await processPhoto(photo)
    times.push(performance.now() - t)
    outputBytes = out.variants.reduce((sum, v) => sum + v.content.length, 0)
  }
  times.sort((a, b) => a - b)
  const figures = {
    inputMegapixels: 12.2,
    inputBytes: photo.length,
    outputs: "avif+webp × 480/960/1600 px",
    outputBytes,
    runs,
    p50ms: Math.round(times[Math.floor(times.length / 2)]),
    maxms: Math.round(times[times.length - 1]),
    targetms: 1500,
  }
  results.photoProcessing = figures
  console.log(`Photo processing, 12 MP phone JPEG (${(photo.length / 1024 / 1024).toFixed(1)} MB) → AVIF + WebP at 3 widths (${(outputBytes / 1024).toFixed(0)} KB), ${runs} runs:`)
  console.log(`  p50 ${figures.p50ms} ms   max ${figures.maxms} ms   (target ≤ 1500 ms)`)
}

if (process.env.BENCH_ONLY === "photos") {
  await photoProcessing()
  fs.mkdirSync(path.join(repoRoot, "bench-results"), { recursive: true })
  fs.writeFileSync(path.join(repoRoot, "bench-results", "photos.json"), JSON.stringify(results, null, 2))
  console.log("\nSaved bench-results/photos.json")
  process.exit(0)
}

/** The bench publishes stories: into a copy of content/ (its own git repository), never into the repository's. */
const benchContent = path.join(benchData, "content")
function prepareBenchContent() {
  if (fs.existsSync(benchContent)) return
  fs.cpSync(path.join(repoRoot, "content"), benchContent, { recursive: true })
  const git = (...args: string[]) => execFileSync("git", args, { cwd: benchContent, stdio: "ignore" })
  git("init", "-q")
  git("add", "-A")
  git("-c", "user.name=Bench", "-c", "user.email=bench@example.vn", "commit", "-qm", "content at the start of the bench")
}

const benchPublish = () =>
  publishBench({ storefrontUrl: storefront, cooperative: "htx-nuoc-mam-van-phuoc-xanh-demo", product: "nuoc-mam-ca-com-40-do-dam-van-phuoc-xanh" }).then((r) => {
    results.publish = r
  })

function startShop(): Promise<{ child: ChildProcess; ms: number; output: string }> {
  const t0 = performance.now()
  prepareBenchContent()
  const child = spawn(process.execPath, [path.join(repoRoot, "scripts", "start.ts")], {
    cwd: repoRoot,
    env: {
      ...process.env,
      DATA_DIR: benchData,
      MEDUSA_PORT: String(ports.medusa),
      PORT: String(ports.storefront),
      EMBEDDED_POSTGRES_PORT: String(ports.postgres),
      MEILISEARCH_PORT: String(ports.meilisearch),
      STOREFRONT_URL: storefront,
      CONTENT_DIR: benchContent,
    },
    stdio: ["ignore", "pipe", "pipe"],
  })
  let output = ""
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes("sẵn sàng")) resolve({ child, ms: performance.now() - t0, output })
    }
    child.stdout!.on("data", onData)
    child.stderr!.on("data", onData)
    child.once("exit", (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)))
  })
}

async function stopShop(child: ChildProcess) {
  if (child.exitCode !== null) return
  const exited = new Promise((r) => child.once("exit", r))
  child.kill("SIGINT")
  await exited
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[i]
}

async function load(name: string, url: string, headers: Record<string, string> = {}) {
  // warm-up, not counted
  await autocannon({ url, connections: 16, duration: 2, headers })
  const times: number[] = []
  const result = await autocannon({
    url,
    connections: 16,
    duration: seconds,
    headers,
    setupClient: (client: { on(event: "response", fn: (status: number, bytes: number, ms: number) => void): void }) =>
      client.on("response", (_s, _b, ms) => times.push(ms)),
  } as autocannon.Options)
  times.sort((a, b) => a - b)
  const figures = {
    requests: result.requests.total,
    reqPerSec: Math.round(result.requests.total / seconds),
    p50ms: +percentile(times, 50).toFixed(1),
    p95ms: +percentile(times, 95).toFixed(1),
    non2xx: result.non2xx,
    errors: result.errors,
  }
  results[name] = figures
  console.log(`  ${name.padEnd(34)} ${String(figures.reqPerSec).padStart(6)} req/s   p50 ${String(figures.p50ms).padStart(6)} ms   p95 ${String(figures.p95ms).padStart(6)} ms   non-2xx ${figures.non2xx}  errors ${figures.errors}`)
}

/** The checkout needs a cart: add the product from its page, then count every script the checkout page runs. */
async function checkoutJavascript(productPath: string) {
  const { chromium } = await import("playwright-core")
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", args: ["--headless", "--no-sandbox"] })
  try {
    const page = await browser.newPage()
    await page.goto(storefront + productPath)
    await page.click("[data-add-button]")
    await page.waitForSelector("dialog[open]")
    const scripts: import("playwright-core").Response[] = []
    page.on("response", (r) => r.request().resourceType() === "script" && scripts.push(r))
    await page.goto(storefront + "/dat-hang", { waitUntil: "networkidle" })
    let raw = 0
    let gz = 0
    for (const r of scripts) {
      const body = await r.body()
      raw += body.length
      gz += zlib.gzipSync(body).length
    }
    const inline = await page.evaluate(() => [...document.querySelectorAll("script:not([src])")].filter((s) => !/json/.test((s as HTMLScriptElement).type)).map((s) => s.textContent ?? "").join("\n"))
    return { files: scripts.length, jsBytes: raw + Buffer.byteLength(inline), jsGzipBytes: gz + zlib.gzipSync(inline).length }
  } finally {
    await browser.close()
  }
}

async function javascriptBytes(pagePath: string) {
  const res = await fetch(storefront + pagePath, { redirect: "manual" })
  const html = await res.text()
  let raw = 0
  let gz = 0
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\bsrc="([^"]+)"/.exec(m[1])?.[1]
    const code = src ? await (await fetch(new URL(src, storefront))).text() : m[2]
    if (/type="application\/(ld\+)?json"/.test(m[1])) continue
    raw += Buffer.byteLength(code)
    gz += zlib.gzipSync(code).length
  }
  return { status: res.status, redirect: res.headers.get("location"), jsBytes: raw, jsGzipBytes: gz, htmlGzipBytes: zlib.gzipSync(html).length }
}

/** The candidate a 2× phone 360 px wide would pick from a srcset for a slot `slotPx` wide. */
function pick(srcset: string, slotPx: number): string {
  const candidates = srcset.split(",").map((c) => c.trim().split(/\s+/)).map(([url, w]) => ({ url, w: parseInt(w, 10) }))
  candidates.sort((a, b) => a.w - b.w)
  return (candidates.find((c) => c.w >= slotPx * 2) ?? candidates[candidates.length - 1]).url
}

async function imageBytes(listingPath: string, storyPath: string) {
  const size = async (url: string) => (await (await fetch(new URL(url, storefront))).arrayBuffer()).byteLength
  // Product cards sit two to a row on a phone: (360 − 2×16 margin − 12 gap) / 2 ≈ 158 px.
  const listing = await (await fetch(storefront + listingPath)).text()
  // The first card's <picture>: AVIF and WebP (the browser takes AVIF where it can), or its one file.
  const cardHtml = /class="product-card__media"[\s\S]*?<\/a>/.exec(listing)?.[0] ?? ""
  const sources = [...cardHtml.matchAll(/<source\b[^>]*>/g)].map((m) => ({
    type: /type="image\/(\w+)"/.exec(m[0])?.[1],
    srcset: /srcset="([^"]+)"/.exec(m[0])?.[1],
  }))
  for (const type of ["avif", "webp"]) {
    const srcset = sources.find((s) => s.type === type)?.srcset
    if (!srcset) continue
    const url = pick(srcset, 158)
    const bytes = await size(url)
    results[`image product card ${type}`] = { url, bytes }
    console.log(`  product card (${type.toUpperCase()}, ≈158 px slot at 2×)                ${(bytes / 1024).toFixed(1)} KB`)
  }
  const card = sources.length ? null : /<img[^>]+src="([^"]+)"/.exec(cardHtml)?.[1]
  if (card) {
    const bytes = await size(card)
    results["image product card"] = { url: card, bytes }
    console.log(`  product card (one file, no <picture>)                  ${(bytes / 1024).toFixed(1)} KB`)
  }
  const story = await (await fetch(storefront + storyPath)).text()
  const picture = /<picture[\s\S]*?<\/picture>/.exec(story)?.[0] ?? ""
  for (const type of ["avif", "webp"]) {
    const srcset = new RegExp(`<source srcset="([^"]+)" type="image/${type}"`).exec(picture)?.[1]
    if (!srcset) continue
    const url = pick(srcset, 360)
    const bytes = await size(url)
    results[`image story cover ${type}`] = { url, bytes }
    console.log(`  story cover (${type.toUpperCase()}, full width)                       ${(bytes / 1024).toFixed(1)} KB`)
  }
}

/** Share of both cores busy over `ms`, from /proc/stat (null where there is none). */
async function cpuBusy(ms = 1000): Promise<number | null> {
  const sample = () => {
    if (!fs.existsSync("/proc/stat")) return null
    const [, ...fields] = fs.readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/)
    const n = fields.map(Number)
    const idle = n[3] + (n[4] ?? 0)
    return { idle, total: n.reduce((a, b) => a + b, 0) }
  }
  const a = sample()
  await new Promise((r) => setTimeout(r, ms))
  const b = sample()
  if (!a || !b || b.total === a.total) return null
  return 1 - (b.idle - a.idle) / (b.total - a.total)
}

/**
 * Waits until the machine is quiet — under 15 % busy for 3 seconds in a row, at most 60 one-second samples — so a
 * Lighthouse run measures the page, not a Medusa that has just started (for a minute after start it works at 25–70 %
 * of a core) or the Chromium of the previous run shutting down. Returns the last sample and the seconds waited.
 */
async function settle(): Promise<{ busy: number | null; waited: number }> {
  let quiet = 0
  let busy: number | null = null
  for (let waited = 1; waited <= 60; waited++) {
    busy = await cpuBusy()
    if (busy === null) return { busy, waited }
    quiet = busy < 0.15 ? quiet + 1 : 0
    if (quiet === 3) return { busy, waited }
  }
  return { busy, waited: 60 }
}

/**
 * Lighthouse's mobile audit of each page, `BENCH_LIGHTHOUSE_RUNS` times (default 3) in a fresh Chromium each:
 * one run's performance score moves by 10 points or more with the machine's other work (its total blocking time
 * is the main thread's observed tasks ×4), so the figure kept is the median run (by performance score), as
 * Lighthouse's documentation on variability advises, and every run's score is printed beside it. Each run starts on
 * a quiet machine (`settle`); the busiest start is printed with the figures.
 */
async function lighthouseScores(urls: Record<string, string>) {
  const chromiumPath = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => fs.existsSync(p))
  if (!chromiumPath) {
    console.log("  Lighthouse: SKIPPED — no Chromium (apt-get install -y chromium)")
    return
  }
  const { default: lighthouse } = await import("lighthouse")
  const chromeLauncher = await import("chrome-launcher")
  const runs = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS || 3))
  const audit = async (url: string) => {
    const chrome = await chromeLauncher.launch({
      chromePath: chromiumPath,
      chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    })
    try {
      const run = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility", "best-practices", "seo"] })
      // a run Lighthouse could not finish (its runtimeError) is reported, not counted as a score of 0
      if (run!.lhr.runtimeError) return { error: `${run!.lhr.runtimeError.code}: ${run!.lhr.runtimeError.message}` }
      const c = run!.lhr.categories
      const score = (k: string) => Math.round((c[k]?.score ?? 0) * 100)
      // the simulated timings behind the performance score, to see which one costs points
      const value = (id: string) => run!.lhr.audits[id]?.numericValue ?? NaN
      return {
        performance: score("performance"), accessibility: score("accessibility"), bestPractices: score("best-practices"), seo: score("seo"),
        fcpMs: Math.round(value("first-contentful-paint")), lcpMs: Math.round(value("largest-contentful-paint")), tbtMs: Math.round(value("total-blocking-time")),
        cls: +value("cumulative-layout-shift").toFixed(3), speedIndexMs: Math.round(value("speed-index")),
      }
    } finally {
      chrome.kill()
    }
  }
  type Audit = Exclude<Awaited<ReturnType<typeof audit>>, { error: string }>
  for (const [name, url] of Object.entries(urls)) {
    const all: Audit[] = []
    const starts: { busy: number | null; waited: number }[] = []
    for (let i = 0; i < runs; i++) {
      starts.push(await settle())
      const run = await audit(url)
      if ("error" in run) console.log(`  ${name.padEnd(10)} a run failed — ${run.error}`)
      else all.push(run)
    }
    if (!all.length) continue
    const median = [...all].sort((a, b) => a.performance - b.performance)[Math.floor((all.length - 1) / 2)]
    const load = +os.loadavg()[0].toFixed(1)
    const busiestStart = Math.round(Math.max(...starts.map((s) => s.busy ?? 0)) * 100)
    const waited = starts.reduce((sum, s) => sum + s.waited, 0)
    results[`lighthouse ${name}`] = { ...median, runs: all.map((r) => r.performance), load, busiestStartPercent: busiestStart, settleSeconds: waited }
    console.log(`  ${name.padEnd(10)} performance ${median.performance} (runs ${all.map((r) => r.performance).join(", ")})  accessibility ${median.accessibility}  best practices ${median.bestPractices}  SEO ${median.seo}`)
    console.log(`  ${"".padEnd(10)} median run: FCP ${median.fcpMs} ms  LCP ${median.lcpMs} ms  TBT ${median.tbtMs} ms  CLS ${median.cls}  Speed Index ${median.speedIndexMs} ms   (load ${load}; runs started at ≤ ${busiestStart} % CPU after ${waited} s of waiting)`)
  }
}

const ms = (v: number) => String(v.toFixed(0)).padStart(5)
function spread(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b)
  return { p50ms: +percentile(sorted, 50).toFixed(1), p95ms: +percentile(sorted, 95).toFixed(1), maxms: +(sorted[sorted.length - 1] ?? NaN).toFixed(1) }
}

/**
 * Checkout at `checkoutBuyers` concurrent buyers, cash on delivery, one product with plenty of
 * stock (all buyers reserve the same inventory item: the busiest case for Medusa's stock lock).
 *  1. full sequence per buyer: create cart with the item → address → shipping options → shipping
 *     method → payment collection → COD session → complete, timed as a whole;
 *  2. complete-cart alone: `checkoutOrders` carts prepared beforehand, then only
 *     POST /store/carts/:id/complete is timed; orders per second = orders / wall time. Once with
 *     Medusa's default order fields in the answer, once with ?fields=id,display_id,total.
 */
async function checkout(api: StoreApi, regionId: string) {
  const admin = await adminLogin(medusaUrl)
  const product = await createStockedProduct(admin, { title: "Sản phẩm đo tải (bench)", handle: `bench-checkout-${Date.now().toString(36)}`, stock: 1_000_000 })
  const plan = (i: number) => ({ regionId, items: [{ variant_id: product.variantId, quantity: 1 }], email: `bench${i}@example.vn` })
  const place = async (i: number) => {
    const t = performance.now()
    const { cartId, stepsMs } = await prepareCart(api, plan(i))
    const t1 = performance.now()
    const res = await completeCart(api, cartId)
    if (res.body?.type !== "order") throw new Error(`checkout ${i}: HTTP ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`)
    return { totalMs: performance.now() - t, completeMs: performance.now() - t1, stepsMs }
  }
  // warm-up, not counted
  await inPool(Array.from({ length: checkoutBuyers * 2 }, (_, i) => i), checkoutBuyers, (i) => place(-1 - i))

  const sequences = await inPool(Array.from({ length: Math.max(checkoutBuyers * 5, Math.round(checkoutOrders / 5)) }, (_, i) => i), checkoutBuyers, (i) => place(i))
  const full = spread(sequences.map((s) => s.totalMs))
  const steps = Object.fromEntries(Object.keys(sequences[0].stepsMs).map((k) => [k, spread(sequences.map((s) => s.stepsMs[k])).p50ms]))
  results["checkout full sequence"] = { buyers: checkoutBuyers, checkouts: sequences.length, ...full, stepP50ms: { ...steps, complete: spread(sequences.map((s) => s.completeMs)).p50ms } }
  console.log(`  full checkout per buyer (7 calls)   ${sequences.length} buyers   p50 ${ms(full.p50ms)} ms   p95 ${ms(full.p95ms)} ms   max ${ms(full.maxms)} ms`)
  console.log(`    p50 per step: ${Object.entries((results["checkout full sequence"] as { stepP50ms: Record<string, number> }).stepP50ms).map(([k, v]) => `${k} ${v.toFixed(0)} ms`).join(", ")}`)

  // Medusa's default order fields in the answer (what the JS SDK asks for), then only the fields a
  // storefront needs to show "đặt hàng thành công #1024" and redirect.
  const runs = [
    ["checkout complete-cart", "", checkoutBuyers, checkoutOrders],
    ["checkout complete-cart, fields=id,display_id,total", "?fields=id,display_id,total", checkoutBuyers, checkoutOrders],
    // for reference: one buyer at a time, nobody queueing
    ["checkout complete-cart, 1 buyer", "", 1, 20],
  ] as const
  for (const [run, [name, query, buyers, count]] of runs.entries()) {
    const carts = await inPool(Array.from({ length: count }, (_, i) => i), checkoutBuyers, async (i) => (await prepareCart(api, plan((run + 1) * 100_000 + i))).cartId)
    const times: number[] = []
    let failures = 0
    const t0 = performance.now()
    await inPool(carts, buyers, async (cartId) => {
      const t = performance.now()
      const res = await storeCall(api, `/store/carts/${cartId}/complete${query}`, { method: "POST" })
      times.push(performance.now() - t)
      if (res.body?.type !== "order") failures++
    })
    const wall = (performance.now() - t0) / 1000
    const complete = spread(times)
    const orders = times.length - failures
    const ordersPerSec = +(orders / wall).toFixed(1)
    results[name] = { buyers, orders, failures, ...complete, ordersPerSec, seconds: +wall.toFixed(1) }
    const label = `${query ? `POST …/complete${query}` : "POST /store/carts/:id/complete"}${buyers === 1 ? ", 1 buyer" : ""}`
    console.log(`  ${label.padEnd(36)} ${String(orders).padStart(3)} orders   p50 ${ms(complete.p50ms)} ms   p95 ${ms(complete.p95ms)} ms   max ${ms(complete.maxms)} ms   ${ordersPerSec} orders/s   failures ${failures}`)
  }
}

/** The bench shop's Medusa environment, with the search engine its `npm start` chose (the banner says which). */
const benchCommerceEnv = async (startOutput: string) => {
  const meilisearch = /Tìm kiếm \/ Search\s+Meilisearch/.test(startOutput)
  const host = `http://127.0.0.1:${ports.meilisearch}`
  const search: Record<string, string> = meilisearch
    ? { SEARCH_ENGINE: "meilisearch", MEILISEARCH_HOST: host, MEILISEARCH_API_KEY: await meilisearchAdminKey(host, loadOrCreateServiceSecret(benchData, MEILISEARCH_KEY_NAME)) }
    : { SEARCH_ENGINE: "postgres" }
  return commerceEnv({
    databaseUrl: `postgres://medusa:medusa@127.0.0.1:${ports.postgres}/cho_htx`,
    medusaPort: ports.medusa,
    storefrontUrl: storefront,
    uploadDir: path.join(benchData, "uploads"),
    secrets: loadOrCreateSecrets(benchData),
    extra: search,
  })
}
const meilisearchDbPath = path.join(benchData, "meilisearch", "data.ms")

// ---- product search alone: `BENCH_ONLY=search npm run bench` ----
if (process.env.BENCH_ONLY === "search") {
  fs.rmSync(benchData, { recursive: true, force: true })
  const shop = await startShop()
  try {
    console.log("Product search through the store API (GET /store/product-search):")
    const key = /pk_[0-9a-f]+/.exec(shop.output)![0]
    results.search = await searchBench({ medusaUrl, storefrontUrl: storefront, publishableKey: key, commerceEnv: await benchCommerceEnv(shop.output), meilisearchDbPath })
  } finally {
    await stopShop(shop.child)
    fs.rmSync(benchData, { recursive: true, force: true })
  }
  fs.mkdirSync(path.join(repoRoot, "bench-results"), { recursive: true })
  fs.writeFileSync(path.join(repoRoot, "bench-results", "search.json"), JSON.stringify(results, null, 2))
  console.log("\nSaved bench-results/search.json")
  process.exit(0)
}

// ---- the plan's indicators alone: `BENCH_ONLY=indicators npm run bench` ----
if (process.env.BENCH_ONLY === "indicators") {
  fs.rmSync(benchData, { recursive: true, force: true })
  const shop = await startShop()
  try {
    console.log("Plan indicators (admin API, one request at a time) on a province-sized registry:")
    results.indicators = await indicatorsBench({ medusaUrl, commerceEnv: await benchCommerceEnv(shop.output) })
  } finally {
    await stopShop(shop.child)
    fs.rmSync(benchData, { recursive: true, force: true })
  }
  fs.mkdirSync(path.join(repoRoot, "bench-results"), { recursive: true })
  fs.writeFileSync(path.join(repoRoot, "bench-results", "indicators.json"), JSON.stringify(results, null, 2))
  console.log("\nSaved bench-results/indicators.json")
  process.exit(0)
}

/**
 * Spreadsheet import: a generated CSV of `count` products (one variant each, every fifth with
 * OCOP 4★) for a demo cooperative, sent to the admin route as `npm run import` does.
 */
async function importBenchmark(count = Number(process.env.BENCH_IMPORT_PRODUCTS || 2000)) {
  const dir = fs.mkdtempSync(path.join((await import("node:os")).tmpdir(), "bench-import-"))
  const file = path.join(dir, "products.csv")
  const lines = ["Mã sản phẩm,Tên sản phẩm,Mô tả,Danh mục,Loại,SKU,Giá (đồng),Tồn kho,Hạng OCOP (sao),Số giấy chứng nhận OCOP,Ngày công nhận OCOP"]
  for (let i = 1; i <= count; i++) {
    const ocop = i % 5 === 0 ? `4,OCOP-KH-BENCH-${i},01/06/2024` : ",,"
    lines.push(`bench-nhap-${i},Sản phẩm nhập thử số ${i},Mô tả sản phẩm số ${i} của hợp tác xã,Đặc sản chế biến,Gói 500 g,BENCH-${i},${50_000 + i},${i % 100},${ocop}`)
  }
  fs.writeFileSync(file, lines.join("\n") + "\n")
  const kb = (fs.statSync(file).size / 1024).toFixed(0)
  const token = await adminToken(medusaUrl, "admin@cho-htx.demo", "demo-admin-2025")
  const run = async (dryRun: boolean) => {
    const t = performance.now()
    const { report } = await sendProductImport({ medusaUrl, token, file, cooperative: "htx-nem-chua-que-huong-ninh-hoa-demo", imagesDir: dir, dryRun })
    if (!report.ok) throw new Error(`import benchmark: ${report.message} ${JSON.stringify(report.errors.slice(0, 3))}`)
    return { seconds: +((performance.now() - t) / 1000).toFixed(1), ...report.summary }
  }
  const figures = { products: count, dryRun: await run(true), import: await run(false), reimport: await run(false) }
  fs.rmSync(dir, { recursive: true, force: true })
  results[`import ${count} products`] = figures
  console.log(`  ${count} products (CSV, ${kb} KB): dry run ${figures.dryRun.seconds} s   import ${figures.import.seconds} s (${figures.import.created} created)   same file again ${figures.reimport.seconds} s (${figures.reimport.unchanged} unchanged)`)
}

if (process.env.BENCH_ONLY === "publish") {
  fs.rmSync(benchData, { recursive: true, force: true })
  const shop = await startShop()
  try {
    console.log("Publishing from the editor (/bien-tap), background rebuild and switch, no restart:")
    await benchPublish()
  } finally {
    await stopShop(shop.child)
    fs.rmSync(benchData, { recursive: true, force: true })
  }
  const out = path.join(repoRoot, "bench-results", "publish.json")
  fs.mkdirSync(path.dirname(out), { recursive: true })
  fs.writeFileSync(out, JSON.stringify(results, null, 2))
  console.log(`\nSaved to ${path.relative(repoRoot, out)}`)
  process.exit(0)
}

if (process.env.BENCH_ONLY === "import") {
  // Just the import section, on a fresh bench database; its figures are merged into the results file.
  fs.rmSync(benchData, { recursive: true, force: true })
  const shop = await startShop()
  try {
    console.log("Spreadsheet import (admin API, one Medusa process):")
    await importBenchmark()
  } finally {
    await stopShop(shop.child)
    fs.rmSync(benchData, { recursive: true, force: true })
  }
  const out = path.join(repoRoot, "bench-results", "foundation.json")
  fs.mkdirSync(path.dirname(out), { recursive: true })
  const previous = fs.existsSync(out) ? JSON.parse(fs.readFileSync(out, "utf8")) : {}
  const { date: _date, machine: _machine, ...mine } = results
  fs.writeFileSync(out, JSON.stringify({ ...previous, ...mine }, null, 2))
  console.log(`\nSaved to ${path.relative(repoRoot, out)}`)
  process.exit(0)
}

// ---- what a phone downloads and Lighthouse's scores alone: `BENCH_ONLY=pages npm run bench` ----
/** The pages measured: home, the list, the newest product, the first story. */
async function benchPages(publishableKey: string) {
  const listing = await (await fetch(`${medusaUrl}/store/products?limit=1&fields=handle&order=-created_at`, { headers: { "x-publishable-api-key": publishableKey } })).json()
  const productHandle = (listing as { products: { handle: string }[] }).products[0].handle
  const storyPath = /href="(\/cau-chuyen\/[a-z0-9-]+)"/.exec(await (await fetch(storefront + "/cau-chuyen")).text())?.[1] ?? "/cau-chuyen"
  return { home: "/", listing: "/san-pham", product: `/san-pham/${productHandle}`, story: storyPath }
}

async function pageWeightAndScores(pages: Awaited<ReturnType<typeof benchPages>>) {
  console.log("JavaScript shipped per page (first visit, no cookies):")
  for (const [name, p] of Object.entries(pages)) {
    const r = await javascriptBytes(p)
    results[`js ${name}`] = r
    console.log(`  ${name.padEnd(10)} status ${r.status}${r.redirect ? ` → ${r.redirect}` : " (no redirect)"}   JS ${(r.jsGzipBytes / 1024).toFixed(1)} KB gzipped (${r.jsBytes} B raw)   HTML ${(r.htmlGzipBytes / 1024).toFixed(1)} KB gzipped`)
  }
  console.log("\nImage bytes for a 360 px wide phone at 2× density (720 px wanted for full width):")
  await imageBytes(pages.listing, pages.story)
  console.log("\nLighthouse, mobile (simulated slow 4G, mid-range phone):")
  await lighthouseScores(Object.fromEntries(Object.entries(pages).map(([k, v]) => [k, storefront + v])))
}

if (process.env.BENCH_ONLY === "pages") {
  fs.rmSync(benchData, { recursive: true, force: true })
  const shop = await startShop()
  try {
    await pageWeightAndScores(await benchPages(/pk_[0-9a-f]+/.exec(shop.output)![0]))
  } finally {
    await stopShop(shop.child)
    fs.rmSync(benchData, { recursive: true, force: true })
  }
  fs.mkdirSync(path.join(repoRoot, "bench-results"), { recursive: true })
  fs.writeFileSync(path.join(repoRoot, "bench-results", "pages.json"), JSON.stringify(results, null, 2))
  console.log("\nSaved bench-results/pages.json")
  process.exit(0)
}

console.log(`Benchmarks (figures only; ${results.machine}, ${seconds} s per load test, 16 connections)\n`)
fs.rmSync(benchData, { recursive: true, force: true })

console.log("Start-up (`npm start` to ready, installed and built tree):")
const first = await startShop()
console.log(`  first start, empty database (migrate + seed)  ${(first.ms / 1000).toFixed(1)} s`)
await stopShop(first.child)
const second = await startShop()
console.log(`  second start, data kept                        ${(second.ms / 1000).toFixed(1)} s`)
results.startFirstSeconds = +(first.ms / 1000).toFixed(1)
results.startSecondSeconds = +(second.ms / 1000).toFixed(1)
const publishableKey = /pk_[0-9a-f]+/.exec(second.output)![0]

try {
  const pages = await benchPages(publishableKey)

  console.log("\nStorefront under load (CATALOG_CACHE_SECONDS default 5 s):")
  await load("product page", storefront + pages.product)
  await load("listing page", storefront + pages.listing)
  await load("listing page, sorted by price", storefront + "/san-pham?sap-xep=price_asc")
  console.log("Behind the page, uncached:")
  const region = (await (await fetch(`${medusaUrl}/store/regions`, { headers: { "x-publishable-api-key": publishableKey } })).json()) as { regions: { id: string }[] }
  await load(
    "Medusa GET /store/products?handle=…",
    `${medusaUrl}/store/products?handle=${pages.product.split("/").pop()}&region_id=${region.regions[0].id}&fields=id,handle,title,*variants.calculated_price,variants.inventory_quantity,variants.manage_inventory,cooperative.handle,*product_provenance`,
    { "x-publishable-api-key": publishableKey }
  )

  console.log(`\nCheckout through the store API (${checkoutBuyers} concurrent buyers, cash on delivery, carts prepared before timing complete):`)
  await checkout({ medusaUrl, publishableKey }, region.regions[0].id)

  console.log("\nCheckout page in Chromium (every script it loads, island chunks included; Stripe.js loads only if the buyer picks a card):")
  const checkoutJs = await checkoutJavascript(pages.product)
  results["js checkout"] = checkoutJs
  console.log(`  checkout   JS ${(checkoutJs.jsGzipBytes / 1024).toFixed(1)} KB gzipped (${checkoutJs.jsBytes} B raw, ${checkoutJs.files} files + inline)`)

  console.log()
  await photoProcessing()

  console.log("\nPublishing from the editor (/bien-tap), background rebuild and switch, no restart:")
  await benchPublish()

  console.log()
  await pageWeightAndScores(pages)

  console.log("\nSpreadsheet import (admin API, one Medusa process):")
  await importBenchmark()

  console.log("\nPlan indicators (admin API, one request at a time) on a province-sized registry:")
  results.indicators = await indicatorsBench({ medusaUrl, commerceEnv: await benchCommerceEnv(second.output) })

  // Last: it adds 20,000 generated products to the bench database (wiped afterwards).
  console.log("\nProduct search through the store API (GET /store/product-search):")
  results.search = await searchBench({
    medusaUrl,
    storefrontUrl: storefront,
    publishableKey,
    commerceEnv: await benchCommerceEnv(second.output),
    meilisearchDbPath,
  })
} finally {
  await stopShop(second.child)
  fs.rmSync(benchData, { recursive: true, force: true })
}

fs.mkdirSync(path.join(repoRoot, "bench-results"), { recursive: true })
fs.writeFileSync(path.join(repoRoot, "bench-results", "foundation.json"), JSON.stringify(results, null, 2))
console.log("\nSaved bench-results/foundation.json")
