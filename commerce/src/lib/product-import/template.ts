/** The downloadable template: the header row and two example products (one with two variants). */
import { IMPORT_COLUMNS } from "./columns"

export const TEMPLATE_EXAMPLE_ROWS: string[][] = [
  ["nuoc-mam-ca-com-mau", "Nước mắm cá cơm 40 độ đạm (mẫu)", "Ủ chượp 12 tháng trong thùng gỗ, đóng chai thủy tinh.", "Nước mắm & gia vị", "Chai 500 ml", "NMCC-MAU-500", "85000", "120", "4", "OCOP-KH-2024-0123", "tỉnh", "15/03/2024", "nuoc-mam-1.jpg; nuoc-mam-2.jpg"],
  ["nuoc-mam-ca-com-mau", "", "", "", "Chai 1 lít", "NMCC-MAU-1000", "150000", "40", "", "", "", "", ""],
  ["", "Giỏ cói đan tay (mẫu)", "Đan tay từ cói Ninh Hòa.", "Thủ công mỹ nghệ", "", "GC-MAU-1", "250000", "5", "", "", "", "", ""],
]

export function templateRows(): string[][] {
  return [IMPORT_COLUMNS.map((c) => c.vi), ...TEMPLATE_EXAMPLE_ROWS]
}

export function templateCsv(): string {
  const quote = (v: string) => (/[",\n;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)
  // With a BOM, Excel opens the UTF-8 file with its Vietnamese intact.
  return "\uFEFF" + templateRows().map((r) => r.map(quote).join(",")).join("\r\n") + "\r\n"
}

export async function templateXlsx(): Promise<Buffer> {
  const { default: writeXlsxFile } = await import("write-excel-file/node")
  const [header, ...rows] = templateRows()
  const numeric = new Set([6, 7, 8])
  const data = [
    header.map((value) => ({ value, fontWeight: "bold" as const })),
    ...rows.map((r) => r.map((value, i) => (value === "" ? null : numeric.has(i) ? { value: Number(value), type: Number } : { value, type: String }))),
  ]
  return writeXlsxFile(data as never, { columns: header.map((h) => ({ width: Math.max(12, Math.min(40, h.length + 6)) })) } as never).toBuffer()
}
