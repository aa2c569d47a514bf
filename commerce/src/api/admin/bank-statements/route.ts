import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readSpreadsheetRecords } from "../../../lib/product-import/read-spreadsheet"
import { reportMessage } from "../../../lib/reconciliation/match"
import { readStatement } from "../../../lib/reconciliation/statement"
import { reconcileBankStatementWorkflow, STATEMENT_CHANGED } from "../../../workflows/reconciliation"

type UploadedFile = { originalname: string; buffer: Buffer }

const EXPECTED_KEY = /^\d{1,7}:pay_[0-9A-Za-z]{10,40}$/

/**
 * POST /admin/bank-statements — multipart/form-data: `file` (a bank statement, CSV UTF-8 or XLSX as
 * the bank exports it), `confirm` ("true" to capture), `expected` (JSON list of the matched lines
 * staff saw, "row:payment_id", as the report's `lines` give them). Answers every incoming line with
 * its status and order (lib/reconciliation/match.ts) and, on confirm, how many payments were
 * captured: 200; 422 when the file cannot be read as a statement; 409 `statement_changed` (with the
 * new report, nothing captured) when the matches are not those staff confirmed.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const file = (req as unknown as { file?: UploadedFile }).file
  const body = (req.body ?? {}) as Record<string, unknown>
  if (!file) {
    res.status(400).json({ type: "invalid_data", message: "Chưa chọn tệp sao kê (CSV hoặc XLSX).", message_en: "No statement file was sent (field “file”)." })
    return
  }
  const confirm = body.confirm === "true"
  let expected: string[] = []
  if (confirm) {
    try {
      expected = JSON.parse(String(body.expected ?? "[]"))
    } catch {
      expected = null as never
    }
    if (!Array.isArray(expected) || expected.length > 25_000 || !expected.every((k) => typeof k === "string" && EXPECTED_KEY.test(k))) {
      res.status(400).json({
        type: "invalid_data",
        message: "Thiếu danh sách các dòng khớp đã kiểm tra (trường “expected”): hãy tải sao kê lên để kiểm tra trước khi xác nhận.",
        message_en: "The matched lines you checked are missing (field “expected”): upload the statement to check it before confirming.",
      })
      return
    }
  }

  const records = await readSpreadsheetRecords(new Uint8Array(file.buffer), file.originalname)
  const statement = records.issues.length ? { lines: [], ignored: 0, issues: records.issues } : readStatement(records.records)
  if (statement.issues.length) {
    res.status(422).json({ ok: false, message: statement.issues.map((i) => i.message).join(" "), message_en: statement.issues.map((i) => i.message_en ?? i.message).join(" "), errors: statement.issues })
    return
  }

  const run = (withConfirm: boolean) =>
    reconcileBankStatementWorkflow(req.scope).run({
      input: { lines: statement.lines, ignored: statement.ignored, confirm: withConfirm, expected, captured_by: req.auth_context?.actor_id },
    })
  try {
    const { result } = await run(confirm)
    res.json({ ok: true, ...reportMessage(result, confirm ? result.captured : null), ...result })
  } catch (e) {
    const err = e as { code?: string; message?: string }
    if (err.code !== STATEMENT_CHANGED.code && err.message !== STATEMENT_CHANGED.message && !/đã thay đổi từ lúc kiểm tra/.test(err.message ?? "")) throw e
    const { result } = await run(false)
    res.status(409).json({ ok: false, type: "conflict", ...STATEMENT_CHANGED, report: { ...reportMessage(result, null), ...result } })
  }
}
