/**
 * Search figures for `npm run bench`, for both engines side by side (Meilisearch where it runs, and
 * PostgreSQL): latency of GET /store/product-search on the demo catalog and after adding 20,000 generated
 * products, the time to build the index over them in each engine, Meilisearch's memory, and the search
 * page's script weight. The bench shop is switched between engines while it runs, as `SEARCH_ENGINE=…
 * npm run reindex` does. Runs against the bench shop (its own database, wiped afterwards).
 */
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { gzipSync } from "node:zlib"
import { adminCall, adminLogin, createStockedProduct } from "./checkout.ts"
import { medusaServerDir, repoRoot } from "./env.ts"
import { reindexSearch, type ReindexSummary } from "./medusa-exec.ts"

const medusaCli = path.join(repoRoot, "node_modules", "@medusajs", "cli", "cli.js")

type Engine = "meilisearch" | "postgres"

/** What buyers type and tick: tone-less and toned words, a typo, filters, sorts, browsing. */
const QUERIES = [
  "q=nuoc+mam",
  "q=n%C6%B0%E1%BB%9Bc+m%E1%BA%AFm",
  "q=g%E1%BB%91m",
  "q=yen+sao",
  "q=dac+san",
  "q=mat+ong+khanh+son",
  "q=nuoc+mamm",
  "q=gom&stars=4",
  "q=muoi&sort=price_asc",
  "stars=5&in_stock=1",
  "sort=newest",
  "",
]

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

interface Latency {
  searchable: number
  requests: number
  p50ms: number
  p95ms: number
  maxms: number
}

async function get(medusaUrl: string, publishableKey: string, qs: string) {
  const res = await fetch(`${medusaUrl}/store/product-search?${qs}`, { headers: { "x-publishable-api-key": publishableKey } })
  if (!res.ok) throw new Error(`search ${qs}: ${res.status}`)
  return (await res.json()) as { count: number; hits: { id: string }[] }
}

async function latency(medusaUrl: string, publishableKey: string, rounds: number): Promise<Latency> {
  for (const qs of QUERIES) await get(medusaUrl, publishableKey, qs) // warm-up
  const times: number[] = []
  for (let r = 0; r < rounds; r++) {
    for (const qs of QUERIES) {
      const t = performance.now()
      await get(medusaUrl, publishableKey, qs)
      times.push(performance.now() - t)
    }
  }
  times.sort((a, b) => a - b)
  const total = (await get(medusaUrl, publishableKey, "")).count
  return { searchable: total, requests: times.length, p50ms: +percentile(times, 50).toFixed(1), p95ms: +percentile(times, 95).toFixed(1), maxms: +times.at(-1)!.toFixed(1) }
}

/** The last JSON line on stdout that carries `key` (Medusa logs to stdout too). */
export function jsonLine(stdout: string, key: string): any {
  for (const line of stdout.split("\n").reverse()) {
    try {
      const value = JSON.parse(line)
      if (value && typeof value === "object" && key in value) return value[key]
    } catch {
      // a log line
    }
  }
  throw new Error(`no "${key}" summary in the output:\n${stdout.slice(-2000)}`)
}

export function execScript(script: string, env: NodeJS.ProcessEnv): Promise<string> {
  const child = spawn(process.execPath, [medusaCli, "exec", script], { cwd: medusaServerDir, env, stdio: ["ignore", "pipe", "inherit"] })
  let out = ""
  child.stdout.on("data", (c) => (out += c))
  return new Promise((resolve, reject) =>
    child.once("close", (code) => (code === 0 ? resolve(out) : reject(new Error(`${script} exited ${code}\n${out.slice(-2000)}`))))
  )
}

async function searchPageScript(storefrontUrl: string) {
  const html = await (await fetch(`${storefrontUrl}/tim-kiem?q=gom`)).text()
  const scripts = [...html.matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1])
  const search = scripts.filter((s) => s.includes("form[data-live-form]") || s.includes("[data-search-box]")).join("\n")
  const home = await (await fetch(`${storefrontUrl}/`)).text()
  const box = [...home.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).find((s) => s.includes("[data-search-box]")) ?? ""
  return { searchPageGzipBytes: gzipSync(search).length, headerBoxGzipBytes: gzipSync(box).length }
}

/**
 * Medusa's server follows a switch of engine within seconds of a write (or 30 s without one): a
 * product created after the rebuild is written to the new engine only, so finding it proves reads
 * come from there too. It is deleted again.
 */
async function confirmServing(opts: { medusaUrl: string; publishableKey: string }, engine: Engine) {
  const word = `bench${engine}${Date.now().toString(36)}`
  const admin = await adminLogin(opts.medusaUrl)
  const marker = await createStockedProduct(admin, { title: `Đánh dấu ${word}`, handle: `bench-marker-${word}`, stock: 1 })
  const deadline = Date.now() + 120_000
  while (!(await get(opts.medusaUrl, opts.publishableKey, `q=${word}`)).hits.some((h) => h.id === marker.productId)) {
    if (Date.now() > deadline) throw new Error(`${engine} did not start serving the bench shop's search`)
    await new Promise((r) => setTimeout(r, 250))
  }
  await adminCall(admin, `/admin/products/${marker.productId}`, { method: "DELETE" })
}

/** Meilisearch's resident memory (and its peak) in MB, read from /proc for the server on `dbPath`. */
export function meilisearchMemory(dbPath: string): { rssMB: number; peakMB: number } | null {
  for (const pid of fs.readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0")
      if (!cmdline[0].endsWith("meilisearch") || !cmdline.includes(dbPath)) continue
      const status = fs.readFileSync(`/proc/${pid}/status`, "utf8")
      const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? 0)
      return { rssMB: Math.round(kb("VmRSS") / 1024), peakMB: Math.round(kb("VmHWM") / 1024) }
    } catch {
      // the process ended while we looked
    }
  }
  return null
}

const NAME: Record<Engine, string> = { meilisearch: "Meilisearch", postgres: "PostgreSQL" }

export async function searchBench(opts: {
  medusaUrl: string
  storefrontUrl: string
  publishableKey: string
  /** the bench shop's Medusa environment, its search engine included (SEARCH_ENGINE, MEILISEARCH_*) */
  commerceEnv: NodeJS.ProcessEnv
  /** the embedded Meilisearch's database folder, for its memory */
  meilisearchDbPath?: string
  products?: number
}) {
  const products = opts.products ?? Number(process.env.BENCH_SEARCH_PRODUCTS || 20_000)
  const rounds = Number(process.env.BENCH_SEARCH_ROUNDS || 20)
  const first: Engine = opts.commerceEnv.SEARCH_ENGINE === "meilisearch" ? "meilisearch" : "postgres"
  const engines: Engine[] = first === "meilisearch" ? ["meilisearch", "postgres"] : ["postgres"]
  const envFor = (engine: Engine) => ({ ...opts.commerceEnv, SEARCH_ENGINE: engine })
  const figures: Record<string, any> = { engines, demo: {}, large: {}, indexing: {} }
  let serving: Engine = first

  /** Builds the index in `engine` (a new version swapped in while searches go on) and waits until it serves. */
  const build = async (engine: Engine): Promise<ReindexSummary> => {
    const summary = await reindexSearch(envFor(engine), { quiet: true })
    if (engine !== serving) await confirmServing(opts, engine)
    serving = engine
    return summary
  }

  for (const engine of engines) {
    if (engine !== serving) await build(engine)
    const d = (figures.demo[engine] = await latency(opts.medusaUrl, opts.publishableKey, rounds))
    console.log(`  ${NAME[engine].padEnd(11)} demo catalog (${d.searchable} products), ${d.requests} searches one at a time   p50 ${d.p50ms} ms   p95 ${d.p95ms} ms   max ${d.maxms} ms`)
  }

  const generated = jsonLine(await execScript("./src/scripts/generate-bench-products.js", { ...envFor(serving), BENCH_PRODUCT_COUNT: String(products) }), "generated")
  figures.generate = generated
  console.log(`  generated ${products.toLocaleString("en-US")} products (bulk, through the product and pricing modules) in ${generated.seconds.toFixed(1)} s`)

  // The engine serving now first (a rebuild over the new products), then the other one (a switch).
  for (const engine of [serving, ...engines.filter((e) => e !== serving)]) {
    const reindex = (figures.indexing[engine] = await build(engine))
    console.log(`  ${NAME[engine].padEnd(11)} index built over ${reindex.products.toLocaleString("en-US")} products (${reindex.searchable} searchable) in ${reindex.seconds.toFixed(1)} s   (target ≤ 60 s)`)
    const l = (figures.large[engine] = await latency(opts.medusaUrl, opts.publishableKey, rounds))
    const target = engine === "meilisearch" ? 30 : 60
    console.log(`  ${NAME[engine].padEnd(11)} ${l.searchable.toLocaleString("en-US")} products, ${l.requests} searches one at a time   p50 ${l.p50ms} ms   p95 ${l.p95ms} ms   max ${l.maxms} ms   (target p95 ≤ ${target} ms)`)
    if (engine === "meilisearch" && opts.meilisearchDbPath) {
      const memory = (figures.meilisearchMemory = meilisearchMemory(opts.meilisearchDbPath))
      if (memory) console.log(`  Meilisearch memory with ${l.searchable.toLocaleString("en-US")} products: RSS ${memory.rssMB} MB (peak ${memory.peakMB} MB)`)
    }
  }

  console.log("\n  side by side            " + engines.map((e) => NAME[e].padStart(20)).join(""))
  const row = (label: string, value: (e: Engine) => string) => console.log(`  ${label.padEnd(24)}${engines.map((e) => value(e).padStart(20)).join("")}`)
  row("demo p50 / p95 (ms)", (e) => `${figures.demo[e].p50ms} / ${figures.demo[e].p95ms}`)
  row(`${(products / 1000).toFixed(0)}k p50 / p95 (ms)`, (e) => `${figures.large[e].p50ms} / ${figures.large[e].p95ms}`)
  row(`indexing ${(products / 1000).toFixed(0)}k (s)`, (e) => figures.indexing[e].seconds.toFixed(1))

  figures.javascript = await searchPageScript(opts.storefrontUrl)
  const js = figures.javascript as Awaited<ReturnType<typeof searchPageScript>>
  console.log(`  search page script ${(js.searchPageGzipBytes / 1024).toFixed(1)} KB gzipped, header box script ${(js.headerBoxGzipBytes / 1024).toFixed(1)} KB gzipped   (target ≤ 15 KB)`)
  return figures
}
