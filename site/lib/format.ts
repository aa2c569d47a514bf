/** Vietnamese formatting, in one place: prices as `250.000 ₫`, dates as `dd/mm/yyyy`. */

const vnd = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 })

/** 250000 → "250.000 ₫" (VND has no minor unit: Medusa stores whole đồng). */
export function formatVnd(amount: number): string {
  return `${vnd.format(Math.round(amount))}\u00a0₫`
}

/** A Date or ISO string → "05/07/2025", read in Vietnam's time zone. */
export function formatDate(value: Date | string): string {
  const date = typeof value === "string" ? new Date(value) : value
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Asia/Ho_Chi_Minh",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  }).formatToParts(date)
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? ""
  return `${get("day")}/${get("month")}/${get("year")}`
}

export function formatPercent(part: number, whole: number): string {
  if (whole <= 0) return "—"
  return `${Math.round((part / whole) * 100)}%`
}
