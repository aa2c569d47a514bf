/**
 * VietQR bank-transfer payloads: EMVCo Merchant-Presented QR (TLV fields) with NAPAS's GUID
 * A000000727 in field 38, the bank's BIN and account, the amount in whole đồng, the transfer
 * reference in additional data (62.08) and a CRC16-CCITT checksum (63). Every Vietnamese
 * banking app reads these. The VietQR payment provider (checkout) will build on this.
 */

export const NAPAS_GUID = "A000000727"
export const SERVICE_TRANSFER_TO_ACCOUNT = "QRIBFTTA"

export interface VietQrInput {
  /** 6-digit bank identification number, e.g. 970436 */
  bankBin: string
  accountNumber: string
  /** whole đồng; omitted for a static QR the payer fills in */
  amount?: number
  /** transfer content, ASCII, ≤ 25 characters (banks drop diacritics) */
  reference?: string
}

const tlv = (id: string, value: string) => `${id}${value.length.toString().padStart(2, "0")}${value}`

/** CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF), as EMVCo specifies for field 63. */
export function crc16(text: string): string {
  let crc = 0xffff
  for (const byte of Buffer.from(text, "utf8")) {
    crc ^= byte << 8
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff
  }
  return crc.toString(16).toUpperCase().padStart(4, "0")
}

export function vietQrProblems(input: VietQrInput): string[] {
  const problems: string[] = []
  if (!/^\d{6}$/.test(input.bankBin)) problems.push("Mã BIN ngân hàng phải gồm 6 chữ số / bank BIN must be 6 digits")
  if (!/^[0-9A-Za-z]{1,19}$/.test(input.accountNumber)) problems.push("Số tài khoản chỉ gồm chữ và số, tối đa 19 ký tự / account number: 1–19 letters or digits")
  if (input.amount !== undefined && (!Number.isInteger(input.amount) || input.amount <= 0 || input.amount > 9_999_999_999_999))
    problems.push("Số tiền phải là số nguyên dương (đồng) / amount must be a positive whole number of đồng")
  if (input.reference !== undefined && !/^[0-9A-Za-z .-]{1,25}$/.test(input.reference))
    problems.push("Nội dung chuyển khoản: tối đa 25 ký tự không dấu / reference: up to 25 plain ASCII characters")
  return problems
}

export function buildVietQrPayload(input: VietQrInput): string {
  const problems = vietQrProblems(input)
  if (problems.length) throw new Error(problems.join("; "))
  const beneficiary = tlv("00", input.bankBin) + tlv("01", input.accountNumber)
  const merchant = tlv("00", NAPAS_GUID) + tlv("01", beneficiary) + tlv("02", SERVICE_TRANSFER_TO_ACCOUNT)
  let payload =
    tlv("00", "01") +
    tlv("01", input.amount === undefined ? "11" : "12") +
    tlv("38", merchant) +
    tlv("53", "704") +
    (input.amount === undefined ? "" : tlv("54", String(input.amount))) +
    tlv("58", "VN") +
    (input.reference ? tlv("62", tlv("08", input.reference)) : "")
  payload += "6304"
  return payload + crc16(payload)
}

/** Reads a TLV string into { id: value }; nested templates stay strings (parse them again). */
export function parseTlv(text: string): Record<string, string> {
  const fields: Record<string, string> = {}
  let i = 0
  while (i < text.length) {
    const id = text.slice(i, i + 2)
    const length = Number(text.slice(i + 2, i + 4))
    if (!/^\d{2}$/.test(id) || !Number.isInteger(length) || i + 4 + length > text.length) throw new Error(`Bad TLV at ${i}`)
    fields[id] = text.slice(i + 4, i + 4 + length)
    i += 4 + length
  }
  return fields
}

/** True when the payload's last field is a CRC that matches everything before it. */
export function hasValidCrc(payload: string): boolean {
  return payload.length > 8 && payload.slice(-8, -4) === "6304" && crc16(payload.slice(0, -4)) === payload.slice(-4)
}
