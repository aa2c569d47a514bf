/**
 * `npm run bench`: prints figures, passes or fails nothing.
 *  - time from `npm start` to ready on an installed tree: first start (empty database:
 *    migrations + demo seed) and second start (data reused);
 *  - storefront product and listing pages at 16 concurrent connections (p50/p95, req/s), and the
 *    Medusa store API call behind a product page, uncached, for reference;
 *  - JavaScript shipped per page (gzipped) and Lighthouse mobile scores (Debian's Chromium).
 * Runs on its own ports with its own data folder (.data/bench), so it never touches demo data.
 */
import { spawn, type ChildProcess } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import zlib from "node:zlib"
import autocannon from "autocannon"
import { dataDir as defaultDataDir, repoRoot } from "./lib/env.ts"

const ports = { medusa: 9300, storefront: 4600, postgres: 5700 }
const benchData = path.join(defaultDataDir, "bench")
const storefront = `http://localhost:${ports.storefront}`
const medusaUrl = `http://localhost:${ports.medusa}`
const seconds = Number(process.env.BENCH_SECONDS || 10)
const results: Record<string, unknown> = { date: new Date().toISOString(), machine: `${(await import("node:os")).cpus().length} cores` }

function startShop(): Promise<{ child: ChildProcess; ms: number; output: string }> {
  const t0 = performance.now()
  const child = spawn(process.execPath, [path.join(repoRoot, "scripts", "start.ts")], {
    cwd: repoRoot,
    env: {
      ...process.env,
      DATA_DIR: benchData,
      MEDUSA_PORT: String(ports.medusa),
      PORT: String(ports.storefront),
      EMBEDDED_POSTGRES_PORT: String(ports.postgres),
      STOREFRONT_URL: storefront,
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
  const card = /<img[^>]+src="([^"]+)"[^>]*width="400"/.exec(listing)?.[1]
  if (card) {
    const bytes = await size(card)
    results["image product card"] = { url: card, bytes }
    console.log(`  product card (WebP, 400 px source for a ≈158 px slot)   ${(bytes / 1024).toFixed(1)} KB`)
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

async function lighthouseScores(urls: Record<string, string>) {
  const chromiumPath = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => fs.existsSync(p))
  if (!chromiumPath) {
    console.log("  Lighthouse: SKIPPED — no Chromium (apt-get install -y chromium)")
    return
  }
  const { default: lighthouse } = await import("lighthouse")
  const chromeLauncher = await import("chrome-launcher")
  for (const [name, url] of Object.entries(urls)) {
    const chrome = await chromeLauncher.launch({
      chromePath: chromiumPath,
      chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    })
    try {
      const run = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility", "best-practices", "seo"] })
      const c = run!.lhr.categories
      const score = (k: string) => Math.round((c[k]?.score ?? 0) * 100)
      const scores = { performance: score("performance"), accessibility: score("accessibility"), bestPractices: score("best-practices"), seo: score("seo") }
      results[`lighthouse ${name}`] = scores
      console.log(`  ${name.padEnd(10)} performance ${scores.performance}  accessibility ${scores.accessibility}  best practices ${scores.bestPractices}  SEO ${scores.seo}`)
    } finally {
      chrome.kill()
    }
  }
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
  const listing = await (await fetch(`${medusaUrl}/store/products?limit=1&fields=handle&order=-created_at`, { headers: { "x-publishable-api-key": publishableKey } })).json()
  const productHandle = (listing as { products: { handle: string }[] }).products[0].handle
  const storyPath = /href="(\/cau-chuyen\/[a-z0-9-]+)"/.exec(await (await fetch(storefront + "/cau-chuyen")).text())?.[1] ?? "/cau-chuyen"
  const pages = { home: "/", listing: "/san-pham", product: `/san-pham/${productHandle}`, story: storyPath }

  console.log("\nStorefront under load (CATALOG_CACHE_SECONDS default 5 s):")
  await load("product page", storefront + pages.product)
  await load("listing page", storefront + pages.listing)
  await load("listing page, sorted by price", storefront + "/san-pham?sap-xep=price_asc")
  console.log("Behind the page, uncached:")
  const region = (await (await fetch(`${medusaUrl}/store/regions`, { headers: { "x-publishable-api-key": publishableKey } })).json()) as { regions: { id: string }[] }
  await load(
    "Medusa GET /store/products?handle=…",
    `${medusaUrl}/store/products?handle=${productHandle}&region_id=${region.regions[0].id}&fields=id,handle,title,*variants.calculated_price,variants.inventory_quantity,variants.manage_inventory,cooperative.handle,*product_provenance`,
    { "x-publishable-api-key": publishableKey }
  )

  console.log("\nJavaScript shipped per page (first visit, no cookies):")
  for (const [name, p] of Object.entries(pages)) {
    const r = await javascriptBytes(p)
    results[`js ${name}`] = r
    console.log(`  ${name.padEnd(10)} status ${r.status}${r.redirect ? ` → ${r.redirect}` : " (no redirect)"}   JS ${(r.jsGzipBytes / 1024).toFixed(1)} KB gzipped (${r.jsBytes} B raw)   HTML ${(r.htmlGzipBytes / 1024).toFixed(1)} KB gzipped`)
  }

  console.log("\nImage bytes for a 360 px wide phone at 2× density (720 px wanted for full width):")
  await imageBytes(pages.listing, pages.story)

  console.log("\nLighthouse, mobile (simulated slow 4G, mid-range phone):")
  await lighthouseScores(Object.fromEntries(Object.entries(pages).map(([k, v]) => [k, storefront + v])))
} finally {
  await stopShop(second.child)
  fs.rmSync(benchData, { recursive: true, force: true })
}

fs.mkdirSync(path.join(repoRoot, "bench-results"), { recursive: true })
fs.writeFileSync(path.join(repoRoot, "bench-results", "foundation.json"), JSON.stringify(results, null, 2))
console.log("\nSaved bench-results/foundation.json")
