/** Vietnamese number formatting for the plan pages: 62,5 %, 1.250.000 ₫, 06/2025, 30/06/2025. */
import type { Indicator } from "./types"

const number = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 })

export const formatNumber = (n: number) => number.format(n)

export function formatValue(i: Pick<Indicator, "unit" | "value">): string {
  if (i.value === null) return "—"
  if (i.unit === "percent") return `${number.format(i.value)} %`
  if (i.unit === "vnd") return `${number.format(Math.round(i.value))} ₫`
  return number.format(i.value)
}

/** "3/5 = 60 %" for rates, "12/40" for counts of a population, nothing for plain totals. */
export function formatFraction(i: Indicator): string | null {
  if (i.denominator === null) return null
  if (i.unit === "percent") return `${number.format(i.numerator)}/${number.format(i.denominator)}${i.value === null ? "" : ` = ${number.format(i.value)} %`}`
  return `${number.format(i.numerator)}/${number.format(i.denominator)}`
}

export function formatTarget(i: Indicator): string | null {
  if (i.target === null) return null
  return i.unit === "percent" ? `Chỉ tiêu ${i.target} %` : `Chỉ tiêu ≥ ${i.target} trong năm`
}

/** 0–1, how far the value is toward the target. */
export function progress(i: Indicator): number | null {
  if (i.target === null || i.value === null || i.target === 0) return null
  return Math.max(0, Math.min(1, i.value / i.target))
}

export const formatMonth = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`
export const formatDay = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`

/** The current month in Vietnam, "YYYY-MM". */
export function currentVietnamMonth(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 7)
}
