/**
 * Parcels and the money invariant, against the real Medusa and storefront: each cooperative ships
 * its own part of an order as a parcel with its own delivery fee, so for every payment method and
 * 1, 2 or 3 cooperatives
 *
 *   what the buyer is told she pays (checkout total, confirmation page, lookup)
 *     = Medusa's order total
 *     = Σ over parcels (goods + the parcel's fee)
 *
 * and, for cash on delivery, each cooperative's amount to collect in its portal is its parcel's total.
 */
import { beforeAll, describe, expect, it } from "vitest"
import { DEMO_PRODUCTS } from "../../commerce/src/scripts/demo-catalog/products"
import { DEMO_COOPERATIVE_PASSWORD, DEMO_COOPERATIVE_STAFF } from "../../commerce/src/scripts/demo-catalog/staff"
import { PARCEL_FEES_MESSAGES } from "../../commerce/src/lib/parcels"
import { wardsOf } from "../../site/lib/address"
import { admin, stack, store, vndRegionId } from "../support/api"
import { Shopper } from "../support/shopper"

/** One product of each of three active cooperatives (single-variant, plenty in stock). */
const PICKS = ["nuoc-cham-pha-san-chua-ngot-van-phuoc-xanh", "muoi-tinh-say-kho-hon-khoi", "banh-trang-me-den-ninh-hoa"].map((handle) => {
  const product = DEMO_PRODUCTS.find((p) => p.handle === handle)!
  return { handle, cooperative: product.cooperative_handle, title: product.title, price: product.variants[0].price }
})
const STAFF_PASSWORD = "mat-khau-goi-hang-2026"

const IN_PROVINCE = { provinceCode: "56", ward: wardsOf("56").find((w) => w.name === "Phường Nha Trang")!, fee: 20_000, kind: "province" }
const NATIONWIDE = { provinceCode: "79", ward: wardsOf("79")[0], fee: 35_000, kind: "nationwide" }

/** "1.234.000 ₫" (any spaces) → 1234000 */
const money = (text: string | null | undefined) => Number(String(text ?? "").replace(/[^\d]/g, ""))
const vnd = (n: number) => `${n.toLocaleString("vi-VN")}\u00a0₫`
const textOf = (html: string, attribute: string) => new RegExp(`${attribute}[^>]*>([^<]*)<`).exec(html)?.[1] ?? null

async function variantOf(handle: string): Promise<string> {
  const { body } = await store(`/store/products?handle=${handle}&fields=variants.id`)
  return body.products[0].variants[0].id
}

async function staffLogin(email: string, password: string): Promise<string> {
  const res = await fetch(`${stack().medusaUrl}/auth/cooperative_staff/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  })
  expect(res.status, email).toBe(200)
  return ((await res.json()) as { token: string }).token
}

async function portal(token: string, path: string) {
  const res = await fetch(`${stack().medusaUrl}/cooperative-portal${path}`, { headers: { authorization: `Bearer ${token}` } })
  return { status: res.status, body: (await res.json()) as any }
}

/** A staff account for a cooperative with no demo account: invited by the Union, as in real life. */
async function inviteStaff(cooperativeId: string): Promise<string> {
  const email = `goi-hang-${Date.now().toString(36)}@example.vn`
  const invite = await admin(`/admin/cooperatives/${cooperativeId}/invites`, { method: "POST", body: JSON.stringify({ email, full_name: "Lê Thị Gói Hàng" }) })
  expect(invite.status).toBe(201)
  const token = new URL(invite.body.url).pathname.split("/").pop()!
  const registered = await fetch(`${stack().medusaUrl}/auth/cooperative_staff/emailpass/register`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: STAFF_PASSWORD }),
  })
  const registration = ((await registered.json()) as { token: string }).token
  const accepted = await fetch(`${stack().medusaUrl}/cooperative-invites/${token}/accept`, { method: "POST", headers: { authorization: `Bearer ${registration}` } })
  expect(accepted.status).toBe(201)
  return staffLogin(email, STAFF_PASSWORD)
}

const variants = new Map<string, string>()
/** cooperative handle → portal token */
const portalTokens = new Map<string, string>()

beforeAll(async () => {
  for (const pick of PICKS) variants.set(pick.handle, await variantOf(pick.handle))
  const { body } = await admin(`/admin/cooperatives?limit=100`)
  for (const pick of PICKS) {
    const staff = DEMO_COOPERATIVE_STAFF.find((s) => s.cooperative_handle === pick.cooperative)
    const cooperative = body.cooperatives.find((c: { handle: string }) => c.handle === pick.cooperative)
    portalTokens.set(pick.cooperative, staff ? await staffLogin(staff.email, DEMO_COOPERATIVE_PASSWORD) : await inviteStaff(cooperative.id))
  }
})

describe("the parcel invariant: what the buyer is told = Medusa's total = Σ parcels (goods + fee) = what is collected or paid", () => {
  const cases = [
    { payment: "cod", count: 1, place: IN_PROVINCE },
    { payment: "cod", count: 2, place: IN_PROVINCE },
    { payment: "cod", count: 3, place: IN_PROVINCE },
    { payment: "vietqr", count: 1, place: NATIONWIDE },
    { payment: "vietqr", count: 2, place: NATIONWIDE },
    { payment: "vietqr", count: 3, place: NATIONWIDE },
  ] as const

  for (const { payment, count, place } of cases) {
    it(`${payment === "cod" ? "cash on delivery" : "VietQR"}, ${count} cooperative${count > 1 ? "s" : ""}: ${count} parcel${count > 1 ? "s" : ""} at ${vnd(place.fee)} each`, async () => {
      const picks = PICKS.slice(0, count)
      const shopper = new Shopper()
      for (const [i, pick] of picks.entries()) expect((await shopper.add(variants.get(pick.handle)!, i + 1)).status).toBe(200)
      const goods = picks.reduce((sum, pick, i) => sum + pick.price * (i + 1), 0)
      const expectedTotal = goods + count * place.fee
      const phone = `09${String(Date.now()).slice(-8)}`

      // checkout: the quote for the address, with the delivery chosen — per parcel, adding up
      const first = await shopper.post("/api/checkout/quote", { provinceCode: place.provinceCode })
      expect(first.status, JSON.stringify(first.body)).toBe(200)
      const option = first.body.options.find((o: { kind: string }) => o.kind === place.kind)
      expect(option.amount).toBe(place.fee)
      const quote = await shopper.post("/api/checkout/quote", { provinceCode: place.provinceCode, shippingOptionId: option.id })
      expect(quote.body.shippingOptionId).toBe(option.id)
      expect(quote.body.totals).toEqual({ itemTotal: goods, shippingTotal: count * place.fee, total: expectedTotal })
      expect(quote.body.parcels.map((p: any) => p.cooperative.handle).sort()).toEqual(picks.map((p) => p.cooperative).sort())
      for (const parcel of quote.body.parcels) {
        expect(parcel.shippingTotal).toBe(place.fee)
        expect(parcel.total).toBe(parcel.itemTotal + parcel.shippingTotal)
      }
      expect(quote.body.parcels.reduce((n: number, p: any) => n + p.total, 0)).toBe(quote.body.totals.total)
      // the page itself says the same
      const page = await shopper.html("/dat-hang")
      expect(textOf(page.html, "data-checkout-total")).toBe(vnd(expectedTotal))

      const placed = await shopper.post("/api/checkout/place", {
        fullName: "Võ Thị Gói",
        phone,
        email: "",
        provinceCode: place.provinceCode,
        wardCode: place.ward.code,
        street: "7 Yersin",
        note: "",
        shippingOptionId: option.id,
        paymentMethod: payment,
      })
      expect(placed.status, JSON.stringify(placed.body)).toBe(200)
      const orderId = /\/don-hang\/(order_[A-Za-z0-9]+)$/.exec(placed.body.redirect)![1]

      // Medusa's order: the total the buyer was told, one shipping method (fee) per parcel
      const { body } = await admin(
        `/admin/orders/${orderId}?fields=display_id,total,item_total,shipping_total,shipping_methods.amount,shipping_methods.data,payment_collections.amount`,
      )
      const order = body.order
      expect(order).toMatchObject({ item_total: goods, shipping_total: count * place.fee, total: expectedTotal })
      expect(order.shipping_methods.map((m: any) => [m.data.cooperative_handle, m.amount]).sort()).toEqual(picks.map((p) => [p.cooperative, place.fee]).sort())
      expect(order.payment_collections.map((c: any) => c.amount)).toEqual([expectedTotal])

      // the confirmation page
      const confirmation = await shopper.html(`/don-hang/${orderId}`)
      expect(confirmation.status).toBe(200)
      expect(textOf(confirmation.html, "data-order-total")).toBe(vnd(expectedTotal))
      const pageParcelTotals = [...confirmation.html.matchAll(/data-parcel-total[^>]*>([^<]*)</g)].map((m) => money(m[1]))
      expect(pageParcelTotals).toHaveLength(count)
      expect(pageParcelTotals.reduce((a, b) => a + b, 0)).toBe(expectedTotal)
      if (payment === "cod") expect(confirmation.html).toContain(`Bạn sẽ trả ${vnd(expectedTotal)} khi nhận hàng.`)
      else {
        // the QR and the bank details are for the whole order
        expect(confirmation.html).toContain("data-vietqr")
        expect(/Số tiền<\/dt>\s*<dd[^>]*>([^<]*)</.exec(confirmation.html)?.[1]).toBe(vnd(expectedTotal))
      }

      // the lookup: the store API's answer, and the storefront's page
      const lookup = await store("/store/order-lookup", { method: "POST", body: JSON.stringify({ order_number: order.display_id, phone }) })
      expect(lookup.status, JSON.stringify(lookup.body)).toBe(200)
      expect(lookup.body.order.total).toBe(expectedTotal)
      expect(lookup.body.order.parcels).toHaveLength(count)
      for (const parcel of lookup.body.order.parcels) expect(parcel).toMatchObject({ shipping_total: place.fee, total: parcel.item_total + place.fee })
      expect(lookup.body.order.parcels.reduce((n: number, p: any) => n + p.total, 0)).toBe(expectedTotal)
      const lookupPage = await new Shopper().request("/tra-cuu-don-hang", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ orderNumber: String(order.display_id), phone }).toString(),
      })
      const lookupHtml = await lookupPage.text()
      expect(lookupPage.status).toBe(200)
      expect([...lookupHtml.matchAll(/data-parcel-total[^>]*>([^<]*)</g)].map((m) => money(m[1])).reduce((a, b) => a + b, 0)).toBe(expectedTotal)
      expect(lookupHtml).toContain(vnd(expectedTotal))

      // each cooperative's portal: its goods, its parcel's fee; for cash on delivery it collects both
      let collectedOrPaid = 0
      for (const pick of picks) {
        const part = await portal(portalTokens.get(pick.cooperative)!, `/orders/${order.display_id}`)
        expect(part.status, pick.cooperative).toBe(200)
        const mine = part.body.order
        expect(mine.shipping_fee).toBe(place.fee)
        expect(mine.parcel_total).toBe(mine.subtotal + mine.shipping_fee)
        expect(mine.cash_on_delivery).toBe(payment === "cod")
        expect(mine.cod_amount).toBe(payment === "cod" ? mine.parcel_total : 0)
        collectedOrPaid += mine.parcel_total
      }
      expect(collectedOrPaid).toBe(expectedTotal)
    })
  }
})

describe("POST /store/carts/:id/parcels and the checkout's guard", () => {
  it("refuses bad input with a clear 4xx in Vietnamese and English, and changes nothing", async () => {
    const shopper = new Shopper()
    await shopper.add(variants.get(PICKS[0].handle)!, 1)
    const cartId = shopper.cookies.get("cart_id")!.value
    // an address in Hồ Chí Minh City: the in-province option is not offered
    const outside = await shopper.post("/api/checkout/quote", { provinceCode: NATIONWIDE.provinceCode })
    const nationwide = outside.body.options.find((o: { kind: string }) => o.kind === "nationwide")
    const { body: all } = await admin(`/admin/shipping-options?limit=50&fields=id,name`)
    const inProvince = all.shipping_options.find((o: { name: string }) => o.name === "Giao trong tỉnh Khánh Hòa")
    const before = (await store(`/store/carts/${cartId}?fields=shipping_methods.id,shipping_total`)).body.cart

    const post = (id: string, body: string) => fetch(`${stack().medusaUrl}/store/carts/${id}/parcels`, {
      method: "POST",
      headers: { "x-publishable-api-key": stack().publishableKey, "content-type": "application/json" },
      body,
    }).then(async (r) => ({ status: r.status, body: (await r.json()) as any }))
    for (const [body, status] of [
      ["{}", 400],
      [JSON.stringify({ option_id: 42 }), 400],
      [JSON.stringify({ option_id: "'; drop table cart; --" }), 400],
      ["{not json", 400],
      [JSON.stringify({ option_id: inProvince.id }), 400],
      [JSON.stringify({ option_id: "so_01ZZZZZZZZZZZZZZZZZZZZZZZZ" }), 400],
    ] as const) {
      const res = await post(cartId, body)
      expect(res.status, body).toBe(status)
      expect(res.body.message, body).toMatch(/[\u00C0-\u1EF9]/) // Vietnamese, with its diacritics
      expect(res.body.message_en, body).toBeTruthy()
      expect(JSON.stringify(res.body)).not.toMatch(/\bat \/|node_modules/)
    }
    expect((await post("cart_01ZZZZZZZZZZZZZZZZZZZZZZZZ", JSON.stringify({ option_id: nationwide.id }))).status).toBe(404)
    expect((await store(`/store/carts/${cartId}?fields=shipping_methods.id,shipping_total`)).body.cart).toEqual(before)

    // the same option twice changes nothing
    const once = await post(cartId, JSON.stringify({ option_id: nationwide.id }))
    const twice = await post(cartId, JSON.stringify({ option_id: nationwide.id }))
    expect(once.status).toBe(200)
    expect(twice.body).toEqual(once.body)
  })

  it("refuses to order a cart that gained a cooperative after the delivery was chosen; the storefront's checkout sets the fees again", async () => {
    const regionId = await vndRegionId()
    // through the store API: delivery for one cooperative, then a second cooperative's product
    const created = await store("/store/carts", { method: "POST", body: JSON.stringify({ region_id: regionId, items: [{ variant_id: variants.get(PICKS[0].handle), quantity: 1 }] }) })
    const cartId = created.body.cart.id
    const address = { first_name: "Hoa", last_name: "Trần Thị", address_1: "3 Pasteur", city: "Phường Nha Trang", province: "56", country_code: "vn", phone: "0905999111" }
    await store(`/store/carts/${cartId}`, { method: "POST", body: JSON.stringify({ email: "hoa@example.vn", shipping_address: address, billing_address: address }) })
    const { body: options } = await store(`/store/shipping-options?cart_id=${cartId}`)
    const option = options.shipping_options.find((o: any) => o.name === "Giao trong tỉnh Khánh Hòa")
    expect((await store(`/store/carts/${cartId}/parcels`, { method: "POST", body: JSON.stringify({ option_id: option.id }) })).status).toBe(200)
    expect((await store(`/store/carts/${cartId}/line-items`, { method: "POST", body: JSON.stringify({ variant_id: variants.get(PICKS[1].handle), quantity: 1 }) })).status).toBe(200)
    const { body: pc } = await store(`/store/payment-collections`, { method: "POST", body: JSON.stringify({ cart_id: cartId }) })
    await store(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { method: "POST", body: JSON.stringify({ provider_id: "pp_system_default" }) })
    const refused = await store(`/store/carts/${cartId}/complete`, { method: "POST" })
    expect(refused.status).toBe(400)
    expect(refused.body).toMatchObject({ message: PARCEL_FEES_MESSAGES.message, message_en: PARCEL_FEES_MESSAGES.message_en })
    expect((await store(`/store/carts/${cartId}`)).body.cart.completed_at).toBeNull()

    // on the storefront the same change is harmless: placing sets one fee per parcel again
    const shopper = new Shopper()
    await shopper.add(variants.get(PICKS[0].handle)!, 1)
    const quote = await shopper.post("/api/checkout/quote", { provinceCode: "56" })
    const province = quote.body.options.find((o: { kind: string }) => o.kind === "province")
    expect(quote.body.parcels).toHaveLength(1)
    await shopper.add(variants.get(PICKS[1].handle)!, 1)
    const placed = await shopper.post("/api/checkout/place", {
      fullName: "Trần Thị Hoa",
      phone: "0905 999 222",
      provinceCode: "56",
      wardCode: IN_PROVINCE.ward.code,
      street: "3 Pasteur",
      shippingOptionId: province.id,
      paymentMethod: "cod",
    })
    expect(placed.status, JSON.stringify(placed.body)).toBe(200)
    const orderId = placed.body.redirect.split("/").pop()
    const { body } = await admin(`/admin/orders/${orderId}?fields=item_total,shipping_total,total`)
    expect(body.order.shipping_total).toBe(2 * IN_PROVINCE.fee)
    expect(body.order.total).toBe(PICKS[0].price + PICKS[1].price + 2 * IN_PROVINCE.fee)
  })
})
