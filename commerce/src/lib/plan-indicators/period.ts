/**
 * Reporting periods of the plan's indicators: whole months, `from`..`to` inclusive ("YYYY-MM").
 * A period's end E is the last day of its `to` month; dates are calendar dates in Vietnam,
 * written "YYYY-MM-DD" so that they compare as strings.
 */

/** The plan (Kế hoạch 232/KH-BTV) runs from 01/01/2025: trainings count from then to a period's end. */
export const PLAN_START = "2025-01-01"

export interface Period {
  /** first month, "YYYY-MM" */
  from: string
  /** last month, "YYYY-MM" (inclusive) */
  to: string
}

export interface PeriodBounds extends Period {
  /** first day, "YYYY-MM-DD" */
  start: string
  /** last day (E), "YYYY-MM-DD" */
  end: string
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/

export function isMonth(value: string): boolean {
  return MONTH.test(value)
}

export function monthIndex(month: string): number {
  const [y, m] = month.split("-").map(Number)
  return y * 12 + (m - 1)
}

export function monthFromIndex(index: number): string {
  const y = Math.floor(index / 12)
  const m = (index % 12) + 1
  return `${y}-${String(m).padStart(2, "0")}`
}

export function addMonths(month: string, n: number): string {
  return monthFromIndex(monthIndex(month) + n)
}

export function lastDayOfMonth(month: string): string {
  const [y, m] = month.split("-").map(Number)
  const day = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return `${month}-${String(day).padStart(2, "0")}`
}

export function bounds(period: Period): PeriodBounds {
  return { ...period, start: `${period.from}-01`, end: lastDayOfMonth(period.to) }
}

/** Every month of the period, in order. */
export function monthsOf(period: Period): string[] {
  const out: string[] = []
  for (let i = monthIndex(period.from); i <= monthIndex(period.to); i++) out.push(monthFromIndex(i))
  return out
}

/** The date in Vietnam (UTC+7, no daylight saving) at an instant, "YYYY-MM-DD". */
export function vietnamDate(instant: Date): string {
  return new Date(instant.getTime() + 7 * 3600_000).toISOString().slice(0, 10)
}

/**
 * The day a period's figures stand at: its last day, or today in Vietnam while the period runs (a report on
 * "năm 2026" read on 02/12/2026 holds the figures known on 02/12/2026, not those of 31/12/2026).
 */
export function figuresAsOf(end: string, now: Date = new Date()): string {
  const today = vietnamDate(now)
  return today < end ? today : end
}

export function vietnamMonth(instant: Date): string {
  return vietnamDate(instant).slice(0, 7)
}

/** The instant a Vietnamese calendar day begins, e.g. "2025-07-01" → 2025-06-30T17:00:00Z. */
export function startOfVietnamDay(date: string): Date {
  return new Date(`${date}T00:00:00+07:00`)
}

/** The day after a "YYYY-MM-DD" date. */
export function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}

/** "2025-06-30" → "30/06/2025" */
export function formatDay(date: string): string {
  const [y, m, d] = date.split("-")
  return `${d}/${m}/${y}`
}

/** "2025-06" → "06/2025" */
export function formatMonth(month: string): string {
  const [y, m] = month.split("-")
  return `${m}/${y}`
}

export type PeriodKind = "month" | "quarter" | "half" | "year" | "custom"

/** What the Union calls a period: "tháng 6/2025", "quý II/2025", "6 tháng đầu năm 2025", "năm 2025". */
export function describePeriod(period: Period): { kind: PeriodKind; label: string } {
  const [fy, fm] = period.from.split("-").map(Number)
  const [ty, tm] = period.to.split("-").map(Number)
  if (period.from === period.to) return { kind: "month", label: `tháng ${fm}/${fy}` }
  if (fy === ty && fm === 1 && tm === 12) return { kind: "year", label: `năm ${fy}` }
  if (fy === ty && fm === 1 && tm === 6) return { kind: "half", label: `6 tháng đầu năm ${fy}` }
  if (fy === ty && fm === 7 && tm === 12) return { kind: "half", label: `6 tháng cuối năm ${fy}` }
  if (fy === ty && (fm - 1) % 3 === 0 && tm === fm + 2) {
    return { kind: "quarter", label: `quý ${["I", "II", "III", "IV"][(fm - 1) / 3]}/${fy}` }
  }
  return { kind: "custom", label: `từ tháng ${formatMonth(period.from)} đến tháng ${formatMonth(period.to)}` }
}

/** Longest period a request may ask for (the plan runs to 2030; ten years is generous). */
export const MAX_PERIOD_MONTHS = 120

/**
 * Checks a period from query parameters; `today` bounds it (a month that has not begun has no
 * data yet). Missing `to` = this month; missing `from` = `to`. Messages in Vietnamese.
 */
export function parsePeriod(
  input: { from?: unknown; to?: unknown },
  today: Date = new Date()
): { ok: true; period: Period } | { ok: false; field: "from" | "to"; message: string } {
  const current = vietnamMonth(today)
  const read = (field: "from" | "to", value: unknown): string | undefined | { error: string } => {
    if (value === undefined || value === "") return undefined
    if (typeof value !== "string" || !isMonth(value)) {
      return { error: `"${field}" phải là một tháng dạng YYYY-MM, ví dụ 2025-06.` }
    }
    if (value < "2000-01") return { error: `"${field}": số liệu của kế hoạch chỉ có từ năm 2000 trở đi.` }
    if (value > current) return { error: `"${field}": tháng ${formatMonth(value)} chưa tới (hôm nay là tháng ${formatMonth(current)}).` }
    return value
  }
  const to = read("to", input.to)
  if (typeof to === "object") return { ok: false, field: "to", message: to.error }
  const from = read("from", input.from)
  if (typeof from === "object") return { ok: false, field: "from", message: from.error }
  const end = to ?? current
  const start = from ?? end
  if (start > end) return { ok: false, field: "from", message: `Tháng bắt đầu (${formatMonth(start)}) phải trước hoặc bằng tháng kết thúc (${formatMonth(end)}).` }
  if (monthIndex(end) - monthIndex(start) + 1 > MAX_PERIOD_MONTHS) {
    return { ok: false, field: "from", message: `Một kỳ báo cáo dài tối đa ${MAX_PERIOD_MONTHS} tháng.` }
  }
  return { ok: true, period: { from: start, to: end } }
}

export type PeriodPreset = "month" | "quarter" | "half" | "year" | "custom"

export const PRESET_LABELS: Record<PeriodPreset, string> = {
  month: "Tháng",
  quarter: "Quý",
  half: "6 tháng đầu năm",
  year: "Năm",
  custom: "Tùy chọn",
}

/**
 * The period a dashboard preset stands for, cut at the current month (a year in progress runs to
 * this month); null when it would begin after the current month.
 */
export function presetPeriod(
  preset: PeriodPreset,
  choice: { year: number; month?: number; quarter?: number; from?: string; to?: string },
  currentMonth: string
): Period | null {
  const m = (n: number) => `${choice.year}-${String(n).padStart(2, "0")}`
  let period: Period
  switch (preset) {
    case "month":
      period = { from: m(choice.month ?? 1), to: m(choice.month ?? 1) }
      break
    case "quarter": {
      const q = choice.quarter ?? 1
      period = { from: m(q * 3 - 2), to: m(q * 3) }
      break
    }
    case "half":
      period = { from: m(1), to: m(6) }
      break
    case "year":
      period = { from: m(1), to: m(12) }
      break
    case "custom":
      if (!choice.from || !choice.to || !isMonth(choice.from) || !isMonth(choice.to) || choice.from > choice.to) return null
      period = { from: choice.from, to: choice.to }
      break
  }
  if (period.from > currentMonth) return null
  return { from: period.from, to: period.to > currentMonth ? currentMonth : period.to }
}
