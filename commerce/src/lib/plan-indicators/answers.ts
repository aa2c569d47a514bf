/**
 * What the plan-indicator routes answer, assembled from the loader and the engine: the indicator
 * list (with an optional monthly trend), the list behind one indicator, and the period/area
 * described in words. Routes stay a few lines over these.
 */
import { STABLE_JOB_DEFINITION } from "../registry/figures"
import type { IndicatorId } from "./definitions"
import { IndicatorEngine, trendMonths, type DataWarning, type Drilldown, type IndicatorResult } from "./engine"
import { loadMarketplace, type SqlRunner } from "./load-snapshot"
import { bounds, describePeriod, type Period } from "./period"
import { cachedRegistry, type RegistrySource } from "./registry-cache"
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

export interface AnswerTiming {
  /** reading PostgreSQL (the revision, the sales, and the registry when its copy was stale), ms */
  load: number
  /** computing the answer, ms */
  compute: number
  /** the registry from the copy in memory as it was, brought up to date after a write, or read whole */
  registry: RegistrySource
}

/**
 * Computes an answer from the engine for the period (and, for a trend, its months): the registry
 * from the cached copy of its current revision, the sales of those months and the OCOP listings
 * read now. Returns how long reading and computing took — the routes send it as Server-Timing.
 */
export async function withEngine<T>(db: SqlRunner, period: Period, area: Area, compute: (engine: IndicatorEngine) => T | Promise<T>, trend?: string[]): Promise<{ answer: T; timing: AnswerTiming }> {
  const t0 = performance.now()
  const first = trend?.[0] ?? period.from
  const [registry, marketplace] = await Promise.all([
    cachedRegistry(db),
    loadMarketplace(db, { start: `${first < period.from ? first : period.from}-01`, end: bounds(period).end, area }),
  ])
  const t1 = performance.now()
  const answer = await compute(IndicatorEngine.over(registry.index, marketplace))
  return { answer, timing: { load: t1 - t0, compute: performance.now() - t1, registry: registry.source } }
}

export function indicatorsAnswer(db: SqlRunner, query: PlanQuery, opts: { trend?: boolean } = {}): Promise<{ answer: IndicatorsAnswer; timing: AnswerTiming }> {
  const months = opts.trend ? trendMonths(query.period) : undefined
  return withEngine(
    db,
    query.period,
    query.area,
    (engine): IndicatorsAnswer => {
      const indicators: IndicatorsAnswer["indicators"] = engine.evaluate(query.period, query.area)
      if (months) {
        const trend = engine.trend(months, query.area)
        for (const indicator of indicators) indicator.trend = trend[indicator.id]
      }
      return {
        period: periodAnswer(query.period),
        area: { ...query.area, ...describeArea(query.area) },
        indicators,
        warnings: engine.warnings(query.period, query.area),
        stable_job_definition: STABLE_JOB_DEFINITION,
      }
    },
    months
  )
}

export interface DrilldownAnswer {
  period: PeriodAnswer
  area: Area & { level: string; label: string }
  indicator: IndicatorResult
  entities: Drilldown
}

export function drilldownAnswer(db: SqlRunner, id: IndicatorId, query: PlanQuery): Promise<{ answer: DrilldownAnswer; timing: AnswerTiming }> {
  return withEngine(db, query.period, query.area, (engine) => {
    const { indicator, entities } = engine.drilldown(id, query.period, query.area)
    return { period: periodAnswer(query.period), area: { ...query.area, ...describeArea(query.area) }, indicator, entities }
  })
}
