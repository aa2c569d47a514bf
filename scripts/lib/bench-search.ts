/**
 * Search figures for `npm run bench`: latency of GET /store/product-search on the demo catalog and
 * after adding 20,000 generated products, the time to rebuild the index over them, and the search
 * page's script weight. Runs against the bench shop (its own database, wiped afterwards).
 */
import { spawn } from "node:child_process"
import path from "node:path"
import { gzipSync } from "node:zlib"
import { medusaServerDir, repoRoot } from "./env.ts"
import { reindexSearch } from "./medusa-exec.ts"

const medusaCli = path.join(repoRoot, "node_modules", "@medusajs", "cli", "cli.js")

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

async function latency(medusaUrl: string, publishableKey: string, rounds: number) {
  const headers = { "x-publishable-api-key": publishableKey }
  const get = async (qs: string) => {
    const res = await fetch(`${medusaUrl}/store/product-search?${qs}`, { headers })
    if (!res.ok) throw new Error(`search ${qs}: ${res.status}`)
    return (await res.json()) as { count: number }
  }
  for (const qs of QUERIES) await get(qs) // warm-up
  const times: number[] = []
  for (let r = 0; r < rounds; r++) {
    for (const qs of QUERIES) {
      const t = performance.now()
      await get(qs)
      times.push(performance.now() - t)
    }
  }
  times.sort((a, b) => a - b)
  const total = (await get("")).count
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
  const search = scripts.filter((s) => s.includes("[data-search-page]") || s.includes("[data-search-box]")).join("\n")
  const home = await (await fetch(`${storefrontUrl}/`)).text()
  const box = [...home.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).find((s) => s.includes("[data-search-box]")) ?? ""
  return { searchPageGzipBytes: gzipSync(search).length, headerBoxGzipBytes: gzipSync(box).length }
}

export async function searchBench(opts: { medusaUrl: string; storefrontUrl: string; publishableKey: string; commerceEnv: NodeJS.ProcessEnv; products?: number }) {
  const products = opts.products ?? Number(process.env.BENCH_SEARCH_PRODUCTS || 20_000)
  const rounds = Number(process.env.BENCH_SEARCH_ROUNDS || 20)
  const figures: Record<string, unknown> = { engine: process.env.MEILISEARCH_HOST ? "meilisearch" : "postgres" }

  figures.demo = await latency(opts.medusaUrl, opts.publishableKey, rounds)
  const d = figures.demo as Awaited<ReturnType<typeof latency>>
  console.log(`  demo catalog (${d.searchable} products), ${d.requests} searches one at a time   p50 ${d.p50ms} ms   p95 ${d.p95ms} ms   max ${d.maxms} ms`)

  const generated = jsonLine(await execScript("./src/scripts/generate-bench-products.js", { ...opts.commerceEnv, BENCH_PRODUCT_COUNT: String(products) }), "generated")
  figures.generate = generated
  console.log(`  generated ${products.toLocaleString("en-US")} products (bulk, through the product and pricing modules) in ${generated.seconds.toFixed(1)} s`)

  const reindex = await reindexSearch(opts.commerceEnv)
  figures.reindex = reindex
  console.log(`  rebuilt the index over ${reindex.products.toLocaleString("en-US")} products (${reindex.searchable} searchable) in ${reindex.seconds.toFixed(1)} s   (target ≤ 60 s for 20,000)`)

  figures.large = await latency(opts.medusaUrl, opts.publishableKey, rounds)
  const l = figures.large as Awaited<ReturnType<typeof latency>>
  console.log(`  ${l.searchable.toLocaleString("en-US")} products, ${l.requests} searches one at a time   p50 ${l.p50ms} ms   p95 ${l.p95ms} ms   max ${l.maxms} ms   (target p95 ≤ 30 ms)`)

  figures.javascript = await searchPageScript(opts.storefrontUrl)
  const js = figures.javascript as Awaited<ReturnType<typeof searchPageScript>>
  console.log(`  search page script ${(js.searchPageGzipBytes / 1024).toFixed(1)} KB gzipped, header box script ${(js.headerBoxGzipBytes / 1024).toFixed(1)} KB gzipped   (target ≤ 15 KB)`)
  return figures
}
