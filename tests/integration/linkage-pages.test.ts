/**
 * The storefront's account and linkage pages against the real servers, as a browser without
 * JavaScript uses them (form posts, cookies): sign-up, the account's guard, the request form's
 * messages under each field, and the cooperative portal's request pages; the session cookie is
 * httpOnly and no page of an account answers without it.
 */
import { beforeAll, describe, expect, it } from "vitest"
import { portal, portalBrowser, productOf, signIn, STAFF_A, STAFF_B } from "../support/orders"
import { inDays, NHA_TRANG, productId } from "../support/linkage"
import { Shopper } from "../support/shopper"

const form = (fields: Record<string, string>) => ({
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams(fields).toString(),
})

async function signedUpBuyer(): Promise<{ buyer: Shopper; email: string }> {
  const buyer = new Shopper()
  const email = `khach-san-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.vn`
  const res = await buyer.request("/tai-khoan/dang-ky", form({ email, password: "mat-khau-2025", first_name: "Lê Thị Thu", phone: "0905 123 456", company_name: "Khách sạn Biển Xanh (demo)" }))
  expect(res.status).toBe(303)
  expect(res.headers.get("location")).toBe("/tai-khoan?ok=welcome")
  expect(buyer.cookies.get("khach")?.httpOnly).toBe(true)
  return { buyer, email }
}

beforeAll(async () => {
  await Promise.all([signIn(STAFF_A), signIn(STAFF_B)])
})

describe("buyer accounts", () => {
  it("guard every account page: without a session they send the visitor to sign in and back", async () => {
    const guest = new Shopper()
    for (const path of ["/tai-khoan", "/tai-khoan/ket-noi/lreq_01ABCDEFGHJKMNPQRSTV", "/tai-khoan/don-hang/order_01ABCDEFGHJKMNPQRSTV", "/en/account"]) {
      const res = await guest.html(path)
      expect(res.status, path).toBe(303)
      expect(res.location, path).toMatch(/\/(dang-nhap|sign-in)\?tiep=/)
    }
    // a forged cookie is no session either
    guest.cookies.set("khach", { value: "eyJhbGciOiJIUzI1NiJ9.eyJhY3Rvcl9pZCI6ImN1c18xIn0.forged-signature", httpOnly: true })
    expect((await guest.html("/tai-khoan")).status).toBe(303)
    // the linkage page itself is public, and asks a guest to sign in instead of showing the form
    const linkage = await new Shopper().html("/ket-noi")
    expect(linkage.status).toBe(200)
    expect(linkage.html).toContain("data-linkage-sign-in")
    expect(linkage.html).not.toContain("data-linkage-form")
  })

  it("sign up with e-mail and password, refuse a taken e-mail or a short password, sign out and back in", async () => {
    const { buyer, email } = await signedUpBuyer()
    const home = await buyer.html("/tai-khoan?ok=welcome")
    expect(home.html).toContain("Xin chào, Lê Thị Thu")
    expect(home.html).toContain("Đã tạo tài khoản")

    const again = await new Shopper().request("/tai-khoan/dang-ky", form({ email, password: "mat-khau-2025", first_name: "Ai đó" }))
    expect(again.status).toBe(409)
    expect(await again.text()).toContain("Email này đã có tài khoản")
    const short = await new Shopper().request("/tai-khoan/dang-ky", form({ email: `x-${Date.now()}@example.vn`, password: "123", first_name: "Hoa" }))
    expect(short.status).toBe(400)
    expect(await short.text()).toContain("Mật khẩu cần ít nhất 8 ký tự.")

    expect((await buyer.request("/tai-khoan/dang-xuat", { method: "POST" })).status).toBe(303)
    expect(buyer.cookies.has("khach")).toBe(false)
    const wrong = await buyer.request("/tai-khoan/dang-nhap", form({ email, password: "sai-mat-khau" }))
    expect(wrong.status).toBe(401)
    expect(await wrong.text()).toContain("Email/số điện thoại hoặc mật khẩu chưa đúng.")
    const back = await buyer.request("/tai-khoan/dang-nhap?tiep=%2Fket-noi", form({ email, password: "mat-khau-2025" }))
    expect(back.headers.get("location")).toBe("/ket-noi")
    // an open redirect through ?tiep is not possible
    const evil = await buyer.request("/tai-khoan/dang-nhap?tiep=https%3A%2F%2Fevil.example%2F", form({ email, password: "mat-khau-2025" }))
    expect(evil.headers.get("location")).toBe("/tai-khoan")
  })

  it("keeps business details for invoices, checking the tax code", async () => {
    const { buyer } = await signedUpBuyer()
    const bad = await buyer.request("/tai-khoan", form({ action: "business", company_name: "Khách sạn Biển Xanh (demo)", tax_code: "12345", invoice_address: "86 Trần Phú" }))
    expect(bad.status).toBe(400)
    expect(await bad.text()).toContain("Mã số thuế gồm 10 chữ số")
    const ok = await buyer.request("/tai-khoan", form({ action: "business", company_name: "Khách sạn Biển Xanh (demo)", tax_code: "4201234567-001", invoice_address: "86 Trần Phú, Phường Nha Trang" }))
    expect(ok.status).toBe(303)
    const home = await buyer.html("/tai-khoan")
    expect(home.html).toContain('value="4201234567-001"')
    const address = await buyer.request("/tai-khoan", form({ action: "address", first_name: "Lê Thị Thu", phone: "0905123456", address_1: "86 Trần Phú", ...NHA_TRANG }))
    expect(address.status).toBe(303)
    expect((await buyer.html("/tai-khoan")).html).toContain("86 Trần Phú, Phường Nha Trang, Khánh Hòa")
  })
})

describe("the request form and the portal's request pages", () => {
  it("lets the buyer cancel her open request from its page; then there is nothing left to cancel or accept", async () => {
    const { buyer } = await signedUpBuyer()
    const sent = await buyer.request(
      "/ket-noi",
      form({ product_handle: "muoi-hat-hon-khoi-phoi-nang", quantity: "60", unit: "kg", wanted_on: inDays(15), contact_name: "Lê Thị Thu", phone: "0905123456", ...NHA_TRANG })
    )
    const path = (sent.headers.get("location") ?? "").replace(/\?.*$/, "")
    expect(path).toMatch(/^\/tai-khoan\/ket-noi\/lreq_\w+$/)
    expect((await buyer.html(path)).html).toContain("data-cancel-request")
    const cancel = await buyer.request(path, form({ action: "cancel" }))
    expect(cancel.status).toBe(303)
    expect(cancel.headers.get("location")).toBe(`${path}?ok=cancelled`)
    const after = (await buyer.html(`${path}?ok=cancelled`)).html
    expect(after).toContain("Đã huỷ yêu cầu. Các hợp tác xã đã được báo.")
    expect(after).not.toContain("data-cancel-request")
    expect(after).not.toContain("data-accept")
    const twice = await buyer.request(path, form({ action: "cancel" }))
    expect(twice.status).toBe(409)
    expect(await twice.text()).toContain("Yêu cầu này đã huỷ.")
  })

  it("from a cooperative's page: the form offers that cooperative's products, and the request goes to it", async () => {
    const maker = STAFF_B.cooperative_handle
    const profile = await new Shopper().html(`/hop-tac-xa/${maker}`)
    expect(profile.html).toContain(`href="/ket-noi?htx=${maker}"`)
    const { buyer } = await signedUpBuyer()
    const page = await buyer.html(`/ket-noi?htx=${maker}`)
    expect(page.html).toContain(`data-linkage-cooperative="${maker}"`)
    const offered = [...page.html.matchAll(/<option value="([a-z0-9-]+)"/g)].map((m) => m[1])
    expect(offered).toContain("muoi-hat-hon-khoi-phoi-nang")
    // only its products: the fish sauce of the other demo cooperative is not offered
    expect(offered).not.toContain(productOf(STAFF_A.cooperative_handle).handle)
    const sent = await buyer.request(
      `/ket-noi?htx=${maker}`,
      form({ product_handle: "muoi-hat-hon-khoi-phoi-nang", quantity: "120", unit: "kg", wanted_on: inDays(20), contact_name: "Lê Thị Thu", phone: "0905123456", ...NHA_TRANG })
    )
    expect(sent.status).toBe(303)
    const id = /lreq_\w+/.exec(sent.headers.get("location") ?? "")![0]
    expect((await (await portalBrowser(STAFF_B)).html(`/kenh-htx/ket-noi/${id}`)).status).toBe(200)
  })

  it("show Medusa's messages under the fields and send nothing; a good request reaches the maker's portal page, which quotes on a phone form", async () => {
    const { buyer } = await signedUpBuyer()
    const page = await buyer.html("/ket-noi?san-pham=muoi-hat-hon-khoi-phoi-nang")
    expect(page.html).toContain("Sản phẩm: Muối hạt Hòn Khói phơi nắng")
    const fields = { product_handle: "muoi-hat-hon-khoi-phoi-nang", unit: "kg", contact_name: "Lê Thị Thu", phone: "0905123456", ...NHA_TRANG }
    const bad = await buyer.request("/ket-noi?san-pham=muoi-hat-hon-khoi-phoi-nang", form({ ...fields, quantity: "-3", wanted_on: inDays(-2) }))
    expect(bad.status).toBe(400)
    const html = await bad.text()
    expect(html).toMatch(/data-field-error="quantity">Số lượng phải là số nguyên từ 1/)
    expect(html).toMatch(/data-field-error="wanted_on">Ngày cần hàng không được ở quá khứ/)
    expect((await buyer.html("/tai-khoan")).html).not.toContain("data-linkage-list")

    const sent = await buyer.request("/ket-noi", form({ ...fields, quantity: "200", wanted_on: inDays(12), budget_vnd: "4.000.000", invoice_needed: "on" }))
    expect(sent.status).toBe(303)
    const requestPath = sent.headers.get("location")!
    expect(requestPath).toMatch(/^\/tai-khoan\/ket-noi\/lreq_\w+\?ok=sent$/)
    const id = /lreq_\w+/.exec(requestPath)![0]
    expect((await buyer.html(requestPath)).html).toContain("200 kg Muối hạt Hòn Khói phơi nắng")
    // another buyer gets 404 for it
    const other = await signedUpBuyer()
    expect((await other.buyer.html(`/tai-khoan/ket-noi/${id}`)).status).toBe(404)

    // the maker's staff see it and quote; the other cooperative's staff get 404
    const staffB = await portalBrowser(STAFF_B)
    const list = await staffB.html("/kenh-htx/ket-noi")
    expect(list.html).toContain(`data-request="${id}"`)
    expect((await (await portalBrowser(STAFF_A)).html(`/kenh-htx/ket-noi/${id}`)).status).toBe(404)
    const detail = await staffB.html(`/kenh-htx/ket-noi/${id}`)
    expect(detail.html).not.toContain("0905123456")
    const salt = await productId("muoi-hat-hon-khoi-phoi-nang")
    const refused = await staffB.request(`/kenh-htx/ket-noi/${id}`, form({ action: "quote", product_id: salt, unit_price_vnd: "0", quantity: "200", delivery_fee_vnd: "0", delivery_on: inDays(10), valid_until: inDays(5) }))
    expect(refused.status).toBe(400)
    expect(await refused.text()).toContain("Đơn giá phải là số đồng")
    const quoted = await staffB.request(`/kenh-htx/ket-noi/${id}`, form({ action: "quote", product_id: salt, unit_price_vnd: "18.000", quantity: "200", delivery_fee_vnd: "50.000", delivery_on: inDays(10), valid_until: inDays(5), note: "" }))
    expect(quoted.status).toBe(303)
    expect((await portal(STAFF_B, `/linkage-requests/${id}`)).body.linkage_request.quote).toMatchObject({ unit_price_vnd: 18_000, delivery_fee_vnd: 50_000, total_vnd: 3_650_000 })

    // the buyer compares and accepts: a payment must be chosen, then the order is made at the quoted total
    const compare = await buyer.html(`/tai-khoan/ket-noi/${id}`)
    expect(compare.html).toContain("3.650.000")
    const quoteId = /data-quote="(lquote_\w+)"/.exec(compare.html)![1]
    const noPayment = await buyer.request(`/tai-khoan/ket-noi/${id}`, form({ quote_id: quoteId }))
    expect(noPayment.status).toBe(400)
    const accepted = await buyer.request(`/tai-khoan/ket-noi/${id}`, form({ quote_id: quoteId, payment: "cod", total: "1" }))
    expect(accepted.status).toBe(303)
    const after = await buyer.html(accepted.headers.get("location")!)
    expect(after.html).toMatch(/Đã chốt báo giá\. Đơn hàng #\d+ đã được lập\./)
    const orderPath = /href="(\/tai-khoan\/don-hang\/order_\w+)"/.exec(after.html)![1]
    const order = await buyer.html(orderPath)
    expect(order.status).toBe(200)
    expect(order.html).toContain("3.650.000")
    // someone else's order is not shown through the account
    expect((await other.buyer.html(orderPath)).status).toBe(404)
  })
})
