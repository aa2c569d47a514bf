/**
 * A bank statement as Vietnamese banks export it (CSV or XLSX): a title block (bank, account,
 * period), then a header row and one row per transaction with its date, the money in (credit) and
 * out (debit) — or one signed amount — and the description the payer typed, where the VietQR
 * transfer text ("CHOHTX G0Y1SQPX6G") is. Headers vary by bank and are often bilingual
 * ("Ngày giao dịch/Transaction Date", "Có/Credit"); they are matched without tones or case.
 *
 * Pure: reads what lib/product-import/read-spreadsheet.ts returns, knows nothing of Medusa.
 */
import { findReference } from "../parcel-tracking"
import type { CellValue, ImportIssue } from "../product-import/read-spreadsheet"
import { foldVietnamese } from "../product-import/text"

export interface StatementLine {
  /** the row as the spreadsheet numbers it (first row = 1) */
  row: number
  /** yyyy-mm-dd, or null when the cell could not be read as a date */
  date: string | null
  /** money in, whole đồng; null when the cell could not be read */
  amount: number | null
  description: string
  /** the transfer reference found in the description, as the provider writes it */
  reference: string | null
}

export interface StatementRead {
  lines: StatementLine[]
  /** rows that are not incoming transfers: money out, totals, blank or title rows below the header */
  ignored: number
  /** problems with the file as a whole (no header found): nothing can be matched */
  issues: ImportIssue[]
}

const HEADERS = {
  date: ["ngay giao dich", "ngay gd", "ngay hieu luc", "ngay thuc hien", "ngay ghi so", "ngay", "thoi gian", "thoi gian giao dich", "date", "transaction date", "posting date", "value date", "effective date", "txn date"],
  credit: ["so tien ghi co", "ghi co", "co", "so tien co", "phat sinh co", "tien vao", "gui vao", "so tien gui vao", "credit", "credit amount", "credits", "deposit", "money in"],
  debit: ["so tien ghi no", "ghi no", "no", "so tien no", "phat sinh no", "tien ra", "rut ra", "debit", "debit amount", "debits", "withdrawal", "money out"],
  amount: ["so tien", "so tien giao dich", "gia tri", "gia tri giao dich", "amount", "transaction amount"],
  description: [
    "noi dung",
    "noi dung giao dich",
    "noi dung chi tiet",
    "noi dung chuyen khoan",
    "mo ta",
    "dien giai",
    "chi tiet",
    "chi tiet giao dich",
    "description",
    "content",
    "details",
    "transaction details",
    "remark",
    "remarks",
    "narrative",
  ],
} as const
type Column = keyof typeof HEADERS

/** "Ngày giao dịch/Transaction Date", "Số tiền ghi có (VND)" → the column it names, or null. */
export function columnOf(header: string): Column | null {
  const parts = header
    .split(/[/\n|]/)
    .map((part) => foldVietnamese(part.replace(/\([^)]*\)/g, " ")).replace(/[^a-z0-9 ]/g, " ").replace(/\s+/g, " ").trim())
    .filter(Boolean)
  for (const part of parts) {
    for (const column of Object.keys(HEADERS) as Column[]) {
      if ((HEADERS[column] as readonly string[]).includes(part)) return column
    }
  }
  return null
}

const cellText = (c: CellValue | undefined) => (c === undefined || c === null ? "" : c instanceof Date ? c.toISOString().slice(0, 10) : String(c).normalize("NFC").trim())

/**
 * A money cell in whole đồng: 1250000, "1.250.000", "1,250,000", "1 250 000 VND", "+1.250.000",
 * "1,250,000.00"; negative for money out. Null when it is not an amount (or has đồng fractions).
 */
export function parseAmount(cell: CellValue | undefined): number | null {
  if (typeof cell === "number") return Number.isSafeInteger(cell) ? cell : null
  let text = cellText(cell).replace(/\s|\u00a0/g, "").replace(/(vnd|vnđ|đ|₫|dong)$/i, "")
  if (!text) return null
  let sign = 1
  if (/^\(.*\)$/.test(text)) {
    sign = -1
    text = text.slice(1, -1)
  }
  if (text.startsWith("-")) sign = -1
  text = text.replace(/^[+-]/, "")
  if (!/^[\d.,]+$/.test(text)) return null
  // VND has no fractions, but some banks print ".00": a last separator followed by other than three
  // digits (or a comma after dot-grouping, and the reverse) starts a decimal part, which must be zero
  const last = Math.max(text.lastIndexOf("."), text.lastIndexOf(","))
  if (last !== -1) {
    const whole = text.slice(0, last)
    const fraction = text.slice(last + 1)
    const separator = text[last]
    const other = separator === "." ? "," : "."
    if (fraction.length !== 3 || (whole.includes(other) && !whole.includes(separator))) {
      if (!/^\d+$/.test(fraction) || Number(fraction) !== 0) return null
      text = whole
    }
  }
  const groups = text.split(/[.,]/)
  if (groups.length > 1 && (groups[0].length < 1 || groups[0].length > 3 || !groups.slice(1).every((g) => g.length === 3))) return null
  const n = Number(groups.join(""))
  return Number.isSafeInteger(n) ? sign * n : null
}

/** A date cell: "05/12/2026", "5/12/2026 14:03:22", "05-12-2026", "2026-12-05" (XLSX), an Excel day number. */
export function parseDate(cell: CellValue | undefined): string | null {
  if (typeof cell === "number") {
    // Excel's day count (1900 system) for a cell that is a date but not formatted as one
    if (cell < 30_000 || cell > 80_000) return null
    return new Date(Date.UTC(1899, 11, 30) + Math.floor(cell) * 86_400_000).toISOString().slice(0, 10)
  }
  const text = cellText(cell)
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text)
  if (m) return valid(+m[1], +m[2], +m[3])
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s|$|T)/.exec(text)
  if (m) return valid(+m[3], +m[2], +m[1])
  return null
}

function valid(y: number, mo: number, d: number): string | null {
  const date = new Date(Date.UTC(y, mo - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null
  return date.toISOString().slice(0, 10)
}

/** Header candidates are looked for in the first rows only: a title block is a dozen rows at most. */
const HEADER_SEARCH_ROWS = 40

export function readStatement(records: CellValue[][]): StatementRead {
  let header = -1
  let columns: Partial<Record<Column, number>> = {}
  for (let i = 0; i < Math.min(records.length, HEADER_SEARCH_ROWS) && header === -1; i++) {
    const found: Partial<Record<Column, number>> = {}
    records[i].forEach((cell, j) => {
      const column = columnOf(cellText(cell))
      if (column && found[column] === undefined) found[column] = j
    })
    if (found.date !== undefined && found.description !== undefined && (found.credit !== undefined || found.amount !== undefined)) {
      header = i
      columns = found
    }
  }
  if (header === -1) {
    return {
      lines: [],
      ignored: 0,
      issues: [
        {
          row: null,
          column: null,
          message:
            "Không tìm thấy dòng tiêu đề của sao kê: cần các cột ngày (“Ngày giao dịch”), số tiền vào (“Số tiền ghi có”, “Có” hoặc “Số tiền”) và nội dung (“Nội dung”, “Mô tả” hoặc “Diễn giải”).",
          message_en:
            "No statement header row found: it needs a date column (“Ngày giao dịch”/“Transaction date”), an incoming amount (“Ghi có”/“Credit” or “Số tiền”/“Amount”) and a description (“Nội dung”/“Description”).",
        },
      ],
    }
  }
  const lines: StatementLine[] = []
  let ignored = 0
  for (let i = header + 1; i < records.length; i++) {
    const r = records[i]
    const at = (c: Column) => (columns[c] === undefined ? undefined : r[columns[c]!])
    const description = cellText(at("description"))
    const reference = findReference(description)
    const date = parseDate(at("date"))
    const creditCell = columns.credit !== undefined ? at("credit") : at("amount")
    const amount = parseAmount(creditCell)
    const blank = cellText(creditCell) === ""
    // Not an incoming transfer: money out (a refund carries the reference too), a totals or title row, a blank row.
    const incoming = reference ? !blank && !(amount !== null && amount <= 0) : date !== null && amount !== null && amount > 0
    if (!incoming) {
      ignored++
      continue
    }
    lines.push({ row: i + 1, date, amount, description: description.slice(0, 500), reference })
  }
  return { lines, ignored, issues: [] }
}
