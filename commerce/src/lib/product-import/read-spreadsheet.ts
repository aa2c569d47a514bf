/**
 * Turns the bytes of an uploaded spreadsheet (CSV in UTF-8, or XLSX) into rows keyed by our
 * column names, with the row numbers the spreadsheet shows (header = row 1). Nothing here
 * knows about Medusa: it only reads, so tests and the CLI can use it alike.
 */
import { IMPORT_COLUMNS, IMPORT_LIMITS, type ImportColumnKey } from "./columns"
import { foldVietnamese } from "./text"

export type CellValue = string | number | Date
/** One column of an import sheet: Vietnamese header, English alias, required or not. */
export interface SheetColumn<K extends string = string> {
  key: K
  vi: string
  en: string
  required: boolean
}
export interface RawRow<K extends string = ImportColumnKey> {
  /** Row number as the spreadsheet shows it (the header is row 1). */
  row: number
  cells: Partial<Record<K, CellValue>>
}
/** One problem, placed where a person will look for it: row and column as the spreadsheet shows them. */
export interface ImportIssue {
  row: number | null
  column: string | null
  message: string
  /** the same in English, where the problem comes from a part that speaks both (e.g. the photo pipeline) */
  message_en?: string
}
export interface ReadResult<K extends string = ImportColumnKey> {
  format: "csv" | "xlsx"
  rows: RawRow<K>[]
  issues: ImportIssue[]
}

const SAVE_AS_UTF8 = "Trong Excel chọn Tệp → Lưu dưới dạng → “CSV UTF-8 (Comma delimited) (*.csv)” rồi tải lên lại."

/** A sheet as it is: every record (line or row) as its cells, before any header is looked for. */
export interface RecordsResult {
  format: "csv" | "xlsx"
  records: CellValue[][]
  issues: ImportIssue[]
}

/**
 * Rows keyed by the sheet's columns: the product import's by default; other imports (the
 * cooperative registry, training attendance) pass their own.
 */
export async function readSpreadsheet(bytes: Uint8Array, fileName?: string): Promise<ReadResult>
export async function readSpreadsheet<K extends string>(bytes: Uint8Array, fileName: string, columns: readonly SheetColumn<K>[]): Promise<ReadResult<K>>
export async function readSpreadsheet(
  bytes: Uint8Array,
  fileName = "",
  columns: readonly SheetColumn[] = IMPORT_COLUMNS
): Promise<ReadResult<string>> {
  const read = await readSpreadsheetRecords(bytes, fileName)
  if (read.issues.length) return { format: read.format, rows: [], issues: read.issues }
  return toRows(read.format, read.records, columns)
}

/**
 * The records of a CSV (UTF-8; comma, semicolon or tab) or XLSX file, with the same refusals
 * (empty, too large, legacy code page, .xls, broken .xlsx) in Vietnamese. Readers that find their
 * own header — bank statements open with a title block — start here.
 */
export async function readSpreadsheetRecords(bytes: Uint8Array, fileName = ""): Promise<RecordsResult> {
  if (bytes.length === 0) return failRecords("csv", "Tệp trống.")
  if (bytes.length > IMPORT_LIMITS.maxFileBytes) {
    return failRecords("csv", `Tệp quá lớn (${(bytes.length / 1024 / 1024).toFixed(1)} MB); tối đa ${IMPORT_LIMITS.maxFileBytes / 1024 / 1024} MB.`)
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return readXlsx(bytes)
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    return failRecords("xlsx", "Tệp Excel 97–2003 (.xls) không được hỗ trợ. Hãy lưu dưới dạng .xlsx hoặc “CSV UTF-8”.")
  }
  if (/\.xlsx$/i.test(fileName)) return failRecords("xlsx", "Tệp .xlsx bị hỏng hoặc không phải tệp Excel.")
  return readCsv(bytes)
}

function fail(format: "csv" | "xlsx", message: string): ReadResult<string> {
  return { format, rows: [], issues: [{ row: null, column: null, message }] }
}

function failRecords(format: "csv" | "xlsx", message: string): RecordsResult {
  return { format, records: [], issues: [{ row: null, column: null, message }] }
}

// ---------------------------------------------------------------- CSV

function readCsv(bytes: Uint8Array): RecordsResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return failRecords("csv", `Tệp CSV đang ở mã UTF-16 (“Unicode Text”), không phải UTF-8. ${SAVE_AS_UTF8}`)
  }
  const bad = firstInvalidUtf8(bytes)
  if (bad !== -1) {
    let line = 1
    for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) line++
    return {
      format: "csv",
      records: [],
      issues: [
        {
          row: line,
          column: null,
          message: `Tệp CSV không phải mã UTF-8 (chữ có dấu bị lưu theo bảng mã cũ như Windows-1258/1252, lỗi đầu tiên ở dòng ${line}). ${SAVE_AS_UTF8}`,
        },
      ],
    }
  }
  // TextDecoder drops a UTF-8 BOM by default.
  const text = new TextDecoder("utf-8").decode(bytes)
  return { format: "csv", records: parseCsv(text), issues: [] }
}

/** Byte offset of the first byte that is not well-formed UTF-8, or -1. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0
  while (i < b.length) {
    const c = b[i]
    if (c < 0x80) { i++; continue }
    let n: number
    let min: number
    if (c >= 0xc2 && c <= 0xdf) { n = 1; min = 0x80 }
    else if (c >= 0xe0 && c <= 0xef) { n = 2; min = 0x800 }
    else if (c >= 0xf0 && c <= 0xf4) { n = 3; min = 0x10000 }
    else return i
    let cp = c & (0x3f >> n)
    for (let k = 1; k <= n; k++) {
      const cc = b[i + k]
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i
      cp = (cp << 6) | (cc & 0x3f)
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i
    i += n + 1
  }
  return -1
}

/** RFC 4180 records: quoted fields with "" escapes and line breaks; comma, semicolon or tab as detected on the header line. */
export function parseCsv(text: string): string[][] {
  const delimiter = detectDelimiter(text)
  const records: string[][] = []
  let field = ""
  let record: string[] = []
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') { field += '"'; i++ }
        else quoted = false
      } else field += ch
      continue
    }
    if (ch === '"' && field === "") quoted = true
    else if (ch === delimiter) { record.push(field); field = "" }
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++
      record.push(field)
      records.push(record)
      record = []
      field = ""
    } else field += ch
  }
  if (field !== "" || record.length) {
    record.push(field)
    records.push(record)
  }
  return records
}

function detectDelimiter(text: string): string {
  const end = text.search(/\r|\n/)
  const header = end === -1 ? text : text.slice(0, end)
  const counts = [",", ";", "\t"].map((d) => [d, header.split(d).length] as const)
  counts.sort((a, b) => b[1] - a[1])
  return counts[0][0]
}

// ---------------------------------------------------------------- XLSX

async function readXlsx(bytes: Uint8Array): Promise<RecordsResult> {
  let data: unknown[][]
  try {
    // An ES module: a dynamic import keeps this CommonJS build (Medusa's) able to load it.
    const { readSheet } = await import("read-excel-file/node")
    data = (await readSheet(Buffer.from(bytes))) as unknown[][]
  } catch {
    return failRecords("xlsx", "Không đọc được tệp .xlsx (tệp hỏng hoặc không phải Excel). Hãy mở lại trong Excel và lưu dưới dạng .xlsx.")
  }
  return {
    format: "xlsx",
    records: data.map((r) =>
      // Date cells become ISO dates here: rows travel through a workflow as plain JSON.
      r.map((v) => (v === null || v === undefined ? "" : v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === "number" ? v : String(v)))
    ) as CellValue[][],
    issues: [],
  }
}

// ---------------------------------------------------------------- header → rows

function toRows(format: "csv" | "xlsx", records: CellValue[][], sheetColumns: readonly SheetColumn[]): ReadResult<string> {
  const issues: ImportIssue[] = []
  const headerIndex = records.findIndex((r) => r.some((c) => cellText(c) !== ""))
  if (headerIndex === -1) return fail(format, "Tệp không có dòng tiêu đề và dữ liệu.")
  const headerRow = headerIndex + 1
  const columns: (string | null)[] = []
  const seen = new Map<string, number>()
  records[headerIndex].forEach((cell, i) => {
    const label = cellText(cell)
    if (label === "") { columns.push(null); return }
    const folded = foldVietnamese(label)
    const column = sheetColumns.find((c) => foldVietnamese(c.vi) === folded || foldVietnamese(c.en) === folded)
    if (!column) {
      issues.push({ row: headerRow, column: label, message: `Cột “${label}” không có trong mẫu (xem danh sách cột trong tệp mẫu).` })
      columns.push(null)
    } else if (seen.has(column.key)) {
      issues.push({ row: headerRow, column: column.vi, message: `Cột “${column.vi}” xuất hiện hai lần.` })
      columns.push(null)
    } else {
      seen.set(column.key, i)
      columns.push(column.key)
    }
  })
  for (const c of sheetColumns) {
    if (c.required && !seen.has(c.key)) issues.push({ row: headerRow, column: c.vi, message: `Thiếu cột bắt buộc “${c.vi}”.` })
  }
  const rows: RawRow<string>[] = []
  for (let i = headerIndex + 1; i < records.length; i++) {
    const record = records[i]
    if (!record.some((c) => cellText(c) !== "")) continue
    const cells: RawRow<string>["cells"] = {}
    record.forEach((value, j) => {
      const key = columns[j]
      if (!key) return
      if (typeof value === "string") {
        const text = value.normalize("NFC").trim()
        if (text !== "") cells[key] = text
      } else cells[key] = value
    })
    rows.push({ row: i + 1, cells })
  }
  if (rows.length === 0 && !issues.length) issues.push({ row: null, column: null, message: "Tệp không có dòng dữ liệu nào dưới dòng tiêu đề." })
  if (rows.length > IMPORT_LIMITS.maxRows) {
    issues.push({ row: null, column: null, message: `Tệp có ${rows.length} dòng; tối đa ${IMPORT_LIMITS.maxRows} dòng mỗi lần nhập.` })
  }
  return { format, rows, issues }
}

function cellText(c: CellValue | undefined): string {
  if (c === undefined) return ""
  if (typeof c === "string") return c.trim()
  return String(c)
}
