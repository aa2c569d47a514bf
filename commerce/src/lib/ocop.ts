/**
 * OCOP (Chương trình Mỗi xã một sản phẩm) rules: 3–5 stars; 3–4★ certified by the province,
 * 5★ by the central government; a certificate is valid for 36 months from issue.
 */
export const OCOP_VALIDITY_MONTHS = 36

export function ocopExpiry(issuedOn: Date): Date {
  const expiry = new Date(issuedOn.getTime())
  const day = expiry.getUTCDate()
  expiry.setUTCDate(1)
  expiry.setUTCMonth(expiry.getUTCMonth() + OCOP_VALIDITY_MONTHS)
  // 29/02 + 36 months has no 29/02: keep the last day of that month.
  const lastDay = new Date(Date.UTC(expiry.getUTCFullYear(), expiry.getUTCMonth() + 1, 0)).getUTCDate()
  expiry.setUTCDate(Math.min(day, lastDay))
  return expiry
}

/** Vietnam's offset from UTC (Asia/Ho_Chi_Minh, UTC+7 all year: no daylight saving since 1975). */
export const VIETNAM_UTC_OFFSET_MINUTES = 7 * 60

/**
 * The calendar date in Vietnam at the instant `now`, as midnight UTC of that date — the way certificate
 * dates are stored (`ocopExpiry` keeps midnight UTC of the day). Pass it as `today` to
 * `isOcopCertificateValid`: a certificate valid until 20/12/2026 then counts all of 20/12/2026 in Vietnam.
 */
export function vietnamToday(now: Date): Date {
  const shifted = new Date(now.getTime() + VIETNAM_UTC_OFFSET_MINUTES * 60_000)
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()))
}

/** Valid up to and including the expiry date; `today` is a date as midnight UTC (see `vietnamToday`). */
export function isOcopCertificateValid(expiresOn: Date | string | null | undefined, today = new Date()): boolean {
  if (!expiresOn) return false
  return new Date(expiresOn).getTime() >= today.getTime()
}

export function expectedIssuingLevel(stars: number): "province" | "central" {
  return stars >= 5 ? "central" : "province"
}
