/**
 * No overselling: 30 buyers race for a product with 5 in stock, through the real store API.
 * The product is created here through the admin API, like staff would in Medusa Admin.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest"
import { adminLogin, completeCart, createStockedProduct, inPool, prepareCart } from "../../scripts/lib/checkout.ts"
import { withClient } from "../../scripts/lib/database.ts"
import { admin, stack, vndRegionId } from "../support/api"

const STOCK = 5
const BUYERS = 30

let regionId: string
let variantId: string
let inventoryItemId: string
let locationId: string

const created: string[] = []
const createProduct = async (title: string, slug: string, stock: number) => {
  const product = await createStockedProduct(await adminLogin(stack().medusaUrl), { title, handle: `${slug}-${Date.now().toString(36)}`, stock })
  created.push(product.productId)
  return product
}

// Other test files count the public catalog: take these products off the shop again (drafts; their
// orders and reservations stay, which is why they are not deleted).
afterAll(async () => {
  for (const id of created) {
    const res = await admin(`/admin/products/${id}`, { method: "POST", body: JSON.stringify({ status: "draft" }) })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
  }
})

beforeAll(async () => {
  regionId = await vndRegionId()
  ;({ variantId, inventoryItemId, locationId } = await createProduct("Mứt gừng Ninh Hòa (thử tồn kho)", "mut-gung-thu-ton-kho", STOCK))
})

describe("stock under concurrent checkouts", () => {
  it(`${BUYERS} buyers, ${STOCK} in stock, all completing at once: exactly ${STOCK} orders, the rest told it is sold out`, async () => {
    const carts = await inPool(Array.from({ length: BUYERS }, (_, i) => i), 5, async (i) =>
      (await prepareCart(stack(), { regionId, items: [{ variant_id: variantId, quantity: 1 }], email: `buyer${i}@example.vn` })).cartId
    )
    const results = await Promise.all(carts.map((id) => completeCart(stack(), id)))

    const orders = results.filter((r) => r.status === 200 && r.body?.type === "order")
    const refused = results.filter((r) => !(r.status === 200 && r.body?.type === "order"))
    console.log(`[stock] refusals: ${JSON.stringify([...new Set(refused.map((r) => `${r.status} ${JSON.stringify(r.body)}`))])}`)
    expect(orders).toHaveLength(STOCK)
    expect(refused).toHaveLength(BUYERS - STOCK)
    expect(new Set(orders.map((r) => r.body.order.id)).size).toBe(STOCK)

    // Reservations for exactly 5 units, and the inventory level agrees.
    const { body: reservations } = await admin(`/admin/reservations?inventory_item_id=${inventoryItemId}&limit=100`)
    expect(reservations.reservations.reduce((sum: number, r: { quantity: number }) => sum + Number(r.quantity), 0)).toBe(STOCK)
    const { body: levels } = await admin(`/admin/inventory-items/${inventoryItemId}/location-levels`)
    const level = levels.inventory_levels.find((l: { location_id: string }) => l.location_id === locationId)
    expect(Number(level.reserved_quantity)).toBe(STOCK)
    expect(Number(level.stocked_quantity)).toBe(STOCK)

    // No order beyond those five holds the product; the refused carts are still open.
    const held = await withClient(stack().databaseUrl, async (c) =>
      Number(
        (
          await c.query(
            `select count(distinct o.id) n from "order" o join order_item oi on oi.order_id = o.id join order_line_item li on li.id = oi.item_id
             where li.variant_id = $1 and o.deleted_at is null and oi.deleted_at is null`,
            [variantId]
          )
        ).rows[0].n
      )
    )
    expect(held).toBe(STOCK)
    // Each refusal says, in Vietnamese, which product is sold out.
    for (const r of refused) {
      expect(r.status).toBe(400)
      expect(r.body).toEqual({
        type: "not_allowed",
        code: "insufficient_inventory",
        message: `"Mứt gừng Ninh Hòa (thử tồn kho) – Hộp 500 g" đã hết hàng. Vui lòng bỏ sản phẩm này khỏi giỏ rồi đặt lại.`,
        message_en: `"Mứt gừng Ninh Hòa (thử tồn kho) – Hộp 500 g" is out of stock. Please remove it from the cart and order again.`,
        variant_id: variantId,
      })
    }
    // The refused carts stay open (not completed), so the buyer can change them and order again.
    const refusedCarts = carts.filter((_, i) => !(results[i].status === 200 && results[i].body?.type === "order"))
    const open = await withClient(stack().databaseUrl, async (c) =>
      Number((await c.query(`select count(*) n from cart where id = any($1) and completed_at is null`, [refusedCarts])).rows[0].n)
    )
    expect(open).toBe(BUYERS - STOCK)
  }, 180_000)

  it("a buyer whose quantity is no longer there is told how many are left", async () => {
    const product = await createProduct("Yến sào Cam Ranh (thử còn ít)", "yen-sao-thu-con-it", 5)
    const { cartId: slow } = await prepareCart(stack(), { regionId, items: [{ variant_id: product.variantId, quantity: 3 }] })
    const { cartId: fast } = await prepareCart(stack(), { regionId, items: [{ variant_id: product.variantId, quantity: 3 }] })
    expect((await completeCart(stack(), fast)).body.type).toBe("order")
    const late = await completeCart(stack(), slow)
    expect(late.status).toBe(400)
    expect(late.body.code).toBe("insufficient_inventory")
    expect(late.body.message).toBe(`"Yến sào Cam Ranh (thử còn ít) – Hộp 500 g" không đủ hàng: chỉ còn 2. Vui lòng giảm số lượng rồi đặt lại.`)
    expect(late.body.variant_id).toBe(product.variantId)
  }, 60_000)

  it("5 concurrent completions of the same cart give one order, the same for every answer", async () => {
    const { variantId: other } = await createProduct("Muối Hòn Khói (thử hoàn tất đồng thời)", "muoi-thu-hoan-tat", 50)
    const { cartId } = await prepareCart(stack(), { regionId, items: [{ variant_id: other, quantity: 2 }] })
    const results = await Promise.all(Array.from({ length: 5 }, () => completeCart(stack(), cartId)))
    console.log(`[stock] same cart: ${JSON.stringify(results.map((r) => [r.status, r.body?.type, r.body?.order?.id ?? r.body?.message]))}`)
    const ids = results.map((r) => r.body?.order?.id)
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200])
    expect(new Set(ids).size).toBe(1)
    expect(ids[0]).toMatch(/^order_/)
    const count = await withClient(stack().databaseUrl, async (c) =>
      Number((await c.query(`select count(*) n from order_cart where cart_id = $1 and deleted_at is null`, [cartId])).rows[0].n)
    )
    expect(count).toBe(1)
  }, 60_000)

  it("buyers who wait too long for the stock lock get a clear 4xx — sold out, or order again — never a 500, and nothing is oversold", async () => {
    // Deterministic version of what a rush of buyers does: the database row of the product's stock is
    // held here, so one buyer's reservation stops half-way while holding Medusa's stock lock, and the
    // buyers behind it wait for that lock until Medusa gives up on them ("Timed-out acquiring lock").
    const product = await createProduct("Nước yến Cam Ranh (thử khoá tồn kho)", "nuoc-yen-thu-khoa", 2)
    const cart = async (quantity: number) => (await prepareCart(stack(), { regionId, items: [{ variant_id: product.variantId, quantity }] })).cartId
    // (carts first: adding to a cart checks stock too)
    const early = await cart(1)
    const holder = await cart(1)
    const wantOne = [await cart(1), await cart(1)]
    const wantTwo = await cart(2)
    expect((await completeCart(stack(), early)).body.type).toBe("order") // 1 of 2 left

    const { first, waited } = await withClient(stack().databaseUrl, async (db) => {
      await db.query("begin")
      await db.query("select 1 from inventory_level where inventory_item_id = $1 for update", [product.inventoryItemId])
      const first = completeCart(stack(), holder)
      // the holder's reservation is now waiting for the row, inside Medusa's lock (watched from another
      // connection: inside a transaction pg_stat_activity keeps showing the state it first saw)
      await withClient(stack().databaseUrl, (watcher) =>
        vi.waitFor(
          async () => {
            const { rows } = await watcher.query(
              `select 1 from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and query ilike '%inventory_level%'`
            )
            expect(rows.length).toBeGreaterThan(0)
          },
          { timeout: 30_000, interval: 50 }
        )
      )
      const waited = await Promise.all([...wantOne, wantTwo].map((id) => completeCart(stack(), id)))
      await db.query("commit")
      return { first: await first, waited }
    })
    console.log(`[stock] lock waiters: ${JSON.stringify(waited.map((r) => [r.status, r.body]))}`)

    expect(first.body.type).toBe("order")
    const name = "Nước yến Cam Ranh (thử khoá tồn kho) – Hộp 500 g"
    // one unit was left while they waited: those who want one are asked to order again…
    for (const r of waited.slice(0, 2)) {
      expect(r.status).toBe(409)
      expect(r.body).toEqual({
        type: "conflict",
        code: "busy",
        message: "Nhiều người đang đặt cùng sản phẩm này cùng lúc nên đơn hàng của bạn chưa được ghi. Giỏ hàng vẫn được giữ nguyên — vui lòng đặt lại sau vài giây.",
        message_en: "Many people are ordering the same product right now, so your order was not placed. Your cart is kept — please order again in a few seconds.",
      })
    }
    // …the one who wants two is told, like any stock refusal, that only one is left
    expect(waited[2].status).toBe(400)
    expect(waited[2].body).toEqual({
      type: "not_allowed",
      code: "insufficient_inventory",
      message: `"${name}" không đủ hàng: chỉ còn 1. Vui lòng giảm số lượng rồi đặt lại.`,
      message_en: `"${name}": only 1 left in stock. Please lower the quantity and order again.`,
      variant_id: product.variantId,
    })
    // Ordering again now that the holder took the last one: sold out, the usual answer.
    const again = await completeCart(stack(), wantOne[0])
    expect(again.status).toBe(400)
    expect(again.body.message).toBe(`"${name}" đã hết hàng. Vui lòng bỏ sản phẩm này khỏi giỏ rồi đặt lại.`)
    // Two in stock, two sold, two reserved.
    const { body: reservations } = await admin(`/admin/reservations?inventory_item_id=${product.inventoryItemId}&limit=100`)
    expect(reservations.reservations.reduce((sum: number, r: { quantity: number }) => sum + Number(r.quantity), 0)).toBe(2)
  }, 120_000)
})
