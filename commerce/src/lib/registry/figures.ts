/**
 * Figures over time: what a cooperative's counts mean, shown wherever the numbers appear.
 */

/** The one definition of a "stable job" used in records, indicators, the dashboard and reports. */
export const STABLE_JOB_DEFINITION =
  "Việc làm ổn định: đã làm việc liên tục ít nhất 6 tháng tại hợp tác xã/tổ hợp tác, có hợp đồng lao động hoặc được trả công đều đặn hằng tháng."

export const STABLE_JOB_DEFINITION_EN =
  "Stable job: at least 6 months of continuous work at the cooperative, with a labour contract or regular monthly pay."

export interface FigureCounts {
  members_total: number
  members_women: number
  workers_total: number
  workers_women: number
  women_stable_jobs: number
  women_avg_monthly_income_vnd?: number | null
}

/** A figure record's fields from a cooperative's counts (the first record at creation or import). */
export function figureRecordOf(
  counts: FigureCounts,
  asOf: Date,
  source: "registry" | "import" | "portal" | "demo",
  actor: { id: string | null; name: string } | undefined,
  cooperativeId: string
) {
  return {
    as_of: asOf,
    members_total: counts.members_total,
    members_women: counts.members_women,
    workers_total: counts.workers_total,
    workers_women: counts.workers_women,
    women_stable_jobs: counts.women_stable_jobs,
    women_avg_monthly_income_vnd: counts.women_avg_monthly_income_vnd ?? null,
    source,
    entered_by_id: actor?.id ?? null,
    entered_by_name: actor?.name ?? "Khi lập hồ sơ",
    cooperative_id: cooperativeId,
  }
}
