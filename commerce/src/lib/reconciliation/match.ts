/**
 * Matching a bank statement's incoming transfers to the VietQR orders awaiting them, line by line:
 *
 *  - matched: the line names an order (its transfer reference) that is awaiting exactly this amount;
 *  - amount_differs: it names an awaiting order, but for another amount (the buyer typed it, or paid
 *    twice, or half) — staff look at it by hand;
 *  - unknown_reference: no order has that reference, or the line names none;
 *  - already_paid: the order's payment is already captured (an earlier statement, or by hand) —
 *    so uploading the same statement again finds nothing left to capture;
 *  - duplicate: an earlier line of this statement already names the same order;
 *  - order_cancelled: the order was cancelled — the money goes back to the buyer by hand;
 *  - unreadable: the line names an order but its amount could not be read.
 *
 * Pure: the route looks the references up in Medusa and passes them in.
 */
import { formatVndPlain } from "../money"
import type { StatementLine } from "./statement"

export const LINE_STATUSES = ["matched", "amount_differs", "unknown_reference", "already_paid", "duplicate", "order_cancelled", "unreadable"] as const
export type LineStatus = (typeof LINE_STATUSES)[number]

export const LINE_STATUS_LABELS: Record<LineStatus, { vi: string; en: string }> = {
  matched: { vi: "Khớp", en: "Matched" },
  amount_differs: { vi: "Số tiền khác", en: "Amount differs" },
  unknown_reference: { vi: "Không rõ đơn", en: "Unknown reference" },
  already_paid: { vi: "Đã thanh toán trước đó", en: "Already paid" },
  duplicate: { vi: "Trùng", en: "Duplicate" },
  order_cancelled: { vi: "Đơn đã huỷ", en: "Order cancelled" },
  unreadable: { vi: "Không đọc được số tiền", en: "Amount unreadable" },
}

/** A VietQR order as the statement is matched against it. */
export interface AwaitedOrder {
  order_id: string
  display_id: number
  payment_id: string
  reference: string
  /** what is still to be received, in đồng */
  amount_due: number
  paid: boolean
  cancelled: boolean
}

export interface MatchedLine extends StatementLine {
  status: LineStatus
  order: { id: string; display_id: number; amount_due: number } | null
  /** the payment to capture, on a matched line */
  payment_id: string | null
  message: string
}

export interface StatementReport {
  lines: MatchedLine[]
  summary: Record<LineStatus, number> & { lines: number; ignored: number; matched_amount: number }
}

export function matchStatement(lines: StatementLine[], orders: Map<string, AwaitedOrder>, ignored = 0): StatementReport {
  const seen = new Map<string, number>()
  const matched: MatchedLine[] = lines.map((line) => {
    const order = line.reference ? orders.get(line.reference) : undefined
    const ref = order ? { id: order.order_id, display_id: order.display_id, amount_due: order.amount_due } : null
    const result = (status: LineStatus, message: string, payment_id: string | null = null): MatchedLine => ({ ...line, status, order: ref, payment_id, message })
    if (!line.reference) return result("unknown_reference", "Nội dung không có mã chuyển khoản CHOHTX của đơn nào.")
    if (!order) return result("unknown_reference", `Không có đơn nào với nội dung “${line.reference}”.`)
    const earlier = seen.get(order.order_id)
    if (earlier !== undefined) return result("duplicate", `Trùng với dòng ${earlier}: đơn #${order.display_id} đã có trong sao kê này.`)
    seen.set(order.order_id, line.row)
    if (order.cancelled) return result("order_cancelled", `Đơn #${order.display_id} đã huỷ: hoàn lại tiền cho người mua.`)
    if (order.paid) return result("already_paid", `Đơn #${order.display_id} đã được xác nhận thanh toán trước đó.`)
    if (line.amount === null) return result("unreadable", `Không đọc được số tiền của dòng này (đơn #${order.display_id}).`)
    if (line.amount !== order.amount_due) {
      return result("amount_differs", `Đơn #${order.display_id} chờ ${formatVndPlain(order.amount_due)}, dòng này ${formatVndPlain(line.amount)}.`)
    }
    return result("matched", `Khớp đơn #${order.display_id}: ${formatVndPlain(line.amount)}.`, order.payment_id)
  })
  const summary = Object.fromEntries(LINE_STATUSES.map((s) => [s, 0])) as StatementReport["summary"]
  for (const line of matched) summary[line.status]++
  summary.lines = matched.length
  summary.ignored = ignored
  summary.matched_amount = matched.filter((l) => l.status === "matched").reduce((n, l) => n + (l.amount ?? 0), 0)
  return { lines: matched, summary }
}

/** The matched lines as "row:payment" keys: what staff saw and confirm (see the route's 409). */
export function matchedKeys(report: StatementReport): string[] {
  return report.lines.filter((l) => l.status === "matched").map((l) => `${l.row}:${l.payment_id}`)
}

/** One sentence for the top of the report, in Vietnamese and English. */
export function reportMessage(report: StatementReport, captured: number | null): { message: string; message_en: string } {
  const s = report.summary
  const parts = LINE_STATUSES.filter((k) => s[k] > 0).map((k) => ({
    vi: `${s[k]} ${LINE_STATUS_LABELS[k].vi.toLowerCase()}${k === "matched" ? ` (${formatVndPlain(s.matched_amount)})` : ""}`,
    en: `${s[k]} ${LINE_STATUS_LABELS[k].en.toLowerCase()}${k === "matched" ? ` (${formatVndPlain(s.matched_amount)})` : ""}`,
  }))
  const vi = `${s.lines} dòng chuyển khoản đến${parts.length ? `: ${parts.map((p) => p.vi).join(", ")}` : ""}; ${s.ignored} dòng khác bỏ qua.`
  const en = `${s.lines} incoming transfer line(s)${parts.length ? `: ${parts.map((p) => p.en).join(", ")}` : ""}; ${s.ignored} other line(s) skipped.`
  if (captured === null) {
    return {
      message: `${vi} ${s.matched ? `Bấm “Xác nhận” để ghi nhận thanh toán ${s.matched} đơn khớp.` : "Không có đơn nào để ghi nhận."}`,
      message_en: `${en} ${s.matched ? `Confirm to capture the ${s.matched} matched payment(s).` : "Nothing to capture."}`,
    }
  }
  return {
    message: `${vi} Đã ghi nhận thanh toán ${captured} đơn.`,
    message_en: `${en} Captured ${captured} payment(s).`,
  }
}
