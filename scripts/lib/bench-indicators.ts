/**
 * Indicator figures for `npm run bench`: after adding a province-sized registry (2,000 cooperatives
 * × 36 months of figure records, ~5,000 people in trainings) to the bench database, the latency of
 * GET /admin/plan-indicators one request at a time (a year for the province; with the dashboard's
 * monthly trend; a former district; the list behind a number) and the time to export the year's
 * report (XLSX workbook, printable HTML). Targets: p95 ≤ 300 ms; export ≤ 2 s.
 *
 * Each request kind is timed twice: warm (the server's copy of the registry is current: the usual
 * case) and cold (right after a registry edit through the Admin API, so the request first brings
 * the copy up to date). The routes' Server-Timing says which it was; the bench counts them, so a
 * "cold" figure that was served from memory would show. And a third time right after a bulk write
 * (as after a large import or a truncate, or the first request after a restart: the whole registry
 * is read), played by a row in the registry's write log that says "everything changed".
 */
import os from "node:os"
import { execScript, jsonLine } from "./bench-search.ts"
import { withClient } from "./database.ts"
import { adminToken } from "./product-import-client.ts"

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

const loadAverage = () => os.loadavg().map((l) => l.toFixed(2)).join(" ")

interface Timed {
  requests: number
  bytes: number
  p50ms: number
  p95ms: number
  maxms: number
  /** medians of the route's Server-Timing parts (read PostgreSQL, compute) */
  serverP50ms: Record<string, number>
  /** how many requests the server answered from its copy of the registry as it was / after updating it / after reading it whole */
  registry: { cached: number; updated: number; read: number }
}

async function timed(url: string, token: string, rounds: number, opts: { warmup?: number; before?: () => Promise<void> } = {}): Promise<Timed> {
  const split: Record<string, number[]> = {}
  const registry = { cached: 0, updated: 0, read: 0 }
  const get = async () => {
    const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } })
    const body = Buffer.from(await res.arrayBuffer())
    if (!res.ok) throw new Error(`${url}: ${res.status} ${body.toString("utf8").slice(0, 300)}`)
    const timing = res.headers.get("server-timing") ?? ""
    for (const m of timing.matchAll(/(\w+);[^,]*dur=([\d.]+)/g)) (split[m[1]] ??= []).push(Number(m[2]))
    const from = /registry;desc="(cached|updated|read)"/.exec(timing)?.[1] as keyof typeof registry | undefined
    if (from) registry[from]++
    return body.length
  }
  for (let i = 0; i < (opts.warmup ?? 0); i++) {
    await opts.before?.()
    await get()
  }
  for (const k of Object.keys(split)) split[k] = []
  registry.cached = registry.updated = registry.read = 0
  const times: number[] = []
  let bytes = 0
  for (let i = 0; i < rounds; i++) {
    await opts.before?.()
    const t = performance.now()
    bytes = await get()
    times.push(performance.now() - t)
  }
  times.sort((a, b) => a - b)
  const serverP50ms = Object.fromEntries(Object.entries(split).map(([k, v]) => [k, +percentile(v.sort((a, b) => a - b), 50).toFixed(1)]))
  return { requests: rounds, bytes, p50ms: +percentile(times, 50).toFixed(1), p95ms: +percentile(times, 95).toFixed(1), maxms: +times.at(-1)!.toFixed(1), serverP50ms, registry }
}

/**
 * A registry edit as Union staff make it: a cooperative's figure record for a date, saved through the
 * Admin API (the same date each time, so it replaces itself; the worker count alternates).
 */
async function registryEditor(medusaUrl: string, token: string) {
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" }
  const list = await fetch(`${medusaUrl}/admin/cooperatives?q=BENCH-0&limit=5`, { headers })
  const { cooperatives } = (await list.json()) as { cooperatives: { id: string; registration_number: string }[] }
  const cooperative = cooperatives.find((c) => c.registration_number === "BENCH-0")
  if (!cooperative) throw new Error("indicators bench: the generated cooperative BENCH-0 was not found")
  const asOf = `${new Date().getUTCFullYear() - 1}-12-31`
  let edits = 0
  return async () => {
    const workers = 20 + (edits++ % 2)
    const res = await fetch(`${medusaUrl}/admin/cooperatives/${cooperative.id}/figures`, {
      method: "POST",
      headers,
      body: JSON.stringify({ as_of: asOf, members_total: workers, members_women: 12, workers_total: workers, workers_women: 12, women_stable_jobs: 6 }),
    })
    if (res.status !== 201) throw new Error(`indicators bench: the registry edit answered ${res.status} ${await res.text()}`)
  }
}

export async function indicatorsBench(opts: { medusaUrl: string; commerceEnv: NodeJS.ProcessEnv }) {
  const rounds = Number(process.env.BENCH_INDICATOR_ROUNDS || 40)
  const coldRounds = Number(process.env.BENCH_INDICATOR_COLD_ROUNDS || 10)
  const figures: Record<string, unknown> = {}
  const generated = jsonLine(await execScript("./src/scripts/generate-bench-registry.js", opts.commerceEnv), "generated")
  figures.generate = generated
  console.log(
    `  generated ${generated.cooperatives.toLocaleString("en-US")} cooperatives × ${generated.months} months (${generated.figureRecords.toLocaleString("en-US")} figure records, ${generated.seats.toLocaleString("en-US")} seats), ` +
      `${generated.cadres.toLocaleString("en-US")} cadres + ${generated.womenHoldingSeats.toLocaleString("en-US")} women holding seats, ${generated.attendances.toLocaleString("en-US")} attendances in ${generated.seconds.toFixed(1)} s`
  )
  const token = await adminToken(opts.medusaUrl, "admin@cho-htx.demo", "demo-admin-2025")
  const edit = await registryEditor(opts.medusaUrl, token)
  const bulkWrite = () => withClient(opts.commerceEnv.DATABASE_URL!, async (db) => void (await db.query(`insert into plan_registry_write (everything) values (true)`)))
  const year = String(new Date().getUTCFullYear() - 1)
  const q = `from=${year}-01&to=${year}-12`
  const runs: [string, string, number, number][] = [
    ["indicators, year, province", `/admin/plan-indicators?${q}`, rounds, coldRounds],
    ["indicators, year, province + 12-month trend (dashboard)", `/admin/plan-indicators?${q}&trend=1`, rounds, coldRounds],
    ["indicators, year, one former district", `/admin/plan-indicators?${q}&former_district=${encodeURIComponent("Thị xã Ninh Hòa")}`, rounds, coldRounds],
    ["list behind woman_led, year, province", `/admin/plan-indicators/woman_led?${q}`, rounds, coldRounds],
    ["year report XLSX (every table, every area)", `/admin/plan-reports/xlsx?${q}`, 5, 3],
    ["year report, printable HTML", `/admin/plan-reports/html?${q}`, 5, 3],
  ]
  figures.loadAverageAtStart = loadAverage()
  console.log(`  load average at the start (1, 5, 15 min): ${figures.loadAverageAtStart}   (${os.cpus().length} cores)`)
  for (const [name, path, n, coldN] of runs) {
    const target = path.includes("plan-reports") ? "(target ≤ 2000 ms)" : "(target p95 ≤ 300 ms)"
    const url = `${opts.medusaUrl}${path}`
    const warm = await timed(url, token, n, { warmup: n > 5 ? 3 : 1 })
    const afterEdit = await timed(url, token, coldN, { before: edit })
    const afterBulkWrite = await timed(url, token, coldN, { before: bulkWrite })
    figures[name] = { warm, afterEdit, afterBulkWrite }
    console.log(`  ${name} ${target}`)
    for (const [label, r] of [["warm", warm], ["after an edit", afterEdit], ["after a bulk write", afterBulkWrite]] as const) {
      const split = Object.entries(r.serverP50ms).map(([k, v]) => `${k} ${v} ms`).join(", ")
      console.log(
        `    ${label.padEnd(18)} ${String(r.requests).padStart(3)} requests   p50 ${String(r.p50ms).padStart(7)} ms   p95 ${String(r.p95ms).padStart(7)} ms   max ${String(r.maxms).padStart(7)} ms   ${(r.bytes / 1024).toFixed(0)} KB` +
          `   registry ${Object.entries(r.registry).map(([k, v]) => `${k} ${v}`).join(", ")}${split ? `   (server p50: ${split})` : ""}`
      )
    }
  }
  figures.loadAverageAtEnd = loadAverage()
  console.log(`  load average at the end: ${figures.loadAverageAtEnd}`)
  return figures
}
