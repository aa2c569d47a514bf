/**
 * Monthly figure records for the demo cooperatives: 24 months (December 2024 to November 2026)
 * that end at each cooperative's current counts and start a little lower — fewer workers, a
 * slightly smaller share of women, fewer stable jobs — so that the dashboard's trends move the way
 * a programme's would. Deterministic (a hash of the handle), so every seed writes the same series.
 */
import { lastDayOfMonth, monthIndex, monthsOf } from "../../lib/plan-indicators/period"
import type { SnapshotFigures } from "../../lib/plan-indicators/snapshot"

export const DEMO_FIGURES_FROM = "2024-12"
export const DEMO_FIGURES_TO = "2026-11"

export interface SeriesInput {
  handle: string
  founded_on: string | null
  members_total: number
  members_women: number
  workers_total: number
  workers_women: number
  women_stable_jobs: number
  figures_from?: string
  figures_gap?: [string, string]
  figures_every?: number
}

export type SeriesRecord = SnapshotFigures

/** Three numbers in [0, 1) from a handle (FNV-1a), stable across runs. */
function hashes(handle: string): [number, number, number] {
  let h = 0x811c9dc5
  const out: number[] = []
  for (let round = 0; round < 3; round++) {
    for (const ch of `${handle}#${round}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0
    out.push(h / 2 ** 32)
  }
  return out as [number, number, number]
}

/** The records, oldest first; only dates before `today` ("YYYY-MM-DD"). */
export function demoFigureSeries(c: SeriesInput, today: string): SeriesRecord[] {
  const founded = c.founded_on ? c.founded_on.slice(0, 7) : DEMO_FIGURES_FROM
  const from = [DEMO_FIGURES_FROM, founded, c.figures_from ?? DEMO_FIGURES_FROM].sort().at(-1)!
  const months = monthsOf({ from, to: DEMO_FIGURES_TO })
  const [h1, h2, h3] = hashes(c.handle)
  // a cooperative founded inside the window starts smaller and grows faster
  const young = monthIndex(founded) > monthIndex(DEMO_FIGURES_FROM)
  const scale0 = young ? 0.6 + 0.15 * h1 : 0.8 + 0.15 * h1
  const womenShift = 0.02 + 0.04 * h2
  const stable0 = 0.6 + 0.25 * h3
  const span = Math.max(1, months.length - 1)
  const every = c.figures_every ?? 1
  const records: SeriesRecord[] = []
  months.forEach((month, i) => {
    const t = i / span
    const last = i === months.length - 1
    if (!last && every > 1 && (monthIndex(DEMO_FIGURES_TO) - monthIndex(month)) % every !== 0) return
    if (c.figures_gap && month >= c.figures_gap[0] && month <= c.figures_gap[1]) return
    const lerp = (start: number, end: number) => Math.round(start + (end - start) * t)
    const share = (women: number, total: number) => (total > 0 ? women / total : 0)
    const membersTotal = lerp(c.members_total * scale0, c.members_total)
    const workersTotal = lerp(c.workers_total * scale0, c.workers_total)
    const membersWomen = Math.min(membersTotal, lerp(membersTotal * Math.max(0, share(c.members_women, c.members_total) - womenShift), c.members_women))
    const workersWomen = Math.min(workersTotal, lerp(workersTotal * Math.max(0, share(c.workers_women, c.workers_total) - womenShift), c.workers_women))
    const stable = Math.min(workersWomen, lerp(workersWomen * share(c.women_stable_jobs, c.workers_women) * stable0, c.women_stable_jobs))
    const as_of = lastDayOfMonth(month)
    if (as_of >= today) return
    records.push({ as_of, members_total: membersTotal, members_women: membersWomen, workers_total: workersTotal, workers_women: workersWomen, women_stable_jobs: stable })
  })
  return records
}

