/**
 * Buyer accounts beyond sign-up, against the real storefront and Medusa (form posts and cookies, as a
 * browser without JavaScript): an order placed while signed in is in the account; orders placed as a
 * guest join it only after the buyer opens a link sent to that e-mail or phone (Medusa's notification
 * module, read back from its table) — not someone else's account, not a tampered link; she then signs
 * in with her phone; wrong passwords and links asked for are limited.
 */
import { beforeAll, describe, expect, it } from "vitest"
import { wardsOf } from "../../site/lib/address"
import { withClient } from "../../scripts/lib/database.ts"
import { admin, stack, store } from "../support/api"
import { catalogIds, productOf, STAFF_A, storefrontOrder } from "../support/orders"
import { Shopper } from "../support/shopper"

const PRODUCT = productOf(STAFF_A.cooperative_handle)
const WARD = wardsOf("56").find((w) => w.name === "Phường Nha Trang")!
let variantId: string
let serial = 0

const form = (fields: Record<string, string>) => ({
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams(fields).toString(),
})
const uniquePhone = () => `0916${String(Date.now() + ++serial * 7919).slice(-6)}`
const uniqueEmail = (who: string) => `${who}-${Date.now().toString(36)}-${++serial}@example.vn`

async function signUp(email: string, phone: string): Promise<Shopper> {
  const buyer = new Shopper()
  const res = await buyer.request("/tai-khoan/dang-ky", form({ email, password: "mat-khau-2025", first_name: "Trần Thị Mai", phone }))
  expect(res.status).toBe(303)
  return buyer
}

const guestOrder = (buyer: { phone: string; email?: string }) =>
  storefrontOrder(
    [{ variantId, quantity: 1 }],
    { fullName: "Trần Thị Mai", ...buyer, provinceCode: "56", wardCode: WARD.code, street: "12 Yersin", delivery: "province" },
    "cod"
  )

/** The customer an order belongs to, and whether that customer has an account. */
async function ownerOf(orderId: string): Promise<{ id: string | null; has_account: boolean }> {
  const { body } = await admin(`/admin/orders/${orderId}?fields=customer_id,customer.has_account`)
  return { id: body.order.customer_id, has_account: !!body.order.customer?.has_account }
}

/** The link's claim in the last message of this template sent to `to` (the local provider only records it). */
async function claimSentTo(to: string): Promise<{ claim: string; channel: string; text: string }> {
  let row: { channel: string; data: { text: string } } | undefined
  await expect
    .poll(async () => {
      row = await withClient(stack().databaseUrl, async (c) =>
        (await c.query(`select channel, data from notification where "to" = $1 and template = 'guest-orders-claim' order by created_at desc limit 1`, [to])).rows[0]
      )
      return !!row
    })
    .toBe(true)
  const ma = /[?&]ma=([^\s&]+)/.exec(row!.data.text)?.[1]
  expect(ma, row!.data.text).toBeTruthy()
  return { claim: decodeURIComponent(ma!), channel: row!.channel, text: row!.data.text }
}

const accountHtml = async (buyer: Shopper) => (await buyer.html("/tai-khoan")).html

beforeAll(async () => {
  variantId = (await catalogIds([PRODUCT])).get(PRODUCT.handle)!.variantId
})

describe("buyer accounts: orders", () => {
  it("an order placed while signed in is in the account's history; the checkout starts with her details", async () => {
    const email = uniqueEmail("mai-dang-nhap")
    const phone = uniquePhone()
    const buyer = await signUp(email, phone)
    expect((await buyer.add(variantId, 1)).status).toBe(200)
    const checkout = await buyer.html("/dat-hang")
    expect(checkout.status).toBe(200)
    expect(checkout.html).toContain(phone)
    expect(checkout.html).toContain(email)
    const quote = await buyer.post("/api/checkout/quote", { provinceCode: "56" })
    const option = quote.body.options.find((o: { kind: string }) => o.kind === "province")
    const placed = await buyer.post("/api/checkout/place", {
      fullName: "Trần Thị Mai", phone: uniquePhone(), provinceCode: "56", wardCode: WARD.code, street: "12 Yersin", shippingOptionId: option.id, paymentMethod: "cod",
    })
    expect(placed.status, JSON.stringify(placed.body)).toBe(200)
    const orderId = placed.body.redirect.split("/").pop()
    const owner = await ownerOf(orderId)
    expect(owner.has_account).toBe(true)
    const { body } = await admin(`/admin/orders/${orderId}?fields=display_id`)
    expect(await accountHtml(buyer)).toContain(`Đơn hàng #${body.order.display_id}`)
  })

  it("guest orders join the account only through the link sent to that e-mail or phone", async () => {
    const email = uniqueEmail("mai-khach-vang-lai")
    const phone = uniquePhone()
    const byEmail = await guestOrder({ phone: uniquePhone(), email })
    const byPhone = await guestOrder({ phone })
    const unrelated = await guestOrder({ phone: uniquePhone(), email: uniqueEmail("nguoi-khac") })
    const buyer = await signUp(email, phone)
    expect(await accountHtml(buyer)).not.toContain(`Đơn hàng #${byEmail.number}`)

    // she asks for the e-mail link: the answer says where it went, not whether any order exists
    const ask = await buyer.request("/tai-khoan", form({ action: "guest-orders", channel: "email" }))
    expect(ask.status).toBe(303)
    expect(ask.headers.get("location")).toMatch(/^\/tai-khoan\?ok=link-sent&den=m\*\*\*%40example\.vn$/)
    const mail = await claimSentTo(email)
    expect(mail.channel).toBe("email")
    expect(mail.text).toContain("/tai-khoan/gan-don?ma=")

    // someone else signed in, with the same link: refused, nothing moves
    const other = await signUp(uniqueEmail("ke-la"), uniquePhone())
    const stolen = await other.request(`/tai-khoan/gan-don?ma=${encodeURIComponent(mail.claim)}`, { method: "POST" })
    expect(stolen.status).toBe(400)
    expect(await stolen.text()).toContain("Liên kết không hợp lệ hoặc đã hết hạn")
    // a tampered link (another address in the payload, the old signature): refused
    const [v, payload, mac] = mail.claim.split(".")
    const forged = JSON.parse(Buffer.from(payload, "base64url").toString())
    forged.a = "nguoi-khac@example.vn"
    const tampered = `${v}.${Buffer.from(JSON.stringify(forged)).toString("base64url")}.${mac}`
    expect((await buyer.request(`/tai-khoan/gan-don?ma=${encodeURIComponent(tampered)}`, { method: "POST" })).status).toBe(400)
    expect((await ownerOf(byEmail.id)).has_account).toBe(false)

    // opening it shows a button and changes nothing (mail scanners open links); confirming attaches
    const shown = await buyer.html(`/tai-khoan/gan-don?ma=${encodeURIComponent(mail.claim)}`)
    expect(shown.status).toBe(200)
    expect(shown.html).toContain("data-attach-orders")
    expect((await ownerOf(byEmail.id)).has_account).toBe(false)
    const attach = await buyer.request(`/tai-khoan/gan-don?ma=${encodeURIComponent(mail.claim)}`, { method: "POST" })
    expect(attach.status).toBe(303)
    expect(attach.headers.get("location")).toBe("/tai-khoan?ok=attached&so=1")
    const home = await accountHtml(buyer)
    expect(home).toContain(`Đơn hàng #${byEmail.number}`)
    expect(home).not.toContain(`Đơn hàng #${byPhone.number}`)
    expect(home).not.toContain(`Đơn hàng #${unrelated.number}`)
    expect((await ownerOf(unrelated.id)).has_account).toBe(false)
    // the same link again: nothing left to attach
    const again = await buyer.request(`/tai-khoan/gan-don?ma=${encodeURIComponent(mail.claim)}`, { method: "POST" })
    expect(again.headers.get("location")).toBe("/tai-khoan?ok=attached&so=0")
    expect((await buyer.html("/tai-khoan?ok=attached&so=0")).html).toContain("Không có đơn hàng nào cần gắn")

    // by SMS to her phone: the order placed with that phone joins too
    expect((await buyer.request("/tai-khoan", form({ action: "guest-orders", channel: "phone" }))).status).toBe(303)
    const sms = await claimSentTo(phone)
    expect(sms.channel).toBe("sms")
    expect((await buyer.request(`/tai-khoan/gan-don?ma=${encodeURIComponent(sms.claim)}`, { method: "POST" })).headers.get("location")).toBe("/tai-khoan?ok=attached&so=1")
    expect(await accountHtml(buyer)).toContain(`Đơn hàng #${byPhone.number}`)

    // her phone is now verified: she signs in with it
    const phoneSignIn = await new Shopper().request("/tai-khoan/dang-nhap", form({ email: `${phone.slice(0, 4)} ${phone.slice(4, 7)} ${phone.slice(7)}`, password: "mat-khau-2025" }))
    expect(phoneSignIn.status).toBe(303)
    expect(phoneSignIn.headers.get("location")).toBe("/tai-khoan")

    // links cost messages: three an hour per account
    expect((await buyer.request("/tai-khoan", form({ action: "guest-orders", channel: "email" }))).status).toBe(303)
    const fourth = await buyer.request("/tai-khoan", form({ action: "guest-orders", channel: "email" }))
    expect(fourth.status).toBe(429)
    expect(await fourth.text()).toContain("Bạn đã yêu cầu nhiều liên kết trong một giờ")
  })

  it("the guest-order routes refuse guests, malformed bodies and unknown channels, in Vietnamese", async () => {
    const anonymous = await store("/store/customers/me/guest-orders/verification", { method: "POST", body: JSON.stringify({ channel: "email" }) })
    expect(anonymous.status).toBe(401)
    const email = uniqueEmail("mai-api")
    await signUp(email, uniquePhone())
    const login = await fetch(`${stack().medusaUrl}/auth/customer/emailpass`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password: "mat-khau-2025" }) })
    const { token } = (await login.json()) as { token: string }
    const call = (path: string, body: string) => store(`/store/customers/me/guest-orders/${path}`, { method: "POST", headers: { authorization: `Bearer ${token}` }, body })
    for (const body of ["{not json", JSON.stringify({ channel: "fax" }), JSON.stringify({ channel: "email", extra: 1 }), "x".repeat(10_000)]) {
      const res = await call("verification", body)
      expect(res.status, body.slice(0, 20)).toBe(400)
      expect(res.body.message).toMatch(/Yêu cầu không hợp lệ|Chọn email hoặc số điện thoại/)
    }
    const bad = await call("attach", JSON.stringify({ token: "v1.eyJjIjoiY3VzXzEifQ.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" }))
    expect(bad.status).toBe(400)
    expect(bad.body.message).toContain("Liên kết không hợp lệ hoặc đã hết hạn")
  })
})

describe("buyer accounts: other websites", () => {
  it("refuse the account's and linkage's form posts from a foreign Origin, changing nothing", async () => {
    const email = uniqueEmail("mai-csrf")
    const buyer = await signUp(email, uniquePhone())
    const session = [...buyer.cookies].map(([k, c]) => `${k}=${c.value}`).join("; ")
    const posts: [string, Record<string, string>][] = [
      ["/tai-khoan", { action: "business", company_name: "Công ty Kẻ Gian", tax_code: "", invoice_address: "" }],
      ["/tai-khoan", { action: "guest-orders", channel: "email" }],
      ["/ket-noi?san-pham=muoi-hat-hon-khoi-phoi-nang", { product_handle: "muoi-hat-hon-khoi-phoi-nang", quantity: "999", unit: "kg", wanted_on: "2030-01-01", contact_name: "Kẻ Gian", phone: "0905123456", province_code: "56", ward_code: "22366" }],
      ["/tai-khoan/dang-nhap", { email, password: "mat-khau-2025" }],
      ["/tai-khoan/dang-xuat", {}],
    ]
    for (const [path, fields] of posts) {
      for (const forged of [{ origin: "https://ke-gian.example" }, { "sec-fetch-site": "cross-site" }] as Record<string, string>[]) {
        const res = await fetch(`${stack().storefrontUrl}${path}`, {
          method: "POST",
          redirect: "manual",
          headers: { "content-type": "application/x-www-form-urlencoded", cookie: session, ...forged },
          body: new URLSearchParams(fields).toString(),
        })
        expect(res.status, `${path} ${JSON.stringify(forged)}`).toBe(403)
        expect(await res.text()).toContain("Yêu cầu gửi từ trang web khác bị từ chối.")
      }
    }
    // nothing changed: the company name is not set, no link was sent, no request was made, still signed in
    const home = await accountHtml(buyer)
    expect(home).not.toContain("Công ty Kẻ Gian")
    expect(home).not.toContain("data-linkage-list")
    const sent = await withClient(stack().databaseUrl, async (c) => (await c.query(`select count(*)::int as n from notification where "to" = $1`, [email])).rows[0].n)
    expect(sent).toBe(0)
  })
})

describe("buyer accounts: sign-in", () => {
  it("locks a name after ten wrong passwords, even for the right one, with a Vietnamese message", async () => {
    const email = uniqueEmail("mai-khoa")
    await signUp(email, uniquePhone())
    const attempt = (password: string) => new Shopper().request("/tai-khoan/dang-nhap", form({ email, password }))
    for (let i = 0; i < 10; i++) {
      const wrong = await attempt(`sai-mat-khau-${i}`)
      expect(wrong.status).toBe(401)
      expect(await wrong.text()).toContain("Email/số điện thoại hoặc mật khẩu chưa đúng.")
    }
    const locked = await attempt("mat-khau-2025")
    expect(locked.status).toBe(429)
    expect(await locked.text()).toMatch(/Đăng nhập sai quá nhiều lần\. Vui lòng thử lại sau \d+ phút\./)
    // another buyer is not affected
    const other = uniqueEmail("mai-khong-khoa")
    await signUp(other, uniquePhone())
    expect((await new Shopper().request("/tai-khoan/dang-nhap", form({ email: other, password: "mat-khau-2025" }))).status).toBe(303)
  })

  it("signs in with the account's phone number when one account has it", async () => {
    const phone = uniquePhone()
    await signUp(uniqueEmail("mai-so-dien-thoai"), phone)
    const ok = await new Shopper().request("/tai-khoan/dang-nhap", form({ email: `+84${phone.slice(1)}`, password: "mat-khau-2025" }))
    expect(ok.status).toBe(303)
    const wrong = await new Shopper().request("/tai-khoan/dang-nhap", form({ email: phone, password: "sai-mat-khau" }))
    expect(wrong.status).toBe(401)
    // a phone no account has is just a wrong sign-in
    expect((await new Shopper().request("/tai-khoan/dang-nhap", form({ email: uniquePhone(), password: "mat-khau-2025" }))).status).toBe(401)
  })
})
