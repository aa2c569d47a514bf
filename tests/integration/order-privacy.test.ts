/**
 * A guest order's delivery details (street, phone, e-mail) and its lines from every cooperative are
 * readable only by the buyer: through the lookup (number + phone), or on the confirmation page in
 * the browser that placed the order (a cookie the storefront signs). Knowing an order's id is not
 * enough — not with Medusa's store API, not with a hand-made cookie.
 */
import { beforeAll, describe, expect, it } from "vitest"
import { DEMO_COOPERATIVES } from "../../commerce/src/scripts/demo-catalog/cooperatives"
import { DEMO_PRODUCTS } from "../../commerce/src/scripts/demo-catalog/products"
import { wardsOf } from "../../site/lib/address"
import { BUYER_ADDRESS, completeCart, prepareCart } from "../../scripts/lib/checkout.ts"
import { stack, store, vndRegionId } from "../support/api"
import { Shopper } from "../support/shopper"

const active = new Set(DEMO_COOPERATIVES.filter((c) => c.status === "active").map((c) => c.handle))
const buyable = DEMO_PRODUCTS.filter((p) => p.status === "published" && active.has(p.cooperative_handle) && p.variants.some((v) => v.stock >= 20))
// Neither the first products orders.test.ts buys nor the last one checkout.test.ts buys.
const product = buyable[Math.floor(buyable.length / 2)]
const ward = wardsOf("56").find((w) => w.name === "Phường Nha Trang")!

let regionId: string
let variant: string
beforeAll(async () => {
  regionId = await vndRegionId()
  const sku = product.variants.find((v) => v.stock >= 20)!.sku
  const { body } = await store(`/store/products?handle=${product.handle}&fields=variants.id,variants.sku`)
  variant = body.products[0].variants.find((v: { sku: string }) => v.sku === sku).id
})

const NOT_FOUND = { message: expect.stringMatching(/đơn hàng/), message_en: expect.stringMatching(/order/i) }

/** A guest order placed straight through Medusa's store API. */
async function guestOrder(phone: string) {
  const api = { medusaUrl: stack().medusaUrl, publishableKey: stack().publishableKey }
  const { cartId } = await prepareCart(api, { regionId, items: [{ variant_id: variant, quantity: 1 }], address: { ...BUYER_ADDRESS, phone }, email: "khach@example.vn" })
  const { body } = await completeCart(api, cartId)
  expect(body.type, JSON.stringify(body)).toBe("order")
  return body.order as { id: string; display_id: number }
}

/** An order placed through the storefront's checkout by this shopper (who then holds the signed cookie). */
async function placeOnStorefront(shopper: Shopper, phone: string, street: string): Promise<string> {
  expect((await shopper.add(variant, 1)).status).toBe(200)
  const quote = await shopper.post("/api/checkout/quote", { provinceCode: "56" })
  const option = quote.body.options.find((o: { kind: string }) => o.kind === "province")
  const placed = await shopper.post("/api/checkout/place", {
    fullName: "Lê Thị Mai",
    phone,
    email: "",
    provinceCode: "56",
    wardCode: ward.code,
    street,
    note: "",
    shippingOptionId: option.id,
    paymentMethod: "cod",
  })
  expect(placed.status, JSON.stringify(placed.body)).toBe(200)
  return /\/don-hang\/(order_[A-Za-z0-9]+)$/.exec(placed.body.redirect)![1]
}

async function customer(email: string) {
  const password = "mat-khau-khach-2025"
  const auth = (path: string) =>
    fetch(`${stack().medusaUrl}/auth/customer/emailpass${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password }),
    }).then(async (r) => ({ status: r.status, body: (await r.json()) as { token: string } }))
  const registration = await auth("/register")
  expect(registration.status).toBe(200)
  const created = await store("/store/customers", { method: "POST", headers: { authorization: `Bearer ${registration.body.token}` }, body: JSON.stringify({ email, first_name: "Hoa" }) })
  expect(created.status, JSON.stringify(created.body)).toBe(200)
  const login = await auth("")
  expect(login.status).toBe(200)
  return { authorization: `Bearer ${login.body.token}` }
}

describe("Medusa's store API does not hand out orders by id", () => {
  it("GET /store/orders/:id with only the publishable key answers 404 — a guessed proof header too", async () => {
    const order = await guestOrder("0966 100 200")
    const plain = await store(`/store/orders/${order.id}`)
    expect(plain.status).toBe(404)
    expect(plain.body).toMatchObject(NOT_FOUND)
    const asked = await store(`/store/orders/${order.id}?fields=*shipping_address,email,*items`)
    expect(asked.status).toBe(404)
    expect(JSON.stringify(asked.body)).not.toContain(BUYER_ADDRESS.address_1)
    expect(JSON.stringify(asked.body)).not.toContain("0966")
    const forged = await store(`/store/orders/${order.id}`, {
      headers: { "x-storefront-proof": `v1.${Math.floor(Date.now() / 1000)}.${"A".repeat(43)}`, "x-storefront-client": "203.0.113.9" },
    })
    expect(forged.status).toBe(404)
  })

  it("a signed-in customer reads their own order as before; another customer, and a transfer request, get 404", async () => {
    const tag = Date.now().toString(36)
    const owner = await customer(`chu-don-${tag}@example.vn`)
    const stranger = await customer(`nguoi-la-${tag}@example.vn`)
    const api = { medusaUrl: stack().medusaUrl, publishableKey: stack().publishableKey }
    const { cartId } = await prepareCart(api, { regionId, items: [{ variant_id: variant, quantity: 1 }], address: { ...BUYER_ADDRESS, phone: "0966300400" }, email: `chu-don-${tag}@example.vn` })
    expect((await store(`/store/carts/${cartId}/customer`, { method: "POST", headers: owner })).status).toBe(200)
    const { body } = await completeCart(api, cartId)
    expect(body.type, JSON.stringify(body)).toBe("order")
    const orderId = body.order.id

    const own = await store(`/store/orders/${orderId}?fields=id,*shipping_address`, { headers: owner })
    expect(own.status, JSON.stringify(own.body)).toBe(200)
    expect(own.body.order.shipping_address.phone).toBe("0966300400")
    expect((await store(`/store/orders/${orderId}`, { headers: stranger })).status).toBe(404)

    // Medusa's transfer request answers with the whole order: a stranger's request must not get it
    const guest = await guestOrder("0966500600")
    const transfer = await store(`/store/orders/${guest.id}/transfer/request`, { method: "POST", headers: stranger, body: JSON.stringify({}) })
    expect(transfer.status).toBe(404)
    expect(JSON.stringify(transfer.body)).not.toContain("0966500600")
  })
})

describe("the confirmation page: only for the browser that placed the order", () => {
  it("shows the order to its buyer; a crafted, tampered or stretched `orders` cookie gets 404", async () => {
    const buyer = new Shopper()
    const mine = await placeOnStorefront(buyer, "0966 700 800", "7 Nguyễn Thị Minh Khai")
    const other = await placeOnStorefront(new Shopper(), "0966 900 111", "9 Yersin")

    const page = await buyer.html(`/don-hang/${mine}`)
    expect(page.status).toBe(200)
    expect(page.html).toContain("Cảm ơn bạn! Đơn hàng đã được ghi nhận.")
    expect(page.html).toContain("7 Nguyễn Thị Minh Khai")
    const signed = buyer.cookies.get("orders")!
    expect(signed.httpOnly).toBe(true)

    const withCookie = (value: string) => {
      const s = new Shopper()
      s.cookies.set("orders", { value, httpOnly: true })
      return s
    }
    // the old, unsigned form of the cookie: just the id
    const crafted = await withCookie(other).html(`/don-hang/${other}`)
    expect(crafted.status).toBe(404)
    expect(crafted.html).not.toContain("9 Yersin")
    expect(crafted.html).not.toContain("0966900111")
    // the buyer's genuine signature with another order's id in place of theirs
    const tampered = await withCookie(signed.value.replace(mine, other)).html(`/don-hang/${other}`)
    expect(tampered.status).toBe(404)
    expect(tampered.html).not.toContain("9 Yersin")
    // another id put in front of a genuine cookie
    const stretched = await withCookie(`${other}.${signed.value}`).html(`/don-hang/${other}`)
    expect(stretched.status).toBe(404)
    // the genuine cookie still opens the buyer's own order, and only that one
    expect((await withCookie(signed.value).html(`/don-hang/${mine}`)).status).toBe(200)
    expect((await withCookie(signed.value).html(`/don-hang/${other}`)).status).toBe(404)
  })
})
