/** The answer of an import or dry run: what is wrong, or what changes, product by product. */
import type { ImportIssue } from "./read-spreadsheet"
import type { ImportAction } from "./plan"

export interface ImportReport {
  ok: boolean
  dry_run: boolean
  /** Vietnamese one-liner: "Sẽ tạo 2, cập nhật 1, giữ nguyên 0", "0 thay đổi", "3 lỗi — không có gì được ghi" */
  message: string
  errors: ImportIssue[]
  summary: { rows: number; products: number; created: number; updated: number; unchanged: number }
  products: { handle: string; title: string; rows: number[]; action: ImportAction; changes: string[]; id?: string }[]
}

export function summaryMessage(r: Pick<ImportReport, "ok" | "dry_run" | "errors" | "summary">): string {
  if (!r.ok) return `${r.errors.length} lỗi — không có gì được ghi. Sửa các dòng được nêu rồi nhập lại.`
  const { created, updated, unchanged } = r.summary
  if (created + updated === 0) return `0 thay đổi (${unchanged} sản phẩm giữ nguyên).`
  return r.dry_run
    ? `Chạy thử: sẽ tạo ${created}, cập nhật ${updated}, giữ nguyên ${unchanged} sản phẩm. Chưa ghi gì.`
    : `Đã tạo ${created}, cập nhật ${updated}, giữ nguyên ${unchanged} sản phẩm.`
}

export function failedReport(errors: ImportIssue[], dryRun: boolean, rows = 0): ImportReport {
  const base = { ok: false, dry_run: dryRun, errors, summary: { rows, products: 0, created: 0, updated: 0, unchanged: 0 }, products: [] }
  return { ...base, message: summaryMessage(base) }
}
