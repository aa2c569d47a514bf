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
