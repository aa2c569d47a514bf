/**
 * Reconciles a bank statement (Admin → "Đối soát chuyển khoản"): matches each incoming transfer to
 * the VietQR order awaiting it (steps/match-statement.ts) and, when staff confirm, captures the
 * matched payments in one go — all or none (steps/capture-statement-payments.ts). Staff confirm the
 * matches they saw: if the statement now matches differently (an order was paid by hand or
 * cancelled meanwhile) nothing is captured. A statement uploaded again finds its orders paid
 * (already_paid) and captures nothing.
 */
import { MedusaError, PaymentEvents } from "@medusajs/framework/utils"
import { createStep, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addOrderTransactionStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { matchedKeys, type StatementReport } from "../../lib/reconciliation/match"
import type { StatementLine } from "../../lib/reconciliation/statement"
import { captureStatementPaymentsStep } from "./steps/capture-statement-payments"
import { matchStatementStep } from "./steps/match-statement"

export interface ReconcileStatementInput {
  lines: StatementLine[]
  ignored: number
  /** false: report only; true: capture the matched payments */
  confirm: boolean
  /** the matched lines staff saw ("row:payment_id"), required to confirm */
  expected: string[]
  captured_by?: string
}

export const STATEMENT_CHANGED = {
  code: "statement_changed",
  message: "Kết quả đối soát đã thay đổi từ lúc bạn kiểm tra (có đơn vừa được xác nhận, huỷ hoặc đổi số tiền). Không ghi nhận dòng nào; hãy xem lại kết quả mới rồi xác nhận.",
  message_en: "The matches changed since you checked them (an order was paid, cancelled or changed meanwhile). Nothing was captured; review the new result, then confirm.",
}

const assertSameMatchesStep = createStep("assert-statement-matches-confirmed", async (input: { report: StatementReport; expected: string[] }) => {
  const now = matchedKeys(input.report).sort()
  const seen = [...new Set(input.expected)].sort()
  if (now.length !== seen.length || now.some((k, i) => k !== seen[i])) {
    throw new MedusaError(MedusaError.Types.CONFLICT, STATEMENT_CHANGED.message, STATEMENT_CHANGED.code)
  }
})

export const reconcileBankStatementWorkflow = createWorkflow("reconcile-bank-statement", (input: ReconcileStatementInput) => {
  const report = matchStatementStep({ lines: input.lines, ignored: input.ignored })
  const captures = transform({ report }, ({ report }) =>
    report.lines
      .filter((l) => l.status === "matched" && l.order && l.payment_id && l.amount)
      .map((l) => ({ payment_id: l.payment_id!, order_id: l.order!.id, amount: l.amount!, row: l.row }))
  )
  when({ input }, ({ input }) => input.confirm).then(() => {
    assertSameMatchesStep({ report, expected: input.expected })
  })
  const captured = when({ input, captures }, ({ input, captures }) => input.confirm && captures.length > 0).then(() => {
    const result = captureStatementPaymentsStep({ captures, captured_by: input.captured_by })
    addOrderTransactionStep(result.transactions)
    const events = transform({ result }, ({ result }) => result.payment_ids.map((id) => ({ id })))
    emitEventStep({ eventName: PaymentEvents.CAPTURED, data: events })
    return result
  })
  const answer = transform({ report, captured, input }, ({ report, captured, input }) => ({
    ...report,
    confirmed: input.confirm,
    captured: captured?.payment_ids.length ?? 0,
  }))
  return new WorkflowResponse(answer)
})
