/** Vietnamese phone numbers: accept spaces, dots, dashes and +84; store as 0xxxxxxxxx. */
export function normalizeVietnamesePhone(raw: string): string | null {
  const compact = raw.replace(/[\s.\-()]/g, "")
  const national = compact.startsWith("+84") ? "0" + compact.slice(3) : compact.startsWith("84") && compact.length === 11 ? "0" + compact.slice(2) : compact
  // Mobile: 03x, 05x, 07x, 08x, 09x + 8 digits. Landline: 02xx + 7–8 digits.
  if (/^0[35789]\d{8}$/.test(national) || /^02\d{8,9}$/.test(national)) return national
  return null
}
