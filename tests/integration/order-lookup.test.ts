/**
 * Guest order lookup: POST /store/order-lookup {order_number, phone} on the real Medusa server,
 * with orders placed through the store API. Each test connects from its own loopback address
 * (tests/support/from-address.ts) because the limits on wrong guesses are per client too — and a
 * client is its socket address: an X-Forwarded-For header sent by anyone is not believed.
 */
import { beforeAll, describe, expect, it } from "vitest"
import { DEMO_COOPERATIVES } from "../../commerce/src/scripts/demo-catalog/cooperatives"
import { DEMO_PRODUCTS } from "../../commerce/src/scripts/demo-catalog/products"
import { BUYER_ADDRESS, completeCart, prepareCart } from "../../scripts/lib/checkout.ts"
import { stack, store, vndRegionId } from "../support/api"
import { requestFrom } from "../support/from-address"

const active = new Set(DEMO_COOPERATIVES.filter((c) => c.status === "active").map((c) => c.handle))
const buyable = DEMO_PRODUCTS.filter((p) => p.status === "published" && active.has(p.cooperative_handle) && p.variants.some((v) => v.stock >= 10))
const first = buyable[0]
const second = buyable.find((p) => p.cooperative_handle !== first.cooperative_handle)!

const NOT_FOUND = {
  type: "not_found",
  message: "Không tìm thấy đơn hàng với mã và số điện thoại này.",
  message_en: "No order matches this order number and phone number.",
}

let regionId: string
async function variantId(handle: string) {
  const sku = DEMO_PRODUCTS.find((p) => p.handle === handle)!.variants.find((v) => v.stock >= 10)!.sku
  const { body } = await store(`/store/products?handle=${handle}&fields=variants.id,variants.sku`)
  return (body.products[0].variants as { id: string; sku: string }[]).find((v) => v.sku === sku)!.id
}
async function placeOrder(phone: string) {
  const { cartId } = await prepareCart(stack(), {
    regionId,
    items: [
      { variant_id: await variantId(first.handle), quantity: 2 },
      { variant_id: await variantId(second.handle), quantity: 1 },
    ],
    address: { ...BUYER_ADDRESS, phone },
    // two cooperatives, two parcels: prepareCart sets one delivery fee each (POST /store/carts/:id/parcels)
    shippingOption: "Giao trong tỉnh Khánh Hòa",
  })
  const { body } = await completeCart(stack(), cartId)
  expect(body.type, JSON.stringify(body)).toBe("order")
  return body.order as { id: string; display_id: number; total: number; item_total: number }
}
let client = 0
const newClient = () => `127.0.1.${++client}`
const lookup = (body: unknown, clientIp: string, raw?: string, headers: Record<string, string> = {}) =>
  requestFrom(clientIp, `${stack().medusaUrl}/store/order-lookup`, {
    method: "POST",
    body: raw ?? JSON.stringify(body),
    headers: { "x-publishable-api-key": stack().publishableKey, "content-type": "application/json", ...headers },
  })

beforeAll(async () => {
  regionId = await vndRegionId()
})

describe("guest order lookup", () => {
  it("finds an order by its number and delivery phone, whatever the phone's format", async () => {
    const order = await placeOrder("0905 111 222")
    const ip = newClient()
    for (const [order_number, phone] of [
      [`#${order.display_id}`, "+84 905 111 222"],
      [order.display_id, "0905111222"],
      [String(order.display_id), "84-905-111-222"],
    ] as const) {
      const { status, body } = await lookup({ order_number, phone }, ip)
      expect(status, JSON.stringify(body)).toBe(200)
      expect(body.order.display_id).toBe(order.display_id)
    }
    const { body } = await lookup({ order_number: `#${order.display_id}`, phone: "0905.111.222" }, ip)
    const o = body.order
    expect(o).toMatchObject({
      display_id: order.display_id,
      status: "pending",
      payment_status: "authorized",
      fulfillment_status: "not_fulfilled",
      payment_provider_id: "pp_system_default",
      currency_code: "vnd",
      item_total: order.item_total,
      shipping_total: 2 * 20000,
      total: order.total,
      shipping_method: "Giao trong tỉnh Khánh Hòa",
      shipping_address: {
        name: "Nguyễn Thị Lan",
        phone: "0905 111 222",
        ward: "Phường Nha Trang",
        province_code: "56",
      },
    })
    // the street line stays with the buyer and the cooperatives that deliver: the area is enough here
    expect(o.shipping_address).not.toHaveProperty("address_1")
    expect(o.shipping_address).not.toHaveProperty("address_2")
    expect(JSON.stringify(body)).not.toContain(BUYER_ADDRESS.address_1)
    expect(typeof o.created_at).toBe("string")
    expect(o.items).toHaveLength(2)
    for (const [product, quantity] of [[first, 2], [second, 1]] as const) {
      const item = o.items.find((i: any) => i.product_title === product.title)
      const coop = DEMO_COOPERATIVES.find((c) => c.handle === product.cooperative_handle)!
      const price = product.variants.find((v) => v.stock >= 10)!.price
      expect(item).toMatchObject({ quantity, unit_price: price, total: price * quantity, cooperative: { name: coop.name, handle: coop.handle } })
      expect(item.variant_title).toBeTruthy()
      expect(item.thumbnail).toMatch(/^http/)
    }
    // nothing beyond what the buyer needs
    expect(o).not.toHaveProperty("email")
    expect(o).not.toHaveProperty("id")
  })

  it("answers a wrong phone and an unknown order number with the same 404", async () => {
    const order = await placeOrder("0912345678")
    const ip = newClient()
    const wrongPhone = await lookup({ order_number: order.display_id, phone: "0912345679" }, ip)
    const unknown = await lookup({ order_number: order.display_id + 100_000, phone: "0912345678" }, ip)
    expect(wrongPhone.status).toBe(404)
    expect(unknown.status).toBe(404)
    expect(wrongPhone.body).toEqual(NOT_FOUND)
    expect(unknown.body).toEqual(wrongPhone.body)
  })

  it("locks an order number after 5 wrong guesses within 15 minutes — even for the right phone", async () => {
    const order = await placeOrder("0935000111")
    // five different clients: the lock is per order number, not only per client
    for (let i = 0; i < 5; i++) {
      const { status } = await lookup({ order_number: order.display_id, phone: `093500099${i}` }, newClient())
      expect(status).toBe(404)
    }
    const sixth = await lookup({ order_number: order.display_id, phone: "0935000999" }, newClient())
    expect(sixth.status).toBe(429)
    expect(sixth.body.message).toBe("Bạn đã thử quá nhiều lần. Vui lòng thử lại sau ít phút.")
    expect(sixth.body.retry_after).toBeGreaterThan(0)
    expect(sixth.body.retry_after).toBeLessThanOrEqual(15 * 60)
    const right = await lookup({ order_number: order.display_id, phone: "0935000111" }, newClient())
    expect(right.status).toBe(429)
    expect(right.body.retry_after).toBeGreaterThan(0)
  })

  it("locks a client after 20 wrong guesses within 15 minutes, whatever the order numbers", async () => {
    const order = await placeOrder("0987654321")
    const ip = newClient()
    for (let i = 0; i < 20; i++) {
      const { status } = await lookup({ order_number: 900_000 + client * 100 + i, phone: "0987654321" }, ip)
      expect(status).toBe(404)
    }
    const blocked = await lookup({ order_number: order.display_id, phone: "0987654321" }, ip)
    expect(blocked.status).toBe(429)
    expect(blocked.body.retry_after).toBeGreaterThan(0)
    // another client is not affected
    expect((await lookup({ order_number: order.display_id, phone: "0987654321" }, newClient())).status).toBe(200)
  })

  it("answers bad input with 400 and a Vietnamese message, never 500", async () => {
    const ip = newClient()
    const cases: [string, unknown, string?][] = [
      ["empty object", {}],
      ["empty strings", { order_number: "", phone: "" }],
      ["1000-character order number", { order_number: "1".repeat(1000), phone: "0905123456" }],
      ["1000-character phone", { order_number: "12", phone: "9".repeat(1000) }],
      ["emoji order number", { order_number: "😀", phone: "0905123456" }],
      ["emoji phone", { order_number: "12", phone: "📞📞📞" }],
      ["negative number", { order_number: -5, phone: "0905123456" }],
      ["object values", { order_number: { $gt: 0 }, phone: ["0905123456"] }],
      ["a JSON array", [1, 2]],
      ["malformed JSON", null, "{order_number: 12"],
      ["8 KB of text", null, JSON.stringify({ order_number: "x".repeat(8000), phone: "0905123456" })],
      ["nothing at all", null, ""],
    ]
    for (const [name, body, raw] of cases) {
      const res = await lookup(body, ip, raw)
      expect(res.status, name).toBe(400)
      expect(res.body.type, name).toBe("invalid_data")
      expect(res.body.message, name).toMatch(/[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/)
      expect(typeof res.body.message_en, name).toBe("string")
      expect(JSON.stringify(res.body), name).not.toMatch(/at .*\.js:\d+/)
    }
  })
})

describe("per-client limits that a client cannot talk its way out of", () => {
  /** 20 wrong guesses from one socket, each claiming to come from somewhere else. */
  async function guessWrong20(from: string, headersFor: (i: number) => Record<string, string>) {
    for (let i = 0; i < 20; i++) {
      const res = await lookup({ order_number: 800_000 + client * 100 + i, phone: "0987654321" }, from, undefined, headersFor(i))
      expect(res.status, `guess ${i + 1}`).toBe(404)
    }
  }

  it("rotating X-Forwarded-For straight at Medusa still gets 429 after 20 wrong guesses", async () => {
    const order = await placeOrder("0977111222")
    const from = newClient()
    await guessWrong20(from, (i) => ({ "x-forwarded-for": `203.0.113.${i + 1}` }))
    const blocked = await lookup({ order_number: order.display_id, phone: "0977111222" }, from, undefined, { "x-forwarded-for": "203.0.113.200" })
    expect(blocked.status).toBe(429)
    expect(blocked.body.retry_after).toBeGreaterThan(0)
    // the lock is on the socket's address, not on what the headers said
    expect((await lookup({ order_number: order.display_id, phone: "0977111222" }, newClient())).status).toBe(200)
  })

  it("a made-up storefront proof does not make forwarded addresses believable", async () => {
    const order = await placeOrder("0977333444")
    const from = newClient()
    const forged = (i: number) => ({
      "x-storefront-client": `203.0.113.${i + 1}`,
      "x-storefront-proof": `v1.${Math.floor(Date.now() / 1000)}.${Buffer.alloc(32, i).toString("base64url")}`,
      "x-forwarded-for": `203.0.113.${i + 1}`,
    })
    await guessWrong20(from, forged)
    const blocked = await lookup({ order_number: order.display_id, phone: "0977333444" }, from, undefined, forged(99))
    expect(blocked.status).toBe(429)
  })

  it("a reverse proxy listed in TRUSTED_PROXIES (127.0.0.200 in the test stack) forwards its clients' addresses", async () => {
    const order = await placeOrder("0977555666")
    const proxy = "127.0.0.200"
    // the proxy appends the address it saw to whatever the client sent: the hop next to the proxy counts
    await guessWrong20(proxy, (i) => ({ "x-forwarded-for": `10.9.9.${i}, 198.51.100.77` }))
    const blocked = await lookup({ order_number: order.display_id, phone: "0977555666" }, proxy, undefined, { "x-forwarded-for": "198.51.100.77" })
    expect(blocked.status).toBe(429)
    // another client behind the same proxy is not affected
    expect((await lookup({ order_number: order.display_id, phone: "0977555666" }, proxy, undefined, { "x-forwarded-for": "198.51.100.78" })).status).toBe(200)
  })

  it("buyers behind the storefront are limited each on their own address, whatever X-Forwarded-For they send", async () => {
    const order = await placeOrder("0977777888")
    const viaStorefront = (from: string, orderNumber: string, phone: string, headers: Record<string, string> = {}) =>
      requestFrom(from, `${stack().storefrontUrl}/tra-cuu-don-hang`, {
        method: "POST",
        headers: { origin: stack().storefrontUrl, "content-type": "application/x-www-form-urlencoded", ...headers },
        body: new URLSearchParams({ orderNumber, phone }).toString(),
      })
    const [buyerA, buyerB] = [newClient(), newClient()]
    for (let i = 0; i < 20; i++) {
      const res = await viaStorefront(buyerA, String(700_000 + client * 100 + i), "0977777888", { "x-forwarded-for": `203.0.113.${i + 1}` })
      expect(res.status, `guess ${i + 1}`).toBe(404)
    }
    const blocked = await viaStorefront(buyerA, String(order.display_id), "0977777888", { "x-forwarded-for": "203.0.113.250" })
    expect(blocked.status).toBe(429)
    expect(blocked.text).toContain("Bạn đã thử quá nhiều lần")
    // another buyer reaching the same storefront still finds the order
    const other = await viaStorefront(buyerB, String(order.display_id), "0977777888")
    expect(other.status).toBe(200)
    expect(other.text).toContain(`Đơn hàng #${order.display_id}`)
  })
})
