/**
 * Buying through the storefront's own endpoints (what the product page, drawer and checkout island
 * call), against the real Medusa: cart cookies, refusals with clear messages, one order per cart
 * however often "Đặt hàng" is pressed, and no overselling when buyers race for the last units.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { DEMO_COOPERATIVES } from "../../commerce/src/scripts/demo-catalog/cooperatives"
import { DEMO_PRODUCTS } from "../../commerce/src/scripts/demo-catalog/products"
import { wardsOf } from "../../site/lib/address"
import { withClient } from "../../scripts/lib/database.ts"
import { admin, stack, store } from "../support/api"
import { adminLogin, createStockedProduct } from "../../scripts/lib/checkout.ts"
import { Shopper } from "../support/shopper"

const active = new Set(DEMO_COOPERATIVES.filter((c) => c.status === "active").map((c) => c.handle))
const inactive = DEMO_COOPERATIVES.filter((c) => c.status !== "active").map((c) => c.handle)
const buyable = DEMO_PRODUCTS.filter((p) => p.status === "published" && active.has(p.cooperative_handle) && p.variants.some((v) => v.stock >= 20))
// Not the products orders.test.ts buys first, so the two files never compete for stock.
const product = buyable[buyable.length - 1]
const ward = wardsOf("56").find((w) => w.name === "Phường Nha Trang")!

async function variantId(handle: string, pick: (v: { sku: string; stock: number }) => boolean = (v) => v.stock >= 20): Promise<string> {
  const sku = DEMO_PRODUCTS.find((p) => p.handle === handle)!.variants.find(pick)!.sku
  const { body } = await store(`/store/products?handle=${handle}&fields=variants.id,variants.sku`)
  return body.products[0].variants.find((v: { sku: string }) => v.sku === sku).id
}

/** A full, valid checkout form for the options Medusa offers this shopper's cart. */
async function checkoutForm(shopper: Shopper, overrides: Record<string, unknown> = {}) {
  const quote = await shopper.post("/api/checkout/quote", { provinceCode: "56" })
  expect(quote.status, JSON.stringify(quote.body)).toBe(200)
  const option = quote.body.options.find((o: { kind: string }) => o.kind === "province")
  return {
    fullName: "Trần Thị Hoa",
    phone: "0914 555 666",
    email: "",
    provinceCode: "56",
    wardCode: ward.code,
    street: "34 Lê Thánh Tôn",
    note: "Gọi trước khi giao",
    shippingOptionId: option.id,
    paymentMethod: "cod",
    ...overrides,
  }
}

// Products made here leave the shop afterwards (drafts): other files count the public catalog.
const testProducts: string[] = []
afterAll(async () => {
  for (const id of testProducts) expect((await admin(`/admin/products/${id}`, { method: "POST", body: JSON.stringify({ status: "draft" }) })).status).toBe(200)
})

let variant: string
beforeAll(async () => {
  variant = await variantId(product.handle)
})

describe("the cart", () => {
  it("lives in an httpOnly cookie, shows Medusa's prices, and ignores a price sent by the browser", async () => {
    const shopper = new Shopper()
    const added = await shopper.add(variant, 2, { unit_price: 1, price: 1, total: 2 })
    expect(added.status, JSON.stringify(added.body)).toBe(200)
    expect(added.body).toMatchObject({ ok: true, count: 2 })
    const price = product.variants.find((v) => v.stock >= 20)!.price
    expect(added.body.total).toBe(price * 2)
    expect(shopper.cookies.get("cart_id")).toMatchObject({ httpOnly: true })
    expect(shopper.cookies.get("cart_count")).toEqual({ value: "2", httpOnly: false })

    // the cart survives a reload: the page reads it back from Medusa through the cookie
    const page = await shopper.html("/gio-hang")
    expect(page.status).toBe(200)
    expect(page.html).toContain(product.title)
    expect(page.html).toContain(`value="2"`)

    // change the quantity, then remove the line
    const line = /data-cart-line="(cali_[A-Za-z0-9]+)"/.exec(page.html)![1]
    const changed = await shopper.post(`/api/cart/lines/${line}`, { quantity: 3 })
    expect(changed.body).toMatchObject({ ok: true, count: 3, total: price * 3 })
    const removed = await shopper.post(`/api/cart/lines/${line}`, { remove: "1" })
    expect(removed.body).toMatchObject({ ok: true, count: 0 })
    expect((await shopper.html("/gio-hang")).html).toContain("Giỏ hàng của bạn đang trống.")
  })

  it("refuses quantities that are negative, zero, fractional, absurd or not numbers, and changes nothing", async () => {
    const shopper = new Shopper()
    await shopper.add(variant, 1)
    for (const quantity of [-1, 0, 1.5, "2.0", 1000, 1e9, "abc", ""]) {
      const { status, body } = await shopper.add(variant, quantity)
      expect(status, String(quantity)).toBe(400)
      expect(body.message).toBe("Số lượng phải là số nguyên từ 1 đến 999.")
    }
    const page = await shopper.html("/gio-hang")
    expect(page.html).toContain(`value="1"`)
    expect(shopper.cookies.get("cart_count")?.value).toBe("1")
  })

  it("says why an out-of-stock variant cannot be added", async () => {
    const soldOut = DEMO_PRODUCTS.find((p) => p.status === "published" && active.has(p.cooperative_handle) && p.variants.some((v) => v.stock === 0))!
    const id = await variantId(soldOut.handle, (v) => v.stock === 0)
    const shopper = new Shopper()
    const { status, body } = await shopper.add(id, 1, { handle: soldOut.handle })
    expect(status).toBe(409)
    expect(body.message).toBe("Rất tiếc, sản phẩm này đã hết hàng.")
    // in English when the page is English
    const en = await shopper.add(id, 1, { handle: soldOut.handle, locale: "en" })
    expect(en.body.message).toBe("Sorry, this product is out of stock.")
  })

  it("will not sell an inactive cooperative's product", async () => {
    const hidden = DEMO_PRODUCTS.find((p) => inactive.includes(p.cooperative_handle))!
    const { body } = await admin(`/admin/products?handle=${hidden.handle}&fields=variants.id`)
    const shopper = new Shopper()
    const { status, body: refused } = await shopper.add(body.products[0].variants[0].id, 1)
    expect(status).toBe(409)
    expect(refused.message).toContain("hiện không bán trên cửa hàng")
    expect(shopper.cookies.has("cart_count")).toBe(false)
  })

  it("says an unpublished or unknown variant is not on sale (409) when it is the first item, instead of 'try again later'", async () => {
    const draft = DEMO_PRODUCTS.find((p) => p.status === "draft")!
    const { body } = await admin(`/admin/products?handle=${draft.handle}&fields=variants.id`)
    for (const id of [body.products[0].variants[0].id, "variant_01JZZZZZZZZZZZZZZZZZZZZZZZ"]) {
      const shopper = new Shopper()
      const vi = await shopper.add(id, 1)
      expect(vi.status, id).toBe(409)
      expect(vi.body).toEqual({ ok: false, problem: "not_on_sale", message: "Sản phẩm này hiện không bán trên cửa hàng." })
      const en = await shopper.add(id, 1, { locale: "en" })
      expect(en.status).toBe(409)
      expect(en.body.message).toBe("This product is not on sale in the shop at the moment.")
      expect(shopper.cookies.has("cart_id")).toBe(false)
      // without JavaScript: back to the cart page, which says so
      const form = await shopper.request("/api/cart/items", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ variant_id: id, quantity: "1" }).toString(),
      })
      expect(form.status).toBe(303)
      const page = await shopper.html(form.headers.get("location")!)
      expect(page.html).toContain("Sản phẩm này hiện không bán trên cửa hàng.")
    }
  })
})

describe("checkout", () => {
  it("names each wrong field in Vietnamese and writes nothing", async () => {
    const shopper = new Shopper()
    await shopper.add(variant, 1)
    const form = await checkoutForm(shopper, { fullName: "", phone: "12345", email: "khong-phai-email", wardCode: "00001", street: "" })
    const { status, body } = await shopper.post("/api/checkout/place", form)
    expect(status).toBe(400)
    expect(body.errors).toEqual({
      fullName: "Vui lòng nhập họ và tên (2–100 ký tự).",
      phone: "Số điện thoại di động chưa đúng (10 số, bắt đầu bằng 03, 05, 07, 08 hoặc 09).",
      email: "Email chưa đúng định dạng.",
      ward: "Vui lòng chọn phường/xã thuộc tỉnh/thành phố đã chọn.",
      street: "Vui lòng nhập số nhà, tên đường (tối đa 200 ký tự).",
    })
    // nothing was ordered: the cart is still open and its address untouched
    const page = await shopper.html("/gio-hang")
    expect(page.html).toContain(product.title)
    // a landline is not a mobile number; a payment method Medusa does not offer is refused
    const again = await shopper.post("/api/checkout/place", { ...(await checkoutForm(shopper)), phone: "0258 3822 123", paymentMethod: "bitcoin" })
    expect(Object.keys(again.body.errors).sort()).toEqual(["payment", "phone"])
  })

  it("places one order however many times the button is pressed, then forgets the cart", async () => {
    const shopper = new Shopper()
    await shopper.add(variant, 1)
    const cartId = shopper.cookies.get("cart_id")!.value
    const form = await checkoutForm(shopper, { phone: "+84 914 555 666" })
    const attempts = await Promise.all([1, 2, 3].map(() => shopper.post("/api/checkout/place", form)))
    for (const a of attempts) expect(a.status, JSON.stringify(a.body)).toBe(200)
    const redirects = new Set(attempts.map((a) => a.body.redirect))
    expect(redirects.size).toBe(1)
    const orderId = /\/don-hang\/(order_[A-Za-z0-9]+)$/.exec([...redirects][0])![1]
    // a retry after the cart became an order gets no second order either
    expect(shopper.cookies.has("cart_id")).toBe(false)

    const { body } = await admin(`/admin/orders/${orderId}?fields=id,total,shipping_total,item_total,*items,*shipping_address,metadata`)
    const price = product.variants.find((v) => v.stock >= 20)!.price
    expect(body.order).toMatchObject({ item_total: price, shipping_total: 20000, total: price + 20000 })
    expect(body.order.shipping_address).toMatchObject({ phone: "0914555666", province: "56", city: "Phường Nha Trang", address_1: "34 Lê Thánh Tôn" })
    expect(body.order.metadata.courier_note).toBe("Gọi trước khi giao")
    const orderCount = await withClient(stack().databaseUrl, async (c) => (await c.query(`select count(*)::int as n from order_cart where cart_id = $1`, [cartId])).rows[0].n)
    expect(orderCount).toBe(1)

    // the confirmation is for this browser only
    const mine = await shopper.html(`/don-hang/${orderId}`)
    expect(mine.status).toBe(200)
    expect(mine.html).toContain("Cảm ơn bạn! Đơn hàng đã được ghi nhận.")
    const stranger = await new Shopper().html(`/don-hang/${orderId}`)
    expect(stranger.status).toBe(404)
    expect(stranger.html).not.toContain("34 Lê Thánh Tôn")
  })

  // 30 full checkouts at once on a 2-core machine: allowed more than the project's 180 s, because a slow run is not
  // what this asserts (checkout speed is measured by `npm run bench`), overselling is.
  it("sells exactly the 5 in stock to 30 buyers checking out at once, and tells the rest it is sold out", { timeout: 480_000 }, async () => {
    const tag = Date.now().toString(36)
    const title = `Bánh tráng thử nghiệm ${tag}`
    const scarce = { title, handle: `banh-trang-thu-${tag}`, ...(await createStockedProduct(await adminLogin(stack().medusaUrl), { title, handle: `banh-trang-thu-${tag}`, variantTitle: "Gói", stock: 5 })) }
    testProducts.push(scarce.productId)
    const buyers = Array.from({ length: 30 }, () => new Shopper())
    // Adding checks stock too; nobody has ordered yet, so every buyer can put one in the cart.
    for (const buyer of buyers) expect((await buyer.add(scarce.variantId, 1)).status).toBe(200)
    const forms = await Promise.all(buyers.map((b) => checkoutForm(b)))
    const results = await Promise.all(buyers.map((b, i) => b.post("/api/checkout/place", forms[i])))

    const placed = results.filter((r) => r.status === 200)
    const refused = results.filter((r) => r.status !== 200)
    expect(placed).toHaveLength(5)
    expect(refused).toHaveLength(25)
    for (const r of refused) {
      expect(r.status, JSON.stringify(r.body)).toBe(409)
      // the backend names the product that ran out
      expect(r.body.message).toBe(`"${scarce.title} – Gói" đã hết hàng. Vui lòng bỏ sản phẩm này khỏi giỏ rồi đặt lại.`)
    }
    const { body } = await admin(`/admin/reservations?limit=100&fields=quantity,line_item_id,inventory_item.sku`)
    const reserved = body.reservations.filter((r: any) => r.inventory_item?.sku === `${scarce.handle}-1`)
    expect(reserved.reduce((n: number, r: { quantity: number }) => n + r.quantity, 0)).toBe(5)
    // and the product page now says so
    const page = await new Shopper().html(`/san-pham/${scarce.handle}`)
    expect(page.html).toContain("Hết hàng")
  })
})

describe("checkout when the cooperative was suspended while the cart waited", () => {
  it("names the product and says to remove it (409), in Vietnamese and English, orders nothing and keeps the cart", async () => {
    const shopper = new Shopper()
    await shopper.add(variant, 1)
    const cartId = shopper.cookies.get("cart_id")!.value
    const form = await checkoutForm(shopper)
    const { body: list } = await admin(`/admin/cooperatives?limit=100`)
    const cooperative = list.cooperatives.find((c: { handle: string }) => c.handle === product.cooperative_handle)
    const setStatus = async (status: string) =>
      expect((await admin(`/admin/cooperatives/${cooperative.id}/status`, { method: "POST", body: JSON.stringify({ status }) })).status).toBe(200)
    await setStatus("suspended")
    try {
      const vi = await shopper.post("/api/checkout/place", form)
      expect(vi.status, JSON.stringify(vi.body)).toBe(409)
      expect(vi.body.message).toBe(`"${product.title}" hiện không bán trên cửa hàng. Vui lòng bỏ sản phẩm này khỏi giỏ hàng rồi đặt lại.`)
      const en = await shopper.post("/api/checkout/place", { ...form, locale: "en" })
      expect(en.status).toBe(409)
      expect(en.body.message).toBe(`"${product.title}" is not on sale. Please remove it from your cart and order again.`)
    } finally {
      await setStatus("active")
    }
    const open = await withClient(stack().databaseUrl, async (c) => (await c.query(`select completed_at from cart where id = $1`, [cartId])).rows[0])
    expect(open.completed_at).toBeNull()
    expect(shopper.cookies.get("cart_id")?.value).toBe(cartId)
  })
})

describe("guest order lookup on the storefront", () => {
  it("shows the order for its number and phone, and nothing for a wrong phone", async () => {
    const shopper = new Shopper()
    await shopper.add(variant, 1)
    const placed = await shopper.post("/api/checkout/place", await checkoutForm(shopper, { phone: "0935 111 222" }))
    expect(placed.status, JSON.stringify(placed.body)).toBe(200)
    const orderId = placed.body.redirect.split("/").pop()
    const { body } = await admin(`/admin/orders/${orderId}?fields=display_id`)
    const number = String(body.order.display_id)

    const lookup = (orderNumber: string, phone: string) =>
      new Shopper().request("/tra-cuu-don-hang", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ orderNumber, phone }).toString(),
      })
    const found = await lookup(`#${number}`, "+84935111222")
    expect(found.status).toBe(200)
    const html = await found.text()
    expect(html).toContain(`Đơn hàng #${number}`)
    expect(html).toContain(product.title)
    expect(html).not.toContain("34 Lê Thánh Tôn") // the street stays private; the area is enough

    const wrong = await lookup(number, "0935111223")
    expect(wrong.status).toBe(404)
    const wrongHtml = await wrong.text()
    expect(wrongHtml).toContain("Không tìm thấy đơn hàng với mã và số điện thoại này.")
    expect(wrongHtml).not.toContain(product.title)

    const bad = await lookup("abc", "")
    expect(bad.status).toBe(400)
    expect(await bad.text()).toContain("Vui lòng nhập mã đơn hàng (chỉ gồm chữ số) và số điện thoại.")
  })
})

describe("card payment by Stripe (configured in the test stack with keys that reach nothing)", () => {
  it("is offered at checkout, and placing by card stops with a clear message and keeps the cart when Stripe cannot be reached", async () => {
    const shopper = new Shopper()
    await shopper.add(variant, 1)
    const page = await shopper.html("/dat-hang")
    expect(page.html).toContain("Thẻ quốc tế (Stripe)")
    const { status, body } = await shopper.post("/api/checkout/place", await checkoutForm(shopper, { paymentMethod: "stripe" }))
    expect(status).toBe(502)
    expect(body.message).toBe("Chưa kết nối được cổng thanh toán thẻ. Vui lòng chọn cách thanh toán khác.")
    // the buyer can still pay another way with the same cart
    const cod = await shopper.post("/api/checkout/place", await checkoutForm(shopper))
    expect(cod.status, JSON.stringify(cod.body)).toBe(200)
  })

  it("confirms a card in Stripe's Payment Element and completes the order", (ctx) => {
    ctx.skip("SKIPPED: needs Stripe's servers (api.stripe.com, js.stripe.com), which these machines cannot reach")
  })
})
