import { describe, expect, it } from "vitest"
import { buyerCancelRefusal, CANCEL_MESSAGES, cancelReason, cancelRefusalAnswer, parcelCancelRefusal } from "../../commerce/src/lib/cancellation"
import { orderCancelledMessage, parcelCancelledMessage, parcelShippedMessage } from "../../commerce/src/lib/order-messages"

const parcels = (...statuses: ("new" | "packing" | "shipped" | "delivered" | "cancelled")[]) => statuses.map((status) => ({ status }))

describe("who may cancel", () => {
  it("the buyer: her whole order while no parcel is being packed and nothing is paid", () => {
    expect(buyerCancelRefusal({ cancelled: false, payment_state: "cash_on_delivery", parcels: parcels("new", "new") })).toBeNull()
    expect(buyerCancelRefusal({ cancelled: false, payment_state: "awaiting_transfer", parcels: parcels("new", "cancelled") })).toBeNull()
    expect(buyerCancelRefusal({ cancelled: false, payment_state: "cash_on_delivery", parcels: parcels("new", "packing") })).toBe(CANCEL_MESSAGES.buyerTooLate)
    expect(buyerCancelRefusal({ cancelled: false, payment_state: "paid", parcels: parcels("new") })).toBe(CANCEL_MESSAGES.buyerPaid)
    expect(buyerCancelRefusal({ cancelled: true, payment_state: "cash_on_delivery", parcels: parcels("cancelled") })).toBe(CANCEL_MESSAGES.alreadyCancelled)
  })

  it("a cooperative: its parcel before it is shipped", () => {
    expect(parcelCancelRefusal(false, "new")).toBeNull()
    expect(parcelCancelRefusal(false, "packing")).toBeNull()
    for (const late of ["shipped", "delivered", "cancelled"] as const) expect(parcelCancelRefusal(false, late)).toBe(CANCEL_MESSAGES.parcelTooLate)
    expect(parcelCancelRefusal(true, "new")).toBe(CANCEL_MESSAGES.alreadyCancelled)
  })

  it("reads a reason as typed; a cooperative must give one", () => {
    expect(cancelReason("  Hết\u0000 \n hàng  ", true)).toEqual({ ok: true, value: "Hết hàng" })
    expect(cancelReason("", true)).toEqual({ ok: false })
    expect(cancelReason(undefined, false)).toEqual({ ok: true, value: null })
    expect(cancelReason("x".repeat(301), false)).toEqual({ ok: false })
    expect(cancelRefusalAnswer({ message: CANCEL_MESSAGES.parcelTooLate.message })).toBe(CANCEL_MESSAGES.parcelTooLate)
    expect(cancelRefusalAnswer(new Error("boom"))).toBeNull()
  })
})

describe("what the buyer is told", () => {
  const news = { display_id: 1024, cooperative: "HTX Nước mắm Vạn Phước Xanh (demo)", area: "Phường Nha Trang, Khánh Hòa", total: 350_000 }
  it("a parcel shipped: who, where to, the courier's note, what to pay at the door", () => {
    const m = parcelShippedMessage({ ...news, tracking_note: "Viettel Post VTP-1", payment: "cod", cod_amount: 185_000 })
    expect(m.subject).toBe("Chợ HTX Khánh Hòa: gói hàng của đơn #1024 đã được gửi")
    expect(m.text).toContain("HTX Nước mắm Vạn Phước Xanh (demo) đã gửi gói hàng của đơn #1024 tới Phường Nha Trang, Khánh Hòa.")
    expect(m.text).toContain("Vận chuyển: Viettel Post VTP-1")
    expect(m.text).toContain("bạn trả người giao 185.000 ₫")
  })

  it("a parcel cancelled: why, and what she now pays or gets back", () => {
    expect(parcelCancelledMessage({ ...news, cancel_reason: "Hết hàng", payment: "vietqr", amount_due: 350_000 }).text).toContain("hãy chuyển 350.000 ₫")
    expect(parcelCancelledMessage({ ...news, cancel_reason: "Hết hàng", payment: "vietqr", refund_due: 55_000 }).text).toContain("sẽ hoàn lại 55.000 ₫")
    expect(parcelCancelledMessage({ ...news, payment: "cod" }).text).toContain("Tổng đơn còn 350.000 ₫, trả khi nhận từng gói.")
    expect(orderCancelledMessage({ display_id: 1024, by: "union", refund_due: 0 }).text).toMatch(/bởi Hội LHPN tỉnh\. .*\nBạn không phải trả gì\./)
  })
})
