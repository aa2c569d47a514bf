import { MathBN, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export interface StatementCapture {
  payment_id: string
  order_id: string
  amount: number
  row: number
}

type Before = {
  payment_id: string
  payment_data: Record<string, unknown> | null
  collection_id: string
  collection: { status: string; captured_amount: unknown; completed_at: unknown }
}
type Captured = Before & { capture_ids: string[] }

const CHANGED = (row: number) =>
  new MedusaError(
    MedusaError.Types.CONFLICT,
    `Thanh toán của dòng ${row} đã thay đổi từ lúc kiểm tra (đã được xác nhận, huỷ hoặc đổi số tiền). Không ghi nhận dòng nào; vui lòng tải sao kê lên để kiểm tra lại.`,
    "statement_changed"
  )

/**
 * Captures the matched payments of a statement — all of them or none. Every payment is checked
 * again first (not cancelled, nothing captured yet, the amount still fits); a capture that fails
 * half-way undoes those before it, and so does a later step failing (compensation): the captures
 * are deleted and each payment and its collection put back as they were. For VietQR that is
 * exact — the provider records a capture and moves no money.
 */
export const captureStatementPaymentsStep = createStep(
  "capture-statement-payments",
  async (input: { captures: StatementCapture[]; captured_by?: string }, { container }) => {
    const payments = container.resolve(Modules.PAYMENT)
    const before: Before[] = []
    for (const c of input.captures) {
      const [payment] = await payments.listPayments({ id: c.payment_id }, { relations: ["captures", "payment_collection"] })
      const captured = (payment?.captures ?? []).reduce((n: number, x: any) => n + MathBN.convert(x.amount).toNumber(), 0)
      if (!payment || payment.canceled_at || payment.captured_at || captured > 0 || MathBN.convert(payment.amount).toNumber() < c.amount) throw CHANGED(c.row)
      const collection = (payment as any).payment_collection
      before.push({
        payment_id: payment.id,
        payment_data: (payment.data as Record<string, unknown>) ?? null,
        collection_id: collection.id,
        collection: { status: collection.status, captured_amount: collection.captured_amount ?? 0, completed_at: collection.completed_at ?? null },
      })
    }
    const done: Captured[] = []
    try {
      for (const [i, c] of input.captures.entries()) {
        const payment = await payments.capturePayment({ payment_id: c.payment_id, amount: c.amount, captured_by: input.captured_by })
        const captureIds = (payment.captures ?? []).map((x: { id: string }) => x.id)
        done.push({ ...before[i], capture_ids: captureIds })
      }
    } catch (e) {
      await undoCaptures(container, done)
      throw e
    }
    const transactions = input.captures.map((c, i) => ({
      order_id: c.order_id,
      amount: c.amount,
      currency_code: "vnd",
      reference: "capture",
      reference_id: done[i].capture_ids[done[i].capture_ids.length - 1],
    }))
    return new StepResponse({ transactions, payment_ids: input.captures.map((c) => c.payment_id) }, done)
  },
  async (done, { container }) => {
    if (done?.length) await undoCaptures(container, done)
  }
)

async function undoCaptures(container: { resolve: (key: string) => any }, done: Captured[]) {
  const payments = container.resolve(Modules.PAYMENT)
  for (const d of [...done].reverse()) {
    if (d.capture_ids.length) await payments.deleteCaptures(d.capture_ids)
    await payments.updatePayment({ id: d.payment_id, captured_at: null, data: d.payment_data } as never)
    await payments.updatePaymentCollections(d.collection_id, d.collection as never)
  }
}
