/**
 * What the plan-indicator routes answer, assembled from the loader and the engine: the indicator
 * list (with an optional monthly trend), the list behind one indicator, and the period/area
 * described in words. Routes stay a few lines over these.
 */
import { STABLE_JOB_DEFINITION } from "../registry/figures"
import type { IndicatorId } from "./definitions"
import { IndicatorEngine, trendMonths, type DataWarning, type Drilldown, type IndicatorResult } from "./engine"
import { loadSnapshot, type SqlRunner } from "./load-snapshot"
import { bounds, describePeriod, lastDayOfMonth, type Period } from "./period"
import { describeArea, type PlanQuery } from "./query"
import type { Area } from "./state"

export interface PeriodAnswer extends Period {
  start: string
  end: string
  kind: string
  label: string
}

export interface IndicatorsAnswer {
  period: PeriodAnswer
  area: Area & { level: string; label: string }
  indicators: (IndicatorResult & { trend?: { month: string; value: number | null }[] })[]
  warnings: DataWarning[]
  stable_job_definition: string
}

export function periodAnswer(period: Period): PeriodAnswer {
  const b = bounds(period)
  return { ...period, start: b.start, end: b.end, ...describePeriod(period) }
}

/**
 * Loads what the period needs — and, for a trend, every month's end from the first month on — and
 * builds the engine.
 */
export async function engineFor(db: SqlRunner, period: Period, area: Area, trend?: string[]): Promise<IndicatorEngine> {
  const first = trend?.[0] ?? period.from
  const snapshot = await loadSnapshot(db, {
    start: `${first < period.from ? first : period.from}-01`,
    end: bounds(period).end,
    figuresFrom: trend ? lastDayOfMonth(trend[0]) : undefined,
    area,
  })
  return new IndicatorEngine(snapshot)
}

/** The answer, and how long reading and computing took (ms) — the route sends them as Server-Timing. */
export async function indicatorsAnswer(db: SqlRunner, query: PlanQuery, opts: { trend?: boolean } = {}): Promise<{ answer: IndicatorsAnswer; timing: { load: number; compute: number } }> {
  const t0 = performance.now()
  const months = opts.trend ? trendMonths(query.period) : undefined
  const engine = await engineFor(db, query.period, query.area, months)
  const t1 = performance.now()
  const indicators: IndicatorsAnswer["indicators"] = engine.evaluate(query.period, query.area)
  if (months) {
    const trend = engine.trend(months, query.area)
    for (const indicator of indicators) indicator.trend = trend[indicator.id]
  }
  const answer = {
    period: periodAnswer(query.period),
    area: { ...query.area, ...describeArea(query.area) },
    indicators,
    warnings: engine.warnings(query.period, query.area),
    stable_job_definition: STABLE_JOB_DEFINITION,
  }
  return { answer, timing: { load: t1 - t0, compute: performance.now() - t1 } }
}

export async function drilldownAnswer(db: SqlRunner, id: IndicatorId, query: PlanQuery): Promise<{ period: PeriodAnswer; area: Area & { level: string; label: string }; indicator: IndicatorResult; entities: Drilldown }> {
  const engine = await engineFor(db, query.period, query.area)
  const { indicator, entities } = engine.drilldown(id, query.period, query.area)
  return { period: periodAnswer(query.period), area: { ...query.area, ...describeArea(query.area) }, indicator, entities }
}
