/** Shapes of the plan routes' answers, as the Admin pages read them (the engine's own types). */
import type { DataWarning, Drilldown, EntityRow, IndicatorResult } from "../../../lib/plan-indicators/engine"

export type { EntityRow }
export type Indicator = IndicatorResult & { trend?: { month: string; value: number | null }[] }
export type Warning = DataWarning

export interface IndicatorsAnswer {
  period: { from: string; to: string; start: string; end: string; kind: string; label: string }
  area: { level: string; label: string; former_district?: string; ward_code?: string }
  indicators: Indicator[]
  warnings: Warning[]
  stable_job_definition: string
}

export interface DrilldownAnswer {
  indicator: Indicator
  entities: Drilldown
}
