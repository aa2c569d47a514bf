/**
 * Indicator figures for `npm run bench`: after adding a province-sized registry (2,000 cooperatives
 * × 36 months of figure records, ~5,000 people in trainings) to the bench database, the latency of
 * GET /admin/plan-indicators one request at a time (a year for the province; with the dashboard's
 * monthly trend; a former district; the list behind a number) and the time to export the year's
 * report (XLSX workbook, printable HTML). Targets: p95 ≤ 300 ms; export ≤ 2 s.
 */
import { execScript, jsonLine } from "./bench-search.ts"
import { adminToken } from "./product-import-client.ts"

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

async function timed(url: string, token: string, rounds: number, warmup = 3) {
  // Server-Timing (the indicators route): how the time splits between reading PostgreSQL and computing
  const split: Record<string, number[]> = {}
  const get = async () => {
    const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } })
    const body = Buffer.from(await res.arrayBuffer())
    if (!res.ok) throw new Error(`${url}: ${res.status} ${body.toString("utf8").slice(0, 300)}`)
    for (const m of (res.headers.get("server-timing") ?? "").matchAll(/(\w+);[^,]*dur=([\d.]+)/g)) (split[m[1]] ??= []).push(Number(m[2]))
    return body.length
  }
  for (let i = 0; i < warmup; i++) await get()
  for (const k of Object.keys(split)) split[k] = []
  const times: number[] = []
  let bytes = 0
  for (let i = 0; i < rounds; i++) {
    const t = performance.now()
    bytes = await get()
    times.push(performance.now() - t)
  }
  times.sort((a, b) => a - b)
  const serverP50ms = Object.fromEntries(Object.entries(split).map(([k, v]) => [k, +percentile(v.sort((a, b) => a - b), 50).toFixed(1)]))
  return { requests: rounds, bytes, p50ms: +percentile(times, 50).toFixed(1), p95ms: +percentile(times, 95).toFixed(1), maxms: +times.at(-1)!.toFixed(1), serverP50ms }
}

export async function indicatorsBench(opts: { medusaUrl: string; commerceEnv: NodeJS.ProcessEnv }) {
  const rounds = Number(process.env.BENCH_INDICATOR_ROUNDS || 40)
  const figures: Record<string, unknown> = {}
  const generated = jsonLine(await execScript("./src/scripts/generate-bench-registry.js", opts.commerceEnv), "generated")
  figures.generate = generated
  console.log(
    `  generated ${generated.cooperatives.toLocaleString("en-US")} cooperatives × ${generated.months} months (${generated.figureRecords.toLocaleString("en-US")} figure records, ${generated.seats.toLocaleString("en-US")} seats), ` +
      `${generated.cadres.toLocaleString("en-US")} cadres + ${generated.womenHoldingSeats.toLocaleString("en-US")} women holding seats, ${generated.attendances.toLocaleString("en-US")} attendances in ${generated.seconds.toFixed(1)} s`
  )
  const token = await adminToken(opts.medusaUrl, "admin@cho-htx.demo", "demo-admin-2025")
  const year = String(new Date().getUTCFullYear() - 1)
  const q = `from=${year}-01&to=${year}-12`
  const runs: [string, string, number][] = [
    ["indicators, year, province", `/admin/plan-indicators?${q}`, rounds],
    ["indicators, year, province + 12-month trend (dashboard)", `/admin/plan-indicators?${q}&trend=1`, rounds],
    ["indicators, year, one former district", `/admin/plan-indicators?${q}&former_district=${encodeURIComponent("Thị xã Ninh Hòa")}`, rounds],
    ["list behind woman_led, year, province", `/admin/plan-indicators/woman_led?${q}`, rounds],
    ["year report XLSX (every table, every area)", `/admin/plan-reports/xlsx?${q}`, 5],
    ["year report, printable HTML", `/admin/plan-reports/html?${q}`, 5],
  ]
  for (const [name, path, n] of runs) {
    const r = await timed(`${opts.medusaUrl}${path}`, token, n, n > 5 ? 3 : 1)
    figures[name] = r
    const target = path.includes("plan-reports") ? "(target ≤ 2000 ms)" : "(target p95 ≤ 300 ms)"
    const split = Object.entries(r.serverP50ms).map(([k, v]) => `${k} ${v} ms`).join(", ")
    console.log(`  ${name.padEnd(56)} ${String(r.requests).padStart(3)} requests   p50 ${String(r.p50ms).padStart(7)} ms   p95 ${String(r.p95ms).padStart(7)} ms   max ${String(r.maxms).padStart(7)} ms   ${(r.bytes / 1024).toFixed(0)} KB   ${target}${split ? `   (server p50: ${split})` : ""}`)
  }
  return figures
}
