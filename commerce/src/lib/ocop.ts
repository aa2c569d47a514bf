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

export function isOcopCertificateValid(expiresOn: Date | string | null | undefined, today = new Date()): boolean {
  if (!expiresOn) return false
  return new Date(expiresOn).getTime() >= today.getTime()
}

export function expectedIssuingLevel(stars: number): "province" | "central" {
  return stars >= 5 ? "central" : "province"
}
