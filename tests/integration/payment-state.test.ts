/**
 * Payment state per order and parcel in the cooperative portal — chờ chuyển khoản / đã thanh toán /
 * thu khi giao / hoàn tiền — and the rule that goods do not leave before the money: a parcel of an
 * unpaid VietQR order cannot be marked shipped until the Union confirms the transfer (captures the
 * payment in Admin), nor after a refund; the portal says why (409, Vietnamese and English).
 */
import { beforeAll, describe, expect, it } from "vitest"
import { SHIPPING_REFUSALS } from "../../commerce/src/lib/payment-state"
import { wardsOf } from "../../site/lib/address"
import { admin } from "../support/api"
import { catalogIds, portal, portalBrowser, productOf, signIn, STAFF_A, STAFF_B, storefrontOrder, type DemoProduct } from "../support/orders"

/** A product of each demo cooperative with a staff account, plenty in stock. */
const A = productOf(STAFF_A.cooperative_handle)
const B = productOf(STAFF_B.cooperative_handle)
const ward = wardsOf("56").find((w) => w.name === "Phường Nha Trang")!
let ids: Awaited<ReturnType<typeof catalogIds>>

/** A buyer's order through the storefront's checkout; its id and number. */
const order = (products: DemoProduct[], paymentMethod: "cod" | "vietqr") =>
  storefrontOrder(
    products.map((p) => ({ variantId: ids.get(p.handle)!.variantId, quantity: 1 })),
    { fullName: "Huỳnh Thị Thanh Toán", phone: "0905 246 810", provinceCode: "56", wardCode: ward.code, street: "9 Hùng Vương", delivery: "province" },
    paymentMethod,
  )

beforeAll(async () => {
  for (const staff of [STAFF_A, STAFF_B]) await signIn(staff)
  ids = await catalogIds([A, B])
})

describe("payment state in the portal, and no shipping before the money", () => {
  it("a VietQR order from two cooperatives: both parcels wait for the transfer, cannot be shipped, and can once the Union confirms it", async () => {
    const o = await order([A, B], "vietqr")
    for (const staff of [STAFF_A, STAFF_B]) {
      const { body } = await portal(staff, `/orders/${o.number}`)
      expect(body.order).toMatchObject({ payment_state: "awaiting_transfer", cash_on_delivery: false, cod_amount: 0, status: "new" })
      expect((await portal(staff, "/orders")).body.orders.find((p: any) => p.display_id === o.number).payment_state).toBe("awaiting_transfer")
    }

    // shipping (or "delivered" straight away) is refused with the reason; nothing is written
    for (const attempt of [{ status: "shipped", tracking_note: "Viettel Post, mã VTP-1" }, { status: "delivered" }]) {
      const refused = await portal(STAFF_A, `/orders/${o.number}/status`, attempt)
      expect(refused.status, JSON.stringify(refused.body)).toBe(409)
      expect(refused.body).toMatchObject({ code: "payment_not_received", message: SHIPPING_REFUSALS.awaiting_transfer.message, message_en: SHIPPING_REFUSALS.awaiting_transfer.message_en })
    }
    expect((await portal(STAFF_A, `/orders/${o.number}`)).body.order.status).toBe("new")
    // packing while waiting is fine
    expect((await portal(STAFF_A, `/orders/${o.number}/status`, { status: "packing" })).body.order.status).toBe("packing")

    // the portal page says so, in Vietnamese, and offers no "shipped" button
    const staffBrowser = await portalBrowser(STAFF_A)
    const page = await staffBrowser.html(`/kenh-htx/don-hang/${o.number}`)
    expect(page.status).toBe(200)
    expect(page.html).toMatch(/data-payment-state="awaiting_transfer"[^>]*>Chờ chuyển khoản</)
    expect(page.html).toContain("Hội LHPN tỉnh chưa xác nhận đã nhận tiền")
    expect(page.html).not.toContain("Đánh dấu đã gửi hàng")
    expect((await staffBrowser.html("/kenh-htx/don-hang")).html).toContain("Chờ chuyển khoản")

    // the Union confirms the transfer: captures the payment in Admin
    const captured = await admin(`/admin/payments/${o.paymentId}/capture`, { method: "POST", body: JSON.stringify({}) })
    expect(captured.status, JSON.stringify(captured.body)).toBe(200)
    for (const staff of [STAFF_A, STAFF_B]) expect((await portal(staff, `/orders/${o.number}`)).body.order.payment_state).toBe("paid")
    const shipped = await portal(STAFF_A, `/orders/${o.number}/status`, { status: "shipped", tracking_note: "Viettel Post, mã VTP-1" })
    expect(shipped.status, JSON.stringify(shipped.body)).toBe(200)
    expect(shipped.body.order).toMatchObject({ status: "shipped", tracking_note: "Viettel Post, mã VTP-1", payment_state: "paid" })
    expect((await staffBrowser.html(`/kenh-htx/don-hang/${o.number}`)).html).toMatch(/data-payment-state="paid"[^>]*>Đã thanh toán</)
  })

  it("cash on delivery: collected on delivery, so the parcel ships at once", async () => {
    const o = await order([A], "cod")
    const { body } = await portal(STAFF_A, `/orders/${o.number}`)
    expect(body.order).toMatchObject({ payment_state: "cash_on_delivery", cash_on_delivery: true, cod_amount: o.total })
    const shipped = await portal(STAFF_A, `/orders/${o.number}/status`, { status: "shipped", tracking_note: "Giao Hàng Nhanh" })
    expect(shipped.status, JSON.stringify(shipped.body)).toBe(200)
  })

  it("a refunded order shows “Hoàn tiền” and its parcel is not shipped", async () => {
    const o = await order([B], "vietqr")
    expect((await admin(`/admin/payments/${o.paymentId}/capture`, { method: "POST", body: JSON.stringify({}) })).status).toBe(200)
    const refunded = await admin(`/admin/payments/${o.paymentId}/refund`, { method: "POST", body: JSON.stringify({ amount: o.total }) })
    expect(refunded.status, JSON.stringify(refunded.body)).toBe(200)
    expect((await portal(STAFF_B, `/orders/${o.number}`)).body.order.payment_state).toBe("refunded")
    const refused = await portal(STAFF_B, `/orders/${o.number}/status`, { status: "shipped", tracking_note: "J&T" })
    expect(refused.status).toBe(409)
    expect(refused.body).toMatchObject({ code: "payment_refunded", message: SHIPPING_REFUSALS.refunded.message, message_en: SHIPPING_REFUSALS.refunded.message_en })
    expect((await portal(STAFF_B, `/orders/${o.number}`)).body.order.status).toBe("new")
  })
})
