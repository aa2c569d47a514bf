/** What the people of a linkage are told (plain text: e-mail or SMS alike), in Vietnamese. */
import { formatVndPlain } from "../money"
import { formatDay } from "../plan-indicators/period"
import { contractValue } from "./rules"
import { quantityWithUnit, type LinkageUnit } from "./units"

export interface RequestSummary {
  id: string
  title: string
  quantity: number
  unit: LinkageUnit
  wanted_on: string
  ward_name: string
  company_name?: string | null
}

export interface QuoteSummary {
  cooperative: string
  status: string
  unit_price_vnd?: number | null
  quantity?: number | null
  delivery_fee_vnd?: number | null
  valid_until?: string | null
  decline_reason?: string | null
}

const need = (r: RequestSummary) => `${quantityWithUnit(r.quantity, r.unit)} ${r.title}, cần ngày ${formatDay(r.wanted_on)}, giao tại ${r.ward_name}`

/** To a cooperative's staff: a request reached it. */
export function requestRoutedMessage(r: RequestSummary, portalUrl: string): { subject: string; text: string } {
  return {
    subject: `Yêu cầu kết nối mới: ${quantityWithUnit(r.quantity, r.unit)} ${r.title}`,
    text: [
      `${r.company_name || "Một người mua"} cần ${need(r)}.`,
      "Hợp tác xã báo giá hoặc từ chối trong kênh hợp tác xã:",
      `${portalUrl}/kenh-htx/ket-noi/${r.id}`,
    ].join("\n"),
  }
}

/** To the buyer: a cooperative quoted or declined. */
export function quoteAnsweredMessage(r: RequestSummary, q: QuoteSummary, accountUrl: string): { subject: string; text: string } {
  const body =
    q.status === "declined"
      ? `${q.cooperative} không nhận được yêu cầu này${q.decline_reason ? `: ${q.decline_reason}` : "."}`
      : `${q.cooperative} báo giá ${formatVndPlain(q.unit_price_vnd ?? 0)} cho mỗi đơn vị, ${quantityWithUnit(q.quantity ?? 0, r.unit)}, phí giao ${formatVndPlain(q.delivery_fee_vnd ?? 0)} — tổng ${formatVndPlain(contractValue({ unit_price_vnd: q.unit_price_vnd ?? 0, quantity: q.quantity ?? 0, delivery_fee_vnd: q.delivery_fee_vnd ?? 0 }))}, giữ giá đến hết ngày ${formatDay(q.valid_until ?? "")}.`
  return {
    subject: `Chợ HTX Khánh Hòa: ${q.status === "declined" ? "trả lời" : "báo giá"} cho yêu cầu ${quantityWithUnit(r.quantity, r.unit)} ${r.title}`,
    text: [body, "So sánh các báo giá và chọn một trong tài khoản của bạn:", `${accountUrl}/tai-khoan/ket-noi/${r.id}`].join("\n"),
  }
}

/** To the chosen cooperative's staff: the buyer accepted its quote, and the order it became. */
export function quoteAcceptedMessage(r: RequestSummary, displayId: number | string, portalUrl: string): { subject: string; text: string } {
  return {
    subject: `Báo giá được chọn: đơn hàng #${displayId}`,
    text: [
      `${r.company_name || "Người mua"} đã chọn báo giá của hợp tác xã cho ${need(r)}.`,
      `Đơn hàng #${displayId} đã vào mục Đơn hàng của kênh hợp tác xã:`,
      `${portalUrl}/kenh-htx/don-hang/${displayId}`,
    ].join("\n"),
  }
}

/** To the staff of every cooperative it reached: the buyer withdrew the request (no quote is needed any more). */
export function requestCancelledMessage(r: RequestSummary, portalUrl: string): { subject: string; text: string } {
  return {
    subject: `Yêu cầu đã huỷ: ${quantityWithUnit(r.quantity, r.unit)} ${r.title}`,
    text: [`${r.company_name || "Người mua"} đã huỷ yêu cầu ${need(r)}. Hợp tác xã không cần báo giá nữa.`, `${portalUrl}/kenh-htx/ket-noi/${r.id}`].join("\n"),
  }
}
