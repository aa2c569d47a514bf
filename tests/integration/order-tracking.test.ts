/**
 * The buyer follows her order, the Union follows it in Admin — against the real Medusa and storefront:
 * each parcel's state (new / packing / shipped with the tracking note / delivered), the payment state,
 * and while a VietQR transfer is awaited the transfer again (QR for the amount due, bank, account,
 * holder, reference) with a save-the-image link and values a tap selects; addresses with ward and
 * province by name; the transfer reference on the order and found by Admin's order search.
 */
import { beforeAll, describe, expect, it } from "vitest"
import { hasValidCrc, parseTlv } from "../../commerce/src/lib/vietqr"
import { wardsOf } from "../../site/lib/address"
import { admin, store } from "../support/api"
import { catalogIds, portal, portalBrowser, productOf, signIn, STAFF_A, STAFF_B, storefrontOrder } from "../support/orders"
import { Shopper } from "../support/shopper"

const A = productOf(STAFF_A.cooperative_handle)
const B = productOf(STAFF_B.cooperative_handle)
const HANOI_WARD = wardsOf("01").find((w) => w.name === "Phường Bồ Đề")!
const PHONE = "0977 135 246"
let ids: Awaited<ReturnType<typeof catalogIds>>

/** A buyer in Hà Nội orders A's and B's products through the storefront's checkout. */
const order = (paymentMethod: "cod" | "vietqr") =>
  storefrontOrder(
    [A, B].map((p) => ({ variantId: ids.get(p.handle)!.variantId, quantity: 1 })),
    { fullName: "Trần Thị Theo Dõi", phone: PHONE, provinceCode: "01", wardCode: HANOI_WARD.code, street: "25 Nguyễn Văn Cừ", delivery: "nationwide" },
    paymentMethod,
  )

const lookup = (number: number) =>
  store("/store/order-lookup", { method: "POST", body: JSON.stringify({ order_number: number, phone: PHONE }) })

/** The storefront's lookup page, as a buyer without JavaScript submits it. */
async function lookupPage(number: number) {
  const res = await new Shopper().request("/tra-cuu-don-hang", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ orderNumber: String(number), phone: PHONE }).toString(),
  })
  return { status: res.status, html: await res.text() }
}

/** The part of the page about one cooperative's parcel. */
const parcelHtml = (html: string, handle: string) => {
  const start = html.indexOf(`data-order-part="${handle}"`)
  expect(start, `parcel of ${handle} on the page`).toBeGreaterThan(-1)
  const end = html.indexOf("</section>", start)
  return html.slice(start, end)
}

beforeAll(async () => {
  for (const staff of [STAFF_A, STAFF_B]) await signIn(staff)
  ids = await catalogIds([A, B])
})

describe("the buyer follows her order; the Union follows it in Admin", () => {
  it("an unpaid VietQR order: the lookup carries the QR for the amount due (valid CRC), the bank details, a save link; Admin finds the order by its transfer reference", async () => {
    const o = await order("vietqr")
    const { status, body } = await lookup(o.number)
    expect(status, JSON.stringify(body)).toBe(200)
    const answer = body.order
    expect(answer).toMatchObject({ payment_state: "awaiting_transfer", payment_method: "vietqr", amount_due: o.total })
    expect(answer.parcels.map((p: any) => [p.cooperative.handle, p.status, p.payment_state])).toEqual(
      expect.arrayContaining([
        [A.cooperative_handle, "new", "awaiting_transfer"],
        [B.cooperative_handle, "new", "awaiting_transfer"],
      ]),
    )
    const t = answer.transfer
    expect(hasValidCrc(t.payload)).toBe(true)
    const fields = parseTlv(t.payload)
    expect(Number(fields["54"])).toBe(o.total)
    expect(t.amount).toBe(o.total)
    expect(parseTlv(fields["62"])["08"]).toBe(t.reference)
    expect(t.reference).toMatch(/^CHOHTX [0-9A-Z]{10}$/)
    expect(parseTlv(parseTlv(fields["38"])["01"])["01"]).toBe(t.account_number)
    expect(t.bank_name && t.account_name).toBeTruthy()
    // the area by name, never the street
    expect(answer.shipping_address.area).toBe("Phường Bồ Đề, Thành phố Hà Nội")
    expect(JSON.stringify(body)).not.toContain("Nguyễn Văn Cừ")

    // the page, without JavaScript: QR image, a link saving it, values as selectable text, the state in words
    const page = await lookupPage(o.number)
    expect(page.status).toBe(200)
    expect(page.html).toMatch(/<img src="data:image\/png;base64,[A-Za-z0-9+/=]+"/)
    expect(page.html).toMatch(new RegExp(`<a [^>]*href="data:image/png;base64,[^"]+"[^>]*download="vietqr-don-${o.number}.png"`))
    expect(page.html).toMatch(new RegExp(`data-transfer-text[^>]*>${t.reference}<`))
    expect(page.html).toMatch(new RegExp(`data-copy-value="${t.account_number}"[^>]*>${t.account_number}<`))
    expect(page.html).toMatch(new RegExp(`data-copy-value="${o.total}"`))
    expect(page.html).toMatch(/data-payment-state="awaiting_transfer"[^>]*>Chờ chuyển khoản</)
    expect(page.html).toContain("Phường Bồ Đề, Thành phố Hà Nội")
    expect(page.html).not.toContain("Chờ thu tiền")

    // the confirmation page's route answers the storefront only (its proof), like Medusa's own order route
    const direct = await store(`/store/orders/${o.id}/tracking`)
    expect(direct.status).toBe(404)
    expect(JSON.stringify(direct.body)).not.toContain(t.reference)

    // Admin: the reference on the order (widget) and in the order search
    const parcels = await admin(`/admin/orders/${o.id}/parcels`)
    expect(parcels.status).toBe(200)
    expect(parcels.body.order).toMatchObject({
      transfer_reference: t.reference,
      payment_method_label: "Chuyển khoản ngân hàng (VietQR)",
      payment_state_label: "Chờ chuyển khoản",
    })
    for (const q of [t.reference, t.reference.split(" ")[1].toLowerCase()]) {
      const search = await admin(`/admin/orders?q=${encodeURIComponent(q)}&fields=id,display_id`)
      expect(search.status).toBe(200)
      expect(search.body.orders.map((x: { id: string }) => x.id), q).toEqual([o.id])
    }
  })

  it("shipped → the lookup and the confirmation show that parcel shipped with its tracking note, the other with its cooperative, and no transfer once paid", async () => {
    const o = await order("vietqr")
    expect((await admin(`/admin/payments/${o.paymentId}/capture`, { method: "POST", body: JSON.stringify({}) })).status).toBe(200)
    const note = "Viettel Post, mã VTP-778899"
    expect((await portal(STAFF_A, `/orders/${o.number}/status`, { status: "shipped", tracking_note: note })).status).toBe(200)
    expect((await portal(STAFF_B, `/orders/${o.number}/status`, { status: "packing" })).status).toBe(200)

    const { body } = await lookup(o.number)
    const byHandle = Object.fromEntries(body.order.parcels.map((p: any) => [p.cooperative.handle, p]))
    expect(byHandle[A.cooperative_handle]).toMatchObject({ status: "shipped", tracking_note: note, payment_state: "paid" })
    expect(typeof byHandle[A.cooperative_handle].shipped_at).toBe("string")
    expect(byHandle[B.cooperative_handle]).toMatchObject({ status: "packing", tracking_note: null })
    expect(body.order).toMatchObject({ payment_state: "paid", amount_due: 0, transfer: null })

    const page = await lookupPage(o.number)
    expect(parcelHtml(page.html, A.cooperative_handle)).toMatch(/data-parcel-state[^>]*>Đã gửi hàng</)
    expect(parcelHtml(page.html, A.cooperative_handle)).toMatch(new RegExp(`data-tracking-note[^>]*>${note}<`))
    expect(parcelHtml(page.html, B.cooperative_handle)).toMatch(/data-parcel-state[^>]*>Đang đóng gói</)
    expect(page.html).not.toContain("data-vietqr")

    // the confirmation page in the browser that placed the order says the same
    const confirmation = await o.shopper.html(`/don-hang/${o.id}`)
    expect(confirmation.status).toBe(200)
    expect(parcelHtml(confirmation.html, A.cooperative_handle)).toMatch(new RegExp(`data-tracking-note[^>]*>${note}<`))
    expect(parcelHtml(confirmation.html, B.cooperative_handle)).toMatch(/data-parcel-state[^>]*>Đang đóng gói</)
    expect(confirmation.html).toMatch(/data-payment-state="paid"[^>]*>Đã thanh toán</)
    expect(confirmation.html).not.toContain("data-vietqr")

    // Admin's widget: each cooperative's parcel with its state and note
    const { body: widget } = await admin(`/admin/orders/${o.id}/parcels`)
    const rows = Object.fromEntries(widget.order.parcels.map((p: any) => [p.cooperative.handle, p]))
    expect(rows[A.cooperative_handle]).toMatchObject({ status_label: "Đã gửi hàng", tracking_note: note, cod_amount: 0 })
    expect(rows[B.cooperative_handle]).toMatchObject({ status_label: "Đang đóng gói" })
    expect(widget.order.payment_state_label).toBe("Đã thanh toán")
  })

  it("cash on delivery: Admin names it so, each parcel's amount to collect adds up to the total; addresses carry ward and province by name", async () => {
    const o = await order("cod")
    const { body: widget } = await admin(`/admin/orders/${o.id}/parcels`)
    expect(widget.order).toMatchObject({
      payment_method_label: "Thanh toán khi nhận hàng (COD)",
      payment_state_label: "Thu khi giao (COD)",
      transfer_reference: null,
    })
    expect(widget.order.parcels.reduce((n: number, p: any) => n + p.cod_amount, 0)).toBe(o.total)
    expect(widget.order.shipping_address.full).toBe("25 Nguyễn Văn Cừ, Phường Bồ Đề, Thành phố Hà Nội")
    const { body: part } = await portal(STAFF_A, `/orders/${o.number}`)
    expect(part.order.delivery).toMatchObject({ area: "Phường Bồ Đề, Thành phố Hà Nội", full_address: "25 Nguyễn Văn Cừ, Phường Bồ Đề, Thành phố Hà Nội" })
    // the cooperative's page shows it too
    const staffBrowser = await portalBrowser(STAFF_A)
    expect((await staffBrowser.html(`/kenh-htx/don-hang/${o.number}`)).html).toMatch(/data-delivery-address[^>]*>25 Nguyễn Văn Cừ, Phường Bồ Đề, Thành phố Hà Nội</)
  })
})
