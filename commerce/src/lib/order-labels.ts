/**
 * The words for a parcel's status and an order's payment method, in Vietnamese and English — shared
 * by the storefront's copy (site/lib/i18n), Medusa Admin's order widget and the notifications.
 * No imports: the storefront's browser bundles may read it.
 */
export const PARCEL_STATUSES = ["new", "packing", "shipped", "delivered", "cancelled"] as const
export type ParcelStatus = (typeof PARCEL_STATUSES)[number]

/** How the buyer (and the Union) read a parcel's status. The portal has its own, shorter words. */
export const PARCEL_STATUS_LABELS: Record<ParcelStatus, { vi: string; en: string }> = {
  new: { vi: "Hợp tác xã đã nhận đơn", en: "Received by the cooperative" },
  packing: { vi: "Đang đóng gói", en: "Being packed" },
  shipped: { vi: "Đã gửi hàng", en: "Shipped" },
  delivered: { vi: "Đã giao", en: "Delivered" },
  cancelled: { vi: "Đã huỷ", en: "Cancelled" },
}

export type PaymentMethod = "cod" | "vietqr" | "card" | "other"

export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, { vi: string; en: string }> = {
  cod: { vi: "Thanh toán khi nhận hàng (COD)", en: "Cash on delivery" },
  vietqr: { vi: "Chuyển khoản ngân hàng (VietQR)", en: "Bank transfer (VietQR)" },
  card: { vi: "Thẻ (Stripe)", en: "Card (Stripe)" },
  other: { vi: "Khác", en: "Other" },
}

