/// <reference lib="dom" />
/**
 * Admin → an order: who ships what. The payment in words (cash on delivery is not "Authorized"),
 * the VietQR transfer reference (also findable in Admin's order search), the delivery address with
 * ward and province by name, and one row per cooperative's parcel: its status and tracking note,
 * goods, delivery fee, parcel total, the amount to collect on delivery and what was collected.
 * Reads GET /admin/orders/:id/parcels (lib/order-tracking.ts).
 */
import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Copy, Heading, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import type { OrderTracking, TrackedParcel } from "../../lib/order-tracking"
import { adminFetch } from "../components/admin-api"

// the route's answer: lib/order-tracking.ts with the labels in words (types only: nothing of the server is bundled)
type Parcel = TrackedParcel & { status_label: string; payment_state_label: string | null }
type Tracking = Omit<OrderTracking, "parcels"> & { payment_method_label: string | null; payment_state_label: string; parcels: Parcel[] }

const vnd = (n: number) => `${Math.round(n).toLocaleString("vi-VN")} ₫`
const date = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh" }) : "")
const STATE_COLOR: Record<string, "green" | "orange" | "red" | "blue" | "grey"> = {
  paid: "green",
  awaiting_transfer: "orange",
  cash_on_delivery: "blue",
  refunded: "red",
  new: "grey",
  packing: "blue",
  shipped: "orange",
  delivered: "green",
  cancelled: "red",
}

const OrderParcelsWidget = ({ data }: DetailWidgetProps<AdminOrder>) => {
  const [tracking, setTracking] = useState<Tracking | null>(null)
  const [failure, setFailure] = useState<string | null>(null)

  useEffect(() => {
    adminFetch<{ order: Tracking }>(`/admin/orders/${encodeURIComponent(data.id)}/parcels`)
      .then((b) => setTracking(b.order))
      .catch((e: Error) => setFailure(e.message || "Không tải được các gói hàng của đơn."))
  }, [data.id])

  if (failure) {
    return (
      <Container className="px-6 py-4">
        <Text className="text-ui-fg-error">{failure}</Text>
      </Container>
    )
  }
  if (!tracking) return null
  const t = tracking
  return (
    <Container className="divide-y p-0" data-testid="order-parcels">
      <div className="px-6 py-4">
        <Heading level="h2">Gói hàng theo hợp tác xã</Heading>
        <Text size="small" className="text-ui-fg-subtle mt-1">
          Mỗi hợp tác xã đóng gói và gửi phần hàng của mình, với phí giao riêng cho gói đó.
          {t.canceled_at
            ? " Đơn đã huỷ: hàng giữ cho đơn đã trả lại kho, người mua và các hợp tác xã đã được báo."
            : " Huỷ cả đơn: “Cancel order” trong menu ⋯ của đơn — hàng giữ được trả lại kho, người mua và các hợp tác xã được báo."}
        </Text>
      </div>
      <div className="grid gap-3 px-6 py-4 md:grid-cols-2">
        <div>
          <Text size="small" weight="plus">Thanh toán</Text>
          <Text size="small" data-testid="payment-method">{t.payment_method_label ?? "—"}</Text>
          <div className="mt-1 flex items-center gap-2">
            <Badge color={STATE_COLOR[t.payment_state] ?? "grey"} data-testid="payment-state">{t.payment_state_label}</Badge>
            <Text size="small" className="text-ui-fg-subtle">
              Đã nhận {vnd(t.paid)} / {vnd(t.total)}
              {t.amount_due > 0 ? ` · còn chờ ${vnd(t.amount_due)}` : ""}
            </Text>
          </div>
          {t.refund_due > 0 && (
            <Text size="small" className="text-ui-fg-error" data-testid="refund-due">
              Cần chuyển trả người mua {vnd(t.refund_due)} (gói hoặc đơn bị huỷ sau khi đã thanh toán), rồi ghi nhận hoàn tiền trong phần Thanh toán.
            </Text>
          )}
          {t.transfer_reference && (
            <div className="mt-1 flex items-center gap-1">
              <Text size="small">Nội dung chuyển khoản:</Text>
              <Text size="small" weight="plus" data-testid="transfer-reference">{t.transfer_reference}</Text>
              <Copy content={t.transfer_reference} />
            </div>
          )}
        </div>
        <div>
          <Text size="small" weight="plus">Giao đến</Text>
          <Text size="small">
            {t.shipping_address.name}
            {t.shipping_address.phone ? ` · ${t.shipping_address.phone}` : ""}
          </Text>
          <Text size="small" data-testid="delivery-address">{t.shipping_address.full}</Text>
          {t.shipping_method && <Text size="small" className="text-ui-fg-subtle">{t.shipping_method}</Text>}
          {t.courier_note && <Text size="small" className="text-ui-fg-subtle">Ghi chú: {t.courier_note}</Text>}
        </div>
      </div>
      <div className="px-6 py-4">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Hợp tác xã</Table.HeaderCell>
              <Table.HeaderCell>Tình trạng</Table.HeaderCell>
              <Table.HeaderCell>Tiền hàng</Table.HeaderCell>
              <Table.HeaderCell>Phí giao</Table.HeaderCell>
              <Table.HeaderCell>Cộng gói</Table.HeaderCell>
              <Table.HeaderCell>Thu khi giao (COD)</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {t.parcels.map((p) => (
              <Table.Row key={p.cooperative?.id ?? "union"} data-testid="parcel-row">
                <Table.Cell className="whitespace-normal">{p.cooperative?.name ?? "Hội LHPN tỉnh"}</Table.Cell>
                <Table.Cell className="whitespace-normal">
                  <Badge color={STATE_COLOR[p.status] ?? "grey"}>{p.status_label}</Badge>
                  {p.tracking_note && <div className="text-ui-fg-subtle">Vận chuyển: {p.tracking_note}</div>}
                  {p.shipped_at && <div className="text-ui-fg-subtle">Gửi {date(p.shipped_at)}</div>}
                  {p.delivered_at && <div className="text-ui-fg-subtle">Giao {date(p.delivered_at)}</div>}
                  {p.cancel_reason && <div className="text-ui-fg-subtle">Lý do huỷ: {p.cancel_reason}</div>}
                </Table.Cell>
                <Table.Cell>{vnd(p.item_total)}</Table.Cell>
                <Table.Cell>{vnd(p.shipping_total)}</Table.Cell>
                <Table.Cell>{vnd(p.total)}</Table.Cell>
                <Table.Cell className="whitespace-normal">
                  {p.cod_amount > 0 ? vnd(p.cod_amount) : "—"}
                  {p.cod_collected !== null && <div className="text-ui-fg-subtle">Đã thu {vnd(p.cod_collected)}</div>}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.after",
})

export default OrderParcelsWidget
