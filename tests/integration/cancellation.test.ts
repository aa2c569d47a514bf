/**
 * Cancelling and being told, against the real Medusa and storefront: the buyer cancels from the
 * lookup before any parcel is packed; a cooperative cancels its own parcel before shipping with a
 * reason; the Union cancels in Admin. Reserved stock is released, the order's total, what the courier
 * collects and the transfer still due follow, and the buyer is told through Medusa's notification
 * module — as she is when a parcel is shipped (with its note) and delivered. Cash on delivery records
 * what was collected at the door.
 */
import { beforeAll, describe, expect, it } from "vitest"
import { CANCEL_MESSAGES } from "../../commerce/src/lib/cancellation"
import { hasValidCrc, parseTlv } from "../../commerce/src/lib/vietqr"
import { wardsOf } from "../../site/lib/address"
import { admin, store } from "../support/api"
import { catalogIds, portal, productOf, signIn, STAFF_A, STAFF_B, storefrontOrder, type DemoProduct } from "../support/orders"
import { Shopper } from "../support/shopper"

const A = productOf(STAFF_A.cooperative_handle)
const B = productOf(STAFF_B.cooperative_handle)
const WARD = wardsOf("56").find((w) => w.name === "Phường Nha Trang")!
let ids: Awaited<ReturnType<typeof catalogIds>>
let serial = 0

/** A buyer (with an e-mail, to be told) orders two of each product through the storefront's checkout. */
async function order(products: DemoProduct[], paymentMethod: "cod" | "vietqr") {
  const phone = `0912${String(Date.now() + ++serial).slice(-6)}`
  const email = `huy-don-${Date.now().toString(36)}-${serial}@example.vn`
  const placed = await storefrontOrder(
    products.map((p) => ({ variantId: ids.get(p.handle)!.variantId, quantity: 2 })),
    { fullName: "Phạm Thị Huỷ", phone, email, provinceCode: "56", wardCode: WARD.code, street: "3 Lê Thánh Tôn", delivery: "province" },
    paymentMethod,
  )
  const itemOf = (p: DemoProduct) => placed.items.find((i) => i.product_id === ids.get(p.handle)!.productId)!.id
  return { ...placed, phone, email, items: placed.items.map((i) => i.id), itemOf }
}

const lookup = (o: { number: number; phone: string }) => store("/store/order-lookup", { method: "POST", body: JSON.stringify({ order_number: o.number, phone: o.phone }) })
const reservations = async (lineItemIds: string[]) => {
  const { body } = await admin(`/admin/reservations?${lineItemIds.map((id) => `line_item_id[]=${id}`).join("&")}&fields=id,line_item_id,quantity`)
  return body.reservations as { line_item_id: string; quantity: number }[]
}
/** The notifications Medusa's notification module recorded for this buyer (written by a subscriber, so polled). */
const notifications = async (email: string) => {
  const { body } = await admin(`/admin/notifications?to=${encodeURIComponent(email)}&fields=template,data,resource_id`)
  return body.notifications as { template: string; data: { subject: string; text: string } }[]
}
const notified = (email: string, template: string) =>
  expect.poll(async () => (await notifications(email)).find((n) => n.template === template)?.data.text ?? null, { timeout: 30_000 }).not.toBeNull()

beforeAll(async () => {
  for (const staff of [STAFF_A, STAFF_B]) await signIn(staff)
  ids = await catalogIds([A, B])
})

describe("a parcel shipped and delivered: the buyer is told; cash on delivery records what was collected", () => {
  it("notifies shipped (with the note and the area) and delivered, and captures the cash collected at the door", async () => {
    const o = await order([A], "cod")
    const note = "Giao Hàng Nhanh, mã GHN-5566"
    expect((await portal(STAFF_A, `/orders/${o.number}/status`, { status: "shipped", tracking_note: note })).status).toBe(200)
    await notified(o.email, "parcel-shipped")
    const shipped = (await notifications(o.email)).find((n) => n.template === "parcel-shipped")!
    expect(shipped.data.text).toContain(note)
    expect(shipped.data.text).toContain("Phường Nha Trang, Khánh Hòa")
    expect(shipped.data.text).toContain(`${o.total.toLocaleString("vi-VN")} ₫`)

    // more than the parcel collects is refused; the whole amount is recorded and captured
    const tooMuch = await portal(STAFF_A, `/orders/${o.number}/status`, { status: "delivered", cod_collected: o.total + 1 })
    expect(tooMuch.status).toBe(400)
    expect(tooMuch.body.message).toMatch(/không được lớn hơn số phải thu/)
    const delivered = await portal(STAFF_A, `/orders/${o.number}/status`, { status: "delivered", cod_collected: o.total })
    expect(delivered.status, JSON.stringify(delivered.body)).toBe(200)
    expect(delivered.body.order).toMatchObject({ status: "delivered", cod_collected: o.total })
    const { body: pay } = await admin(`/admin/payments/${o.paymentId}?fields=captures.amount`)
    expect(pay.payment.captures.map((c: any) => c.amount)).toEqual([o.total])
    const { body } = await lookup(o)
    expect(body.order.parcels[0]).toMatchObject({ status: "delivered", cod_collected: o.total, payment_state: "paid" })
    expect(body.order.payment_state).toBe("paid")
    await notified(o.email, "parcel-delivered")
  })
})

describe("cancelling", () => {
  it("the buyer cancels her order from the lookup before any parcel is packed: stock released, every parcel cancelled, she is told", async () => {
    const o = await order([A, B], "cod")
    expect((await reservations(o.items)).length).toBe(2)
    // the lookup page offers it, as a plain form
    const page = await new Shopper().request("/tra-cuu-don-hang", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ orderNumber: String(o.number), phone: o.phone }).toString(),
    })
    expect(await page.text()).toContain("data-cancel-order")

    const cancel = await new Shopper().request("/tra-cuu-don-hang", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ orderNumber: String(o.number), phone: o.phone, action: "cancel", reason: "Đặt nhầm", confirm: "on" }).toString(),
    })
    const html = await cancel.text()
    expect(cancel.status).toBe(200)
    expect(html).toContain("Đơn hàng đã được huỷ.")
    expect(html).not.toContain("data-cancel-order")

    expect(await reservations(o.items)).toEqual([])
    const { body: medusaOrder } = await admin(`/admin/orders/${o.id}?fields=status`)
    expect(medusaOrder.order.status).toBe("canceled")
    const { body } = await lookup(o)
    expect(body.order.parcels.map((p: any) => p.status)).toEqual(["cancelled", "cancelled"])
    expect(body.order.can_cancel).toBe(false)
    for (const staff of [STAFF_A, STAFF_B]) expect((await portal(staff, `/orders/${o.number}`)).body.order).toMatchObject({ status: "cancelled", cancelled_by: "buyer", cod_amount: 0 })
    await notified(o.email, "order-cancelled")
    expect((await notifications(o.email)).find((n) => n.template === "order-cancelled")!.data.text).toMatch(/theo yêu cầu của bạn \(lý do: Đặt nhầm\)/)
  })

  it("the buyer cannot cancel once a cooperative is packing: told why, nothing changes", async () => {
    const o = await order([A, B], "cod")
    expect((await portal(STAFF_B, `/orders/${o.number}/status`, { status: "packing" })).status).toBe(200)
    const refused = await store("/store/order-lookup/cancel", { method: "POST", body: JSON.stringify({ order_number: o.number, phone: o.phone }) })
    expect(refused.status).toBe(409)
    expect(refused.body).toMatchObject({ code: CANCEL_MESSAGES.buyerTooLate.code, message: CANCEL_MESSAGES.buyerTooLate.message, message_en: CANCEL_MESSAGES.buyerTooLate.message_en })
    expect((await admin(`/admin/orders/${o.id}?fields=status`)).body.order.status).not.toBe("canceled")
    expect((await reservations(o.items)).length).toBe(2)
    // a wrong phone is the lookup's 404, not a cancellation
    const stranger = await store("/store/order-lookup/cancel", { method: "POST", body: JSON.stringify({ order_number: o.number, phone: "0900000001" }) })
    expect(stranger.status).toBe(404)
  })

  it("a cooperative cancels its parcel before shipping: its stock released, the total and the transfer due follow, the other parcel goes on, the buyer is told", async () => {
    const o = await order([A, B], "vietqr")
    const before = (await lookup(o)).body.order
    const partA = before.parcels.find((p: any) => p.cooperative.handle === A.cooperative_handle)
    const partB = before.parcels.find((p: any) => p.cooperative.handle === B.cooperative_handle)

    expect((await portal(STAFF_A, `/orders/${o.number}/cancel`, {})).status).toBe(400)
    const cancelled = await portal(STAFF_A, `/orders/${o.number}/cancel`, { reason: "Hết hàng" })
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200)
    expect(cancelled.body.order).toMatchObject({ status: "cancelled", cancel_reason: "Hết hàng", cancelled_by: "cooperative" })

    // A's reservation is released, B's stays
    const left = await reservations(o.items)
    expect(left.map((r) => r.line_item_id)).toEqual([o.itemOf(B)])

    // Medusa's order total is B's parcel; the buyer's lookup says so, with a QR for the new amount
    const { body: medusaOrder } = await admin(`/admin/orders/${o.id}?fields=total,status`)
    expect(medusaOrder.order.total).toBe(partB.total)
    expect(medusaOrder.order.status).not.toBe("canceled")
    const after = (await lookup(o)).body.order
    expect(after.total).toBe(partB.total)
    const byHandle = Object.fromEntries(after.parcels.map((p: any) => [p.cooperative.handle, p]))
    expect(byHandle[A.cooperative_handle]).toMatchObject({ status: "cancelled", cancel_reason: "Hết hàng", total: 0, payment_state: null })
    expect(byHandle[B.cooperative_handle]).toMatchObject({ status: "new", total: partB.total, payment_state: "awaiting_transfer" })
    expect(after.amount_due).toBe(partB.total)
    expect(hasValidCrc(after.transfer.payload)).toBe(true)
    expect(Number(parseTlv(after.transfer.payload)["54"])).toBe(partB.total)
    expect(after.transfer.reference).toBe(before.transfer.reference)
    expect(partA.total + partB.total).toBe(o.total)

    // A cannot ship what it cancelled; B's portal is untouched
    expect((await portal(STAFF_A, `/orders/${o.number}/status`, { status: "packing" })).status).toBe(400)
    expect((await portal(STAFF_B, `/orders/${o.number}`)).body.order).toMatchObject({ status: "new", parcel_total: partB.total })

    // the Union confirms a transfer of the new total: paid, B may ship
    expect((await admin(`/admin/payments/${o.paymentId}/capture`, { method: "POST", body: JSON.stringify({ amount: partB.total }) })).status).toBe(200)
    expect((await lookup(o)).body.order).toMatchObject({ payment_state: "paid", amount_due: 0, transfer: null })
    expect((await portal(STAFF_B, `/orders/${o.number}/status`, { status: "shipped", tracking_note: "VNPost" })).status).toBe(200)

    await notified(o.email, "parcel-cancelled")
    const text = (await notifications(o.email)).find((n) => n.template === "parcel-cancelled")!.data.text
    expect(text).toContain("Hết hàng")
    expect(text).toContain(`${partB.total.toLocaleString("vi-VN")} ₫`)
  })

  it("the Union cancels in Admin (Medusa's own Cancel order): every cooperative's part is closed, the stock released, the buyer told", async () => {
    const o = await order([A, B], "cod")
    const res = await admin(`/admin/orders/${o.id}/cancel`, { method: "POST", body: JSON.stringify({}) })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(await reservations(o.items)).toEqual([])
    await notified(o.email, "order-cancelled")
    for (const staff of [STAFF_A, STAFF_B]) {
      await expect.poll(async () => (await portal(staff, `/orders/${o.number}`)).body.order.status).toBe("cancelled")
      expect((await portal(staff, `/orders/${o.number}/status`, { status: "packing" })).status).toBe(400)
    }
    expect((await lookup(o)).body.order.parcels.map((p: any) => p.status)).toEqual(["cancelled", "cancelled"])
  })
})
