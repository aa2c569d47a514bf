/** Shapes of the plan routes' answers, as the Admin pages read them. */
export type Unit = "percent" | "count" | "vnd"

export interface Indicator {
  id: string
  label: string
  unit: Unit
  numerator: number
  denominator: number | null
  value: number | null
  target: number | null
  target_met: boolean | null
  missing: number
  definition: string
  note?: string
  breakdown?: { key: string; label: string; numerator: number; denominator: number | null }[]
  trend?: { month: string; value: number | null }[]
}

export interface Warning {
  code: string
  message: string
  cooperatives: { id: string; name: string; former_district: string; ward_name: string; figures_as_of: string | null }[]
}

export interface IndicatorsAnswer {
  period: { from: string; to: string; start: string; end: string; kind: string; label: string }
  area: { level: string; label: string; former_district?: string; ward_code?: string }
  indicators: Indicator[]
  warnings: Warning[]
  stable_job_definition: string
}

export interface EntityRow {
  type: string
  id: string
  name: string
  kind?: string
  ward_name?: string | null
  former_district?: string | null
  cooperative_id?: string
  cooperative_name?: string
  detail: string
}

export interface DrilldownAnswer {
  indicator: Indicator
  entities: { counted: EntityRow[]; not_counted: EntityRow[]; missing: EntityRow[] }
}

export interface Areas {
  former_districts: string[]
  wards: { code: string; name: string; former_districts: string[] }[]
}
