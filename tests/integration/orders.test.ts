/**
 * Buying through Medusa's store API (the storefront's checkout makes the same calls): a
 * cash-on-delivery order from two cooperatives is two parcels — one delivery fee each, chosen
 * through POST /store/carts/:id/parcels — and is recorded per cooperative.
 */
import { beforeAll, describe, expect, it } from "vitest"
import { DEMO_COOPERATIVES } from "../../commerce/src/scripts/demo-catalog/cooperatives"
import { DEMO_PRODUCTS } from "../../commerce/src/scripts/demo-catalog/products"
import { hasValidCrc, parseTlv } from "../../commerce/src/lib/vietqr"
import { PARCEL_FEES_MESSAGES } from "../../commerce/src/lib/parcels"
import { BUYER_ADDRESS } from "../../scripts/lib/checkout.ts"
import { withClient } from "../../scripts/lib/database.ts"
import { admin, stack, store, vndRegionId } from "../support/api"

const active = new Set(DEMO_COOPERATIVES.filter((c) => c.status === "active").map((c) => c.handle))
const buyable = DEMO_PRODUCTS.filter((p) => p.status === "published" && active.has(p.cooperative_handle) && p.variants.some((v) => v.stock >= 5))
const [first, second] = [buyable[0], buyable.find((p) => p.cooperative_handle !== buyable[0].cooperative_handle)!]
const address = BUYER_ADDRESS

let regionId: string
/** A variant of the product with at least 5 in stock. */
async function variantOf(handle: string) {
  const sku = DEMO_PRODUCTS.find((p) => p.handle === handle)!.variants.find((v) => v.stock >= 5)!.sku
  const { body } = await store(`/store/products?handle=${handle}&fields=variants.id,variants.sku`)
  return (body.products[0].variants as { id: string; sku: string }[]).find((v) => v.sku === sku)!
}
async function newCart(): Promise<string> {
  const { status, body } = await store("/store/carts", { method: "POST", body: JSON.stringify({ region_id: regionId }) })
  expect(status).toBe(200)
  return body.cart.id
}
const addItem = (cartId: string, body: Record<string, unknown>) => store(`/store/carts/${cartId}/line-items`, { method: "POST", body: JSON.stringify(body) })

beforeAll(async () => {
  regionId = await vndRegionId()
})

describe("a cash-on-delivery order from two cooperatives", () => {
  it("pays one delivery fee per cooperative's parcel, completes once, and is listed for each cooperative with its own items", async () => {
    const cartId = await newCart()
    const a = await variantOf(first.handle)
    const b = await variantOf(second.handle)
    expect((await addItem(cartId, { variant_id: a.id, quantity: 2 })).status).toBe(200)
    expect((await addItem(cartId, { variant_id: b.id, quantity: 1 })).status).toBe(200)
    expect((await store(`/store/carts/${cartId}`, { method: "POST", body: JSON.stringify({ email: "lan@example.vn", shipping_address: address, billing_address: address }) })).status).toBe(200)

    const { body: options } = await store(`/store/shipping-options?cart_id=${cartId}`)
    const withinProvince = options.shipping_options.find((o: any) => o.name === "Giao trong tỉnh Khánh Hòa")
    expect(withinProvince.amount).toBe(20000)
    const pay = async () => {
      const { body: pc } = await store(`/store/payment-collections`, { method: "POST", body: JSON.stringify({ cart_id: cartId }) })
      expect((await store(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { method: "POST", body: JSON.stringify({ provider_id: "pp_system_default" }) })).status).toBe(200)
    }

    // Medusa's plain shipping-method route charges one fee for the cart: two parcels, one fee — refused, nothing ordered
    expect((await store(`/store/carts/${cartId}/shipping-methods`, { method: "POST", body: JSON.stringify({ option_id: withinProvince.id }) })).status).toBe(200)
    await pay()
    const refused = await store(`/store/carts/${cartId}/complete`, { method: "POST" })
    expect(refused.status, JSON.stringify(refused.body)).toBe(400)
    expect(refused.body).toMatchObject({ type: "invalid_data", code: PARCEL_FEES_MESSAGES.code, message: PARCEL_FEES_MESSAGES.message, message_en: PARCEL_FEES_MESSAGES.message_en })
    expect((await store(`/store/carts/${cartId}`)).body.cart.completed_at).toBeNull()

    // one shipping method of the option per cooperative's parcel
    const parcels = await store(`/store/carts/${cartId}/parcels`, { method: "POST", body: JSON.stringify({ option_id: withinProvince.id }) })
    expect(parcels.status, JSON.stringify(parcels.body)).toBe(200)
    expect(parcels.body.parcels.map((p: any) => [p.cooperative.handle, p.shipping_total]).sort()).toEqual(
      [[first.cooperative_handle, 20000], [second.cooperative_handle, 20000]].sort()
    )
    expect(parcels.body.cart.shipping_total).toBe(40000)
    await pay()

    const completed = await store(`/store/carts/${cartId}/complete`, { method: "POST" })
    expect(completed.status, JSON.stringify(completed.body)).toBe(200)
    expect(completed.body.type).toBe("order")
    const order = completed.body.order
    const priceA = first.variants.find((v) => v.sku === a.sku)!.price
    const priceB = second.variants.find((v) => v.sku === b.sku)!.price
    expect(order.currency_code).toBe("vnd")
    expect(order.item_total).toBe(priceA * 2 + priceB)
    expect(order.shipping_total).toBe(40000)
    expect(order.total).toBe(priceA * 2 + priceB + 40000)

    // a retried completion (double click, network retry) gives the same order, not a second one
    const again = await store(`/store/carts/${cartId}/complete`, { method: "POST" })
    expect(again.body.order?.id ?? again.body.id).toBe(order.id)

    const { body: list } = await admin(`/admin/cooperatives?limit=100`)
    for (const [product, qty] of [[first, 2], [second, 1]] as const) {
      const coop = list.cooperatives.find((c: any) => c.handle === product.cooperative_handle)
      const { body } = await admin(`/admin/cooperatives/${coop.id}/orders`)
      const part = body.orders.find((o: any) => o.id === order.id)
      expect(part.items.map((i: any) => [i.product_title, i.quantity])).toEqual([[product.title, qty]])
      expect(part.subtotal).toBe(product === first ? priceA * 2 : priceB)
    }

    // the buyer is told, in Vietnamese, through Medusa's notification module (logged locally)
    // subscribers run after the response: wait for the notification row
    let notification: { to: string; data: { subject: string; text: string } }[] = []
    await expect
      .poll(async () => {
        notification = await withClient(stack().databaseUrl, async (c) => (await c.query(`select "to", data from notification where resource_id = $1`, [order.id])).rows)
        return notification.length
      }, { timeout: 10_000 })
      .toBe(1)
    expect(notification[0].to).toBe("lan@example.vn")
    expect(notification[0].data.subject).toBe(`Chợ HTX Khánh Hòa: đã nhận đơn hàng #${order.display_id}`)
    expect(notification[0].data.text).toContain(`Thanh toán khi nhận hàng: ${(order.total as number).toLocaleString("vi-VN")} ₫`)
    expect(notification[0].data.text).toContain(first.title)
  })
})

describe("a bank-transfer order by VietQR", () => {
  it("gets a QR payload for exactly the order total, with a valid CRC and the transfer reference", async () => {
    const cartId = await newCart()
    const v = await variantOf(second.handle)
    await addItem(cartId, { variant_id: v.id, quantity: 3 })
    await store(`/store/carts/${cartId}`, { method: "POST", body: JSON.stringify({ email: "lan@example.vn", shipping_address: { ...address, province: "79", city: "Phường Sài Gòn" }, billing_address: address }) })
    const { body: options } = await store(`/store/shipping-options?cart_id=${cartId}`)
    const names = options.shipping_options.map((o: any) => o.name)
    // outside Khánh Hòa the in-province rate is not offered
    expect(names).not.toContain("Giao trong tỉnh Khánh Hòa")
    const nationwide = options.shipping_options.find((o: any) => o.name === "Giao toàn quốc")
    await store(`/store/carts/${cartId}/shipping-methods`, { method: "POST", body: JSON.stringify({ option_id: nationwide.id }) })

    const { body: pc } = await store(`/store/payment-collections`, { method: "POST", body: JSON.stringify({ cart_id: cartId }) })
    const { status, body } = await store(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, {
      method: "POST",
      body: JSON.stringify({ provider_id: "pp_vietqr_vietqr" }),
    })
    expect(status, JSON.stringify(body)).toBe(200)
    const session = body.payment_collection.payment_sessions.find((s: any) => s.provider_id === "pp_vietqr_vietqr")
    const expectedTotal = second.variants.find((x) => x.sku === v.sku)!.price * 3 + 35000
    const payload: string = session.data.payload
    expect(hasValidCrc(payload)).toBe(true)
    const top = parseTlv(payload)
    expect(Number(top["54"])).toBe(expectedTotal)
    expect(parseTlv(top["62"])["08"]).toBe(session.data.reference)
    expect(parseTlv(parseTlv(top["38"])["01"])["00"]).toBe(session.data.bank_bin)

    const completed = await store(`/store/carts/${cartId}/complete`, { method: "POST" })
    expect(completed.body.type, JSON.stringify(completed.body)).toBe("order")
    expect(completed.body.order.total).toBe(expectedTotal)
  })
})

describe("what a cart refuses", () => {
  it("quantities that are negative, zero, fractional or absurd", async () => {
    const cartId = await newCart()
    const v = await variantOf(first.handle)
    for (const quantity of [-1, 0, 1.5, "2", null]) {
      const { status } = await addItem(cartId, { variant_id: v.id, quantity })
      expect(status, String(quantity)).toBe(400)
    }
    const absurd = await addItem(cartId, { variant_id: v.id, quantity: 1_000_000 })
    expect(absurd.status).toBeGreaterThanOrEqual(400)
    expect(absurd.status).toBeLessThan(500)
    expect((await store(`/store/carts/${cartId}`)).body.cart.items).toEqual([])
  })

  it("ignores a price sent by the client", async () => {
    const cartId = await newCart()
    const v = await variantOf(first.handle)
    const res = await addItem(cartId, { variant_id: v.id, quantity: 1, unit_price: 1 })
    if (res.status === 200) {
      expect(res.body.cart.items[0].unit_price).toBe(first.variants.find((x) => x.sku === v.sku)!.price)
    } else {
      expect(res.status).toBe(400)
    }
  })

  it("products of a suspended cooperative and unpublished products", async () => {
    const cartId = await newCart()
    const { body } = await admin(`/admin/products?limit=200&fields=handle,status,variants.id`)
    const suspended = DEMO_COOPERATIVES.find((c) => c.status === "suspended")!
    const hidden = [
      DEMO_PRODUCTS.find((p) => p.cooperative_handle === suspended.handle)!.handle,
      DEMO_PRODUCTS.find((p) => p.status === "draft")!.handle,
    ]
    for (const handle of hidden) {
      const variant = body.products.find((p: any) => p.handle === handle).variants[0]
      const res = await addItem(cartId, { variant_id: variant.id, quantity: 1 })
      expect(res.status, handle).toBeGreaterThanOrEqual(400)
      expect(res.status, handle).toBeLessThan(500)
    }
  })
})
