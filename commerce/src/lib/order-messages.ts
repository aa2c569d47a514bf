/** The order-placed message a buyer receives, in Vietnamese (plain text: e-mail or SMS alike). */
import { formatVndPlain } from "./money"

export interface PlacedOrder {
  display_id: number | string
  email?: string | null
  total: number
  shipping_total: number
  items: { title: string; quantity: number; unit_price: number; cooperative?: string | null }[]
  payment: "cod" | "vietqr" | "other"
  vietqr?: { bank_name: string; account_number: string; account_name: string; reference: string } | null
}

export function orderPlacedMessage(order: PlacedOrder): { subject: string; text: string } {
  const lines = order.items.map(
    (i) => `- ${i.title} × ${i.quantity}: ${formatVndPlain(i.unit_price * i.quantity)}${i.cooperative ? ` (${i.cooperative})` : ""}`
  )
  const payment =
    order.payment === "cod"
      ? `Thanh toán khi nhận hàng: ${formatVndPlain(order.total)}.`
      : order.payment === "vietqr" && order.vietqr
        ? `Chuyển khoản ${formatVndPlain(order.total)} tới ${order.vietqr.account_name}, ${order.vietqr.bank_name}, số tài khoản ${order.vietqr.account_number}, nội dung "${order.vietqr.reference}". Đơn được xác nhận khi tiền về.`
        : `Tổng cộng: ${formatVndPlain(order.total)}.`
  return {
    subject: `Chợ HTX Khánh Hòa: đã nhận đơn hàng #${order.display_id}`,
    text: [
      `Cảm ơn bạn đã đặt hàng! Đơn hàng #${order.display_id} đã được ghi nhận.`,
      "",
      ...lines,
      `Phí giao hàng: ${formatVndPlain(order.shipping_total)}`,
      `Tổng cộng: ${formatVndPlain(order.total)}`,
      "",
      payment,
      "Mỗi hợp tác xã sẽ đóng gói và gửi phần hàng của mình.",
    ].join("\n"),
  }
}

/** What the buyer is told when one parcel of her order moves (shipped, delivered) or is cancelled. */
export interface ParcelNews {
  display_id: number | string
  cooperative: string | null
  /** ward and province by name: where it goes */
  area: string
  tracking_note?: string | null
  cancel_reason?: string | null
  /** the order after the change */
  total: number
  payment: "cod" | "vietqr" | "other"
  /** VietQR: still to transfer (0 when paid) */
  amount_due?: number
  /** VietQR: paid beyond the new total, to be refunded by the Union */
  refund_due?: number
  /** cash on delivery: what this parcel's courier collects */
  cod_amount?: number
}

const SITE = "Chợ HTX Khánh Hòa"
const LOOKUP_HINT = "Tra cứu đơn bằng mã đơn và số điện thoại trên trang “Tra cứu đơn hàng”."

export function parcelShippedMessage(n: ParcelNews): { subject: string; text: string } {
  const from = n.cooperative ?? "Hội LHPN tỉnh"
  return {
    subject: `${SITE}: gói hàng của đơn #${n.display_id} đã được gửi`,
    text: [
      `${from} đã gửi gói hàng của đơn #${n.display_id}${n.area ? ` tới ${n.area}` : ""}.`,
      n.tracking_note ? `Vận chuyển: ${n.tracking_note}` : "",
      n.payment === "cod" && n.cod_amount ? `Khi nhận gói này, bạn trả người giao ${formatVndPlain(n.cod_amount)}.` : "",
      LOOKUP_HINT,
    ]
      .filter(Boolean)
      .join("\n"),
  }
}

export function parcelDeliveredMessage(n: ParcelNews): { subject: string; text: string } {
  const from = n.cooperative ?? "Hội LHPN tỉnh"
  return {
    subject: `${SITE}: gói hàng của đơn #${n.display_id} đã giao`,
    text: [`Gói hàng của ${from} trong đơn #${n.display_id} đã được giao${n.area ? ` tại ${n.area}` : ""}. Cảm ơn bạn đã ủng hộ hợp tác xã!`, LOOKUP_HINT].join("\n"),
  }
}

/** What the buyer still pays (or gets back) after a cancellation. */
function moneyAfter(n: ParcelNews): string {
  if (n.payment === "cod") return `Tổng đơn còn ${formatVndPlain(n.total)}, trả khi nhận từng gói.`
  if (n.payment === "vietqr" && n.refund_due) return `Bạn đã chuyển khoản: Hội LHPN tỉnh sẽ hoàn lại ${formatVndPlain(n.refund_due)}.`
  if (n.payment === "vietqr" && n.amount_due) return `Tổng đơn còn ${formatVndPlain(n.total)}: nếu chưa chuyển khoản, hãy chuyển ${formatVndPlain(n.amount_due)} (mã QR mới trên trang tra cứu).`
  return `Tổng đơn còn ${formatVndPlain(n.total)}.`
}

export function parcelCancelledMessage(n: ParcelNews): { subject: string; text: string } {
  return {
    subject: `${SITE}: một gói hàng của đơn #${n.display_id} đã bị huỷ`,
    text: [
      `${n.cooperative ?? "Hợp tác xã"} không gửi được phần hàng của mình trong đơn #${n.display_id} và đã huỷ gói này${n.cancel_reason ? ` (lý do: ${n.cancel_reason})` : ""}.`,
      "Các gói khác của đơn vẫn được gửi như bình thường; bạn không phải trả cho gói đã huỷ.",
      moneyAfter(n),
      LOOKUP_HINT,
    ].join("\n"),
  }
}

export function orderCancelledMessage(n: { display_id: number | string; by: "buyer" | "union" | "cooperative" | null; reason?: string | null; refund_due?: number }): { subject: string; text: string } {
  const who = n.by === "buyer" ? "theo yêu cầu của bạn" : n.by === "cooperative" ? "vì hợp tác xã không gửi được hàng" : "bởi Hội LHPN tỉnh"
  return {
    subject: `${SITE}: đơn hàng #${n.display_id} đã được huỷ`,
    text: [
      `Đơn hàng #${n.display_id} đã được huỷ ${who}${n.reason ? ` (lý do: ${n.reason})` : ""}. Các hợp tác xã sẽ không gửi hàng.`,
      n.refund_due ? `Hội LHPN tỉnh sẽ hoàn lại ${formatVndPlain(n.refund_due)} bạn đã chuyển khoản.` : "Bạn không phải trả gì.",
    ].join("\n"),
  }
}
