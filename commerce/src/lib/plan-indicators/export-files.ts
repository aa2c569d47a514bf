/**
 * Writes the report tables: one XLSX workbook with a sheet per table (write-excel-file, MIT), or
 * one table as CSV in UTF-8 with a BOM so that Excel opens the Vietnamese intact.
 */
import type { Cell, Table } from "./report-tables"

export async function tablesToXlsx(tables: Table[]): Promise<Buffer> {
  const { default: writeXlsxFile } = await import("write-excel-file/node")
  const sheets = tables.map((t) => ({
    sheet: t.name,
    data: [
      t.header.map((value) => ({ value, fontWeight: "bold" as const, wrap: true })),
      ...t.rows.map((row) => row.map((value: Cell) => (value === null || value === "" ? null : typeof value === "number" ? { value, type: Number } : { value, type: String }))),
    ],
    columns: t.widths.map((width) => ({ width })),
    stickyRowsCount: 1,
  }))
  return writeXlsxFile(sheets as never).toBuffer()
}

const quote = (v: Cell) => {
  if (v === null) return ""
  const s = String(v)
  // a leading =, +, -, @ would make a spreadsheet run the text as a formula
  const safe = /^[=+\-@]/.test(s) && typeof v === "string" ? `'${s}` : s
  return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

export function tableToCsv(table: Table): string {
  return "\uFEFF" + [table.header, ...table.rows].map((row) => row.map(quote).join(",")).join("\r\n") + "\r\n"
}

/** "chi-tieu-de-an-01_2025-01_2025-06_huyen-van-ninh.xlsx" — ASCII, for Content-Disposition. */
export function reportFileName(stem: string, from: string, to: string, areaLabel: string | null, ext: string): string {
  const slug = (s: string) =>
    s
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[đĐ]/g, "d")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
  return [stem, from, to, areaLabel ? slug(areaLabel) : null].filter(Boolean).join("_") + `.${ext}`
}
