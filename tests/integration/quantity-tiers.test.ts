/**
 * Wholesale quantity tiers on a demo product (Muối hạt Hòn Khói, Túi 1 kg: 25.000 ₫; from 10: 23.000 ₫;
 * from 50: 21.000 ₫), set as Medusa prices with `min_quantity`: Medusa applies them in the cart as the
 * quantity changes, the product page lists them, the search index and the portal keep the shelf price,
 * and a cooperative's price edit in the portal keeps the tiers.
 */
import { beforeAll, describe, expect, it } from "vitest"
import { page, store, vndRegionId } from "../support/api"
import { portal, signIn, STAFF_B } from "../support/orders"

const HANDLE = "muoi-hat-hon-khoi-phoi-nang"
let variantId: string
let productId: string

const unitPriceIn = async (cartId: string) => {
  const { body } = await store(`/store/carts/${cartId}?fields=items.unit_price,items.quantity,items.variant_id,item_total`)
  const line = body.cart.items.find((i: any) => i.variant_id === variantId)
  return { unit: line.unit_price, total: body.cart.item_total }
}

beforeAll(async () => {
  const { body } = await store(`/store/products?handle=${HANDLE}&fields=id,variants.id,variants.sku`)
  productId = body.products[0].id
  variantId = body.products[0].variants.find((v: any) => v.sku === "HKB-MH-1KG").id
  await signIn(STAFF_B)
})

describe("quantity tiers", () => {
  it("are applied by Medusa in the cart: 1 → 25.000 ₫, 12 → 23.000 ₫, 60 → 21.000 ₫, back to 3 → 25.000 ₫", async () => {
    const created = await store("/store/carts", { method: "POST", body: JSON.stringify({ region_id: await vndRegionId(), items: [{ variant_id: variantId, quantity: 1 }] }) })
    expect(created.status).toBe(200)
    const cartId = created.body.cart.id
    expect(await unitPriceIn(cartId)).toEqual({ unit: 25_000, total: 25_000 })
    const lineId = created.body.cart.items[0].id
    for (const [quantity, unit] of [[12, 23_000], [60, 21_000], [3, 25_000]] as const) {
      const res = await store(`/store/carts/${cartId}/line-items/${lineId}`, { method: "POST", body: JSON.stringify({ quantity }) })
      expect(res.status).toBe(200)
      expect(await unitPriceIn(cartId)).toEqual({ unit, total: unit * quantity })
    }
  })

  it("are shown on the product page, while the page's and the search's price stays the shelf price", async () => {
    const html = (await page(`/san-pham/${HANDLE}`)).html
    expect(html).toContain("data-quantity-tiers")
    expect(html).toMatch(/mua từ 10: <b[^>]*>23\.000\s₫<\/b>/)
    expect(html).toMatch(/mua từ 50: <b[^>]*>21\.000\s₫<\/b>/)
    expect(html).toMatch(/<span data-price[^>]*>25\.000\s₫/)
    const search = await store(`/store/product-search?q=${encodeURIComponent("muối hạt hòn khói")}`)
    const hit = search.body.hits.find((h: any) => h.handle === HANDLE)
    expect(hit.price).toBe(25_000)
  })

  it("survive a cooperative's price edit in the portal, which changes only the shelf price", async () => {
    const before = (await portal(STAFF_B, `/products/${productId}`)).body.product.variants.find((v: any) => v.id === variantId)
    expect(before).toMatchObject({ price: 25_000, tiers: [{ min_quantity: 10, amount: 23_000 }, { min_quantity: 50, amount: 21_000 }] })
    const edited = await portal(STAFF_B, `/products/${productId}`, { variants: [{ id: variantId, price: 26_000 }] })
    expect(edited.status).toBe(200)
    expect(edited.body.product.variants.find((v: any) => v.id === variantId)).toMatchObject({ price: 26_000, tiers: [{ min_quantity: 10, amount: 23_000 }, { min_quantity: 50, amount: 21_000 }] })
    const cart = await store("/store/carts", { method: "POST", body: JSON.stringify({ region_id: await vndRegionId(), items: [{ variant_id: variantId, quantity: 50 }] }) })
    expect(await unitPriceIn(cart.body.cart.id)).toEqual({ unit: 21_000, total: 1_050_000 })
    await portal(STAFF_B, `/products/${productId}`, { variants: [{ id: variantId, price: 25_000 }] })
  })
})
