/**
 * Linkage ("kết nối tiêu thụ") against the real Medusa: a business buyer asks (store API, signed-in
 * customers only), the request reaches the cooperatives that can serve it (portal API), they quote or
 * decline, the buyer accepts one quote and it becomes an order at the quoted price — whatever the
 * browser sends — in the quoting cooperative's parcels and portal; the Union sees and routes
 * everything (admin API). Time passing (a quote's validity running out) is played by changing the
 * quote's date in the database.
 */
import { beforeAll, describe, expect, it } from "vitest"
import { withClient } from "../../scripts/lib/database.ts"
import { admin, stack } from "../support/api"
import { asBuyer, categoryId, hotelRequest, inDays, productId, quoteBody } from "../support/linkage"
import { portal, signIn, STAFF_A, STAFF_B } from "../support/orders"
import { customerToken, portalToken } from "../support/tokens"

const sql = <T = any>(text: string, values: unknown[] = []) => withClient(stack().databaseUrl, async (c) => (await c.query(text, values)).rows as T[])
const countRequests = async () => (await sql<{ n: number }>(`select count(*)::int as n from linkage_request`))[0].n

let buyerA: string
let buyerB: string
/** Muối hạt Hòn Khói (made by STAFF_B's cooperative) and Nước mắm 40 độ đạm (STAFF_A's) */
let salt: string
let fishSauce: string
let coopA: string
let coopB: string
/** the Union's figures before this file's requests: other files (linkage-pages) accept quotes of the same demo cooperatives */
let figuresBefore: any

beforeAll(async () => {
  ;[buyerA, buyerB] = await Promise.all([customerToken(), customerToken()])
  await Promise.all([signIn(STAFF_A), signIn(STAFF_B)])
  ;[salt, fishSauce] = await Promise.all([productId("muoi-hat-hon-khoi-phoi-nang"), productId("nuoc-mam-ca-com-40-do-dam-van-phuoc-xanh")])
  const { body } = await admin(`/admin/cooperatives?limit=100`)
  const byHandle = (h: string) => body.cooperatives.find((c: any) => c.handle === h).id as string
  coopA = byHandle(STAFF_A.cooperative_handle)
  coopB = byHandle(STAFF_B.cooperative_handle)
  figuresBefore = (await admin(`/admin/linkage-figures`)).body
})

describe("who may call the linkage routes", () => {
  it("refuses every buyer route without a customer sign-in, and with a cooperative's or a forged token", async () => {
    const staff = await portalToken()
    for (const token of [null, staff, "eyJhbGciOiJIUzI1NiJ9.eyJhY3Rvcl9pZCI6ImN1c18xIn0.forged"]) {
      expect((await asBuyer(token, "/store/linkage-requests")).status).toBe(401)
      expect((await asBuyer(token, "/store/linkage-requests", hotelRequest({ product_id: salt }))).status).toBe(401)
      expect((await asBuyer(token, "/store/linkage-requests/lreq_01ABCDEFGHJKMNPQRS/accept", { quote_id: "lquote_1234567890", payment: "cod" })).status).toBe(401)
    }
  })

  it("refuses the portal routes without a staff sign-in and the Union's routes to buyers and cooperatives", async () => {
    const res = await fetch(`${stack().medusaUrl}/cooperative-portal/linkage-requests`)
    expect(res.status).toBe(401)
    const staff = await portalToken()
    for (const token of [buyerA, staff]) {
      for (const path of ["/admin/linkage-requests", "/admin/linkage-figures"]) {
        const r = await fetch(`${stack().medusaUrl}${path}`, { headers: { authorization: `Bearer ${token}` } })
        expect(r.status, path).toBe(401)
      }
    }
  })
})

describe("a buyer's request", () => {
  it("refuses bad input with a clear Vietnamese (and English) message under each field, writing nothing", async () => {
    const before = await countRequests()
    const cases: [Record<string, unknown> | string, string, RegExp][] = [
      [hotelRequest({ product_id: salt }, { quantity: 0 }), "quantity", /Số lượng phải là số nguyên từ 1/],
      [hotelRequest({ product_id: salt }, { quantity: -20 }), "quantity", /Số lượng phải là số nguyên từ 1/],
      [hotelRequest({ product_id: salt }, { wanted_on: inDays(-1) }), "wanted_on", /không được ở quá khứ/],
      [hotelRequest({ product_id: "prod_01NOSUCHPRODUCT0000000000" }), "product_id", /Không tìm thấy sản phẩm/],
      [hotelRequest({ category_id: "pcat_01NOSUCHCATEGORY000000000" }), "category_id", /Không tìm thấy nhóm hàng/],
      [hotelRequest({ product_id: salt }, { note: "ồ".repeat(2001) }), "note", /Ghi chú quá dài/],
      [hotelRequest({ product_id: salt }, { ward_code: "26734" }), "ward_code", /không thuộc tỉnh/],
      ["{\"quantity\": 200,", "(yêu cầu)", /JSON sai định dạng/],
      [JSON.stringify({ ...hotelRequest({ product_id: salt }), padding: "x".repeat(20_000) }), "(yêu cầu)", /quá lớn/],
    ]
    for (const [body, field, message] of cases) {
      const res = await asBuyer(buyerA, "/store/linkage-requests", body)
      expect(res.status, field).toBe(400)
      expect(res.body.errors, field).toContainEqual({ field, message: expect.stringMatching(message), message_en: expect.any(String) })
      expect(res.body.message).toMatch(/chưa có gì được lưu/)
    }
    expect(await countRequests()).toBe(before)
    expect((await asBuyer(buyerA, "/store/linkage-requests")).body.count).toBe(0)
  })

  it("for a product reaches its maker only; for a category, every cooperative selling in it", async () => {
    const product = await asBuyer(buyerA, "/store/linkage-requests", hotelRequest({ product_id: salt }))
    expect(product.status).toBe(201)
    expect(product.body.linkage_request).toMatchObject({ title: "Muối hạt Hòn Khói phơi nắng", status: "open", routed_count: 1, quantity: 200, unit: "kg", phone: "0905123456" })
    const routed = await sql(`select cooperative_id, reason from linkage_route where request_id = $1`, [product.body.linkage_request.id])
    expect(routed).toEqual([{ cooperative_id: coopB, reason: "maker" }])

    const category = await asBuyer(buyerA, "/store/linkage-requests", hotelRequest({ category_id: await categoryId("nuoc-mam-gia-vi") }, { unit: "lit", quantity: 120 }))
    expect(category.status).toBe(201)
    const reached = await sql<{ cooperative_id: string; reason: string }>(`select cooperative_id, reason from linkage_route where request_id = $1`, [category.body.linkage_request.id])
    // both demo cooperatives with portals sell nước mắm / gia vị products (and so does the nem chua cooperative)
    expect(reached.map((r) => r.cooperative_id)).toEqual(expect.arrayContaining([coopA, coopB]))
    expect(reached.every((r) => r.reason === "category")).toBe(true)
  })
})

describe("isolation", () => {
  let onlyB: string
  let both: string

  beforeAll(async () => {
    onlyB = (await asBuyer(buyerA, "/store/linkage-requests", hotelRequest({ product_id: salt }))).body.linkage_request.id
    both = (await asBuyer(buyerA, "/store/linkage-requests", hotelRequest({ product_id: salt }))).body.linkage_request.id
    expect((await admin(`/admin/linkage-requests/${both}/routes`, { method: "POST", body: JSON.stringify({ cooperative_ids: [coopA] }) })).status).toBe(200)
    expect((await portal(STAFF_B, `/linkage-requests/${both}/quote`, quoteBody(salt, 18_000))).status).toBe(200)
    expect((await portal(STAFF_A, `/linkage-requests/${both}/quote`, quoteBody(fishSauce, 17_000))).status).toBe(200)
  })

  it("a buyer sees only her own requests: another buyer's list is empty and its ids answer 404", async () => {
    const list = await asBuyer(buyerB, "/store/linkage-requests")
    expect(list.status).toBe(200)
    expect(list.body.linkage_requests).toEqual([])
    expect((await asBuyer(buyerB, `/store/linkage-requests/${both}`)).status).toBe(404)
    const quote = (await asBuyer(buyerA, `/store/linkage-requests/${both}`)).body.linkage_request.quotes[0].id
    const steal = await asBuyer(buyerB, `/store/linkage-requests/${both}/accept`, { quote_id: quote, payment: "cod" })
    expect(steal.status).toBe(404)
    expect((await sql(`select status from linkage_request where id = $1`, [both]))[0].status).toBe("open")
  })

  it("a cooperative sees only requests routed to it, and only its own quote", async () => {
    const listA = await portal(STAFF_A, "/linkage-requests")
    const idsA = listA.body.linkage_requests.map((r: any) => r.id)
    expect(idsA).toContain(both)
    expect(idsA).not.toContain(onlyB)
    expect((await portal(STAFF_A, `/linkage-requests/${onlyB}`)).status).toBe(404)
    expect((await portal(STAFF_A, `/linkage-requests/${onlyB}/quote`, quoteBody(fishSauce, 1_000))).status).toBe(404)
    expect((await portal(STAFF_A, `/linkage-requests/${onlyB}/decline`, { reason: "Không phải hàng của chúng tôi" })).status).toBe(404)

    const seenByA = await portal(STAFF_A, `/linkage-requests/${both}`)
    expect(seenByA.body.linkage_request.quote).toMatchObject({ unit_price_vnd: 17_000 })
    // B's price and the buyer's phone and e-mail appear nowhere in what A receives
    const text = JSON.stringify(seenByA.body) + JSON.stringify(listA.body)
    expect(text).not.toContain("18000")
    expect(text).not.toContain("0905123456")
    expect(text).not.toMatch(/@example\.vn/)
  })

  it("a cooperative quotes only its own products, and a buyer sees every answer to her request", async () => {
    const foreign = await portal(STAFF_A, `/linkage-requests/${both}/quote`, quoteBody(salt, 16_000))
    expect(foreign.status).toBe(400)
    expect(foreign.body.errors[0]).toMatchObject({ field: "product_id", message: "Cần chọn sản phẩm của hợp tác xã mình để báo giá." })
    const seen = await asBuyer(buyerA, `/store/linkage-requests/${both}`)
    expect(seen.body.linkage_request.quotes.map((q: any) => [q.cooperative.id, q.unit_price_vnd, q.total_vnd])).toEqual([
      [coopA, 17_000, 17_000 * 200 + 50_000],
      [coopB, 18_000, 18_000 * 200 + 50_000],
    ])
  })
})

describe("accepting a quote", () => {
  it("makes an order at the quoted price whatever the browser sends, in the quoting cooperative's parcel and portal only", async () => {
    const request = (await asBuyer(buyerA, "/store/linkage-requests", hotelRequest({ product_id: salt }))).body.linkage_request.id
    await admin(`/admin/linkage-requests/${request}/routes`, { method: "POST", body: JSON.stringify({ cooperative_ids: [coopA] }) })
    await portal(STAFF_B, `/linkage-requests/${request}/quote`, quoteBody(salt, 18_000))
    await portal(STAFF_A, `/linkage-requests/${request}/quote`, quoteBody(fishSauce, 17_000))
    const quotes = (await asBuyer(buyerA, `/store/linkage-requests/${request}`)).body.linkage_request.quotes
    const chosen = quotes.find((q: any) => q.cooperative.id === coopB)

    const accepted = await asBuyer(buyerA, `/store/linkage-requests/${request}/accept`, {
      quote_id: chosen.id,
      payment: "cod",
      unit_price: 1,
      unit_price_vnd: 1,
      quantity: 1,
      total: 1,
      delivery_fee_vnd: 0,
    })
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(201)
    const expected = 18_000 * 200 + 50_000
    expect(accepted.body.order.total).toBe(expected)
    expect(accepted.body.linkage_request).toMatchObject({ status: "accepted", accepted_quote_id: chosen.id, order: { display_id: accepted.body.order.display_id } })
    expect(accepted.body.linkage_request.quotes.map((q: any) => q.status).sort()).toEqual(["accepted", "not_chosen"])

    const { body } = await admin(`/admin/orders/${accepted.body.order.id}?fields=total,item_total,shipping_total,customer_id,*items,*shipping_methods`)
    expect(body.order).toMatchObject({ total: expected, item_total: 3_600_000, shipping_total: 50_000 })
    expect(body.order.items).toHaveLength(1)
    expect(body.order.items[0]).toMatchObject({ product_id: salt, unit_price: 18_000, quantity: 200 })
    expect(body.order.shipping_methods[0].data).toMatchObject({ parcel: coopB })

    const partB = (await portal(STAFF_B, `/orders/${accepted.body.order.display_id}`)).body.order
    expect(partB).toMatchObject({ subtotal: 3_600_000, shipping_fee: 50_000, parcel_total: expected, cash_on_delivery: true, cod_amount: expected })
    expect(partB.items[0]).toMatchObject({ quantity: 200, unit_price: 18_000 })
    expect((await portal(STAFF_A, `/orders/${accepted.body.order.display_id}`)).status).toBe(404)
    const inA = await portal(STAFF_A, `/linkage-requests/${request}`)
    expect(inA.body.linkage_request).toMatchObject({ state: "closed", order_display_id: null, quote: { status: "not_chosen" } })

    // the buyer's own order history has it
    const mine = await asBuyer(buyerA, "/store/orders?fields=id,total")
    expect(mine.body.orders.map((o: any) => [o.id, o.total])).toContainEqual([accepted.body.order.id, expected])

    // a second acceptance (another tab, the other quote) is refused and makes no second order
    const again = await asBuyer(buyerA, `/store/linkage-requests/${request}/accept`, { quote_id: quotes.find((q: any) => q.cooperative.id === coopA).id, payment: "cod" })
    expect(again.status).toBe(409)
    expect(again.body.code).toBe("linkage_request_accepted")
    expect((await asBuyer(buyerA, "/store/orders?fields=id")).body.orders).toHaveLength(mine.body.orders.length)
    // and the cooperatives can no longer change their answers
    expect((await portal(STAFF_A, `/linkage-requests/${request}/quote`, quoteBody(fishSauce, 15_000))).status).toBe(409)
  })

  it("paid by VietQR, the order awaits the transfer with its reference, like a retail VietQR order", async () => {
    const request = (await asBuyer(buyerA, "/store/linkage-requests", hotelRequest({ product_id: fishSauce }, { unit: "lit", quantity: 60 }))).body.linkage_request.id
    await portal(STAFF_A, `/linkage-requests/${request}/quote`, quoteBody(fishSauce, 150_000, { quantity: 60, delivery_fee_vnd: 0 }))
    const quote = (await asBuyer(buyerA, `/store/linkage-requests/${request}`)).body.linkage_request.quotes[0]
    const accepted = await asBuyer(buyerA, `/store/linkage-requests/${request}/accept`, { quote_id: quote.id, payment: "vietqr" })
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(201)
    expect(accepted.body.order.total).toBe(9_000_000)
    const part = (await portal(STAFF_A, `/orders/${accepted.body.order.display_id}`)).body.order
    expect(part).toMatchObject({ payment_state: "awaiting_transfer", parcel_total: 9_000_000 })
    const { body } = await admin(`/admin/orders/${accepted.body.order.id}?fields=custom_display_id`)
    expect(body.order.custom_display_id).toMatch(/^CHOHTX [0-9A-Z]{10}$/)
  })

  it("refuses an expired quote (past its validity day in Vietnam) and writes nothing", async () => {
    const request = (await asBuyer(buyerA, "/store/linkage-requests", hotelRequest({ product_id: salt }))).body.linkage_request.id
    await portal(STAFF_B, `/linkage-requests/${request}/quote`, quoteBody(salt, 18_000))
    const quote = (await asBuyer(buyerA, `/store/linkage-requests/${request}`)).body.linkage_request.quotes[0]
    expect(quote).toMatchObject({ open: true, expired: false })
    await sql(`update linkage_quote set valid_until = $1 where id = $2`, [inDays(-1), quote.id])
    const orders = (await asBuyer(buyerA, "/store/orders?fields=id")).body.orders.length

    const seen = (await asBuyer(buyerA, `/store/linkage-requests/${request}`)).body.linkage_request.quotes[0]
    expect(seen).toMatchObject({ open: false, expired: true })
    const res = await asBuyer(buyerA, `/store/linkage-requests/${request}/accept`, { quote_id: quote.id, payment: "cod" })
    expect(res.status).toBe(409)
    expect(res.body).toMatchObject({ code: "linkage_quote_expired", message: expect.stringMatching(/đã hết hạn/), message_en: expect.stringMatching(/expired/) })
    expect((await sql(`select status, order_id from linkage_request where id = $1`, [request]))[0]).toEqual({ status: "open", order_id: null })
    expect((await asBuyer(buyerA, "/store/orders?fields=id")).body.orders).toHaveLength(orders)
  })

  it("refuses a declined answer, and a quote id of another request", async () => {
    const request = (await asBuyer(buyerA, "/store/linkage-requests", hotelRequest({ product_id: salt }))).body.linkage_request.id
    const declined = await portal(STAFF_B, `/linkage-requests/${request}/decline`, { reason: "Hết muối vụ này, tháng sau mới có" })
    expect(declined.body.linkage_request.quote).toMatchObject({ status: "declined", decline_reason: "Hết muối vụ này, tháng sau mới có" })
    const quote = (await asBuyer(buyerA, `/store/linkage-requests/${request}`)).body.linkage_request.quotes[0]
    expect((await asBuyer(buyerA, `/store/linkage-requests/${request}/accept`, { quote_id: quote.id, payment: "cod" })).body.code).toBe("linkage_quote_declined")
    const other = (await asBuyer(buyerA, "/store/linkage-requests", hotelRequest({ product_id: salt }))).body.linkage_request.id
    expect((await asBuyer(buyerA, `/store/linkage-requests/${other}/accept`, { quote_id: quote.id, payment: "cod" })).status).toBe(404)
    expect((await asBuyer(buyerA, `/store/linkage-requests/${request}/accept`, { quote_id: quote.id, payment: "card" })).status).toBe(400)
  })
})

describe("the Union", () => {
  it("lists every request with filters, routes an open one to more cooperatives, and reads the figures per cooperative", async () => {
    const all = await admin(`/admin/linkage-requests?limit=200`)
    expect(all.status).toBe(200)
    expect(all.body.count).toBeGreaterThanOrEqual(8)
    const accepted = await admin(`/admin/linkage-requests?status=accepted`)
    expect(accepted.body.linkage_requests.length).toBeGreaterThanOrEqual(2)
    expect(accepted.body.linkage_requests.every((r: any) => r.status === "accepted" && r.order && r.contract_value_vnd > 0)).toBe(true)
    const category = await admin(`/admin/linkage-requests?category_id=${await categoryId("nuoc-mam-gia-vi")}`)
    expect(category.body.linkage_requests.map((r: any) => r.title)).toEqual(["Nước mắm & gia vị"])
    const routedToA = await admin(`/admin/linkage-requests?cooperative_id=${coopA}`)
    expect(routedToA.body.linkage_requests.every((r: any) => r.routes.some((x: any) => x.cooperative.id === coopA))).toBe(true)
    expect((await admin(`/admin/linkage-requests?status=done`)).status).toBe(400)
    expect((await admin(`/admin/linkage-requests?sort=price`)).status).toBe(400)

    const open = (await asBuyer(buyerB, "/store/linkage-requests", hotelRequest({ product_id: salt }))).body.linkage_request.id
    const routed = await admin(`/admin/linkage-requests/${open}/routes`, { method: "POST", body: JSON.stringify({ cooperative_ids: [coopA, coopB] }) })
    expect(routed.status).toBe(200)
    expect(routed.body.added).toEqual([coopA])
    expect(routed.body.linkage_request.routes.map((r: any) => [r.cooperative.id, r.reason])).toEqual(expect.arrayContaining([[coopB, "maker"], [coopA, "union"]]))
    const suspendedOrUnknown = await admin(`/admin/linkage-requests/${open}/routes`, { method: "POST", body: JSON.stringify({ cooperative_ids: ["coop_01NOSUCHCOOPERATIVE00000"] }) })
    expect(suspendedOrUnknown.status).toBe(400)
    const closed = accepted.body.linkage_requests[0].id
    expect((await admin(`/admin/linkage-requests/${closed}/routes`, { method: "POST", body: JSON.stringify({ cooperative_ids: [coopA] }) })).status).toBe(409)

    const figures = await admin(`/admin/linkage-figures`)
    expect(figures.status).toBe(200)
    // what this file added: one contract each, at the quoted totals, and coop B's one decline
    const zero = { contracts: 0, value_vnd: 0, declined: 0 }
    const row = (body: any, id: string) => body.cooperatives.find((c: any) => c.cooperative_id === id) ?? zero
    const added = (now: any, before: any) => ({ contracts: now.contracts - before.contracts, value_vnd: now.value_vnd - before.value_vnd, declined: now.declined - before.declined })
    expect(added(row(figures.body, coopB), row(figuresBefore, coopB))).toEqual({ contracts: 1, value_vnd: 18_000 * 200 + 50_000, declined: 1 })
    expect(added(row(figures.body, coopA), row(figuresBefore, coopA))).toMatchObject({ contracts: 1, value_vnd: 9_000_000 })
    expect(added(figures.body, figuresBefore)).toMatchObject({ contracts: 2, value_vnd: 18_000 * 200 + 50_000 + 9_000_000 })
    expect((await admin(`/admin/linkage-figures?from=2026-13`)).status).toBe(400)
  })
})

describe("the buyer cancels", () => {
  it("withdraws an open request: cooperatives are told, and it can be neither quoted nor accepted any more", async () => {
    const created = await asBuyer(buyerA, "/store/linkage-requests", hotelRequest({ product_id: salt }, { quantity: 75 }))
    expect(created.status).toBe(201)
    const id = created.body.linkage_request.id as string
    expect((await portal(STAFF_B, `/linkage-requests/${id}/quote`, quoteBody(salt, 18_500))).status).toBe(200)
    const quoteId = (await asBuyer(buyerA, `/store/linkage-requests/${id}`)).body.linkage_request.quotes[0].id

    // not hers: 404, as for an unknown id; nothing changes
    expect((await asBuyer(buyerB, `/store/linkage-requests/${id}/cancel`, "")).status).toBe(404)
    const cancelled = await asBuyer(buyerA, `/store/linkage-requests/${id}/cancel`, "")
    expect(cancelled.status).toBe(200)
    expect(cancelled.body.linkage_request.status).toBe("cancelled")

    const again = await asBuyer(buyerA, `/store/linkage-requests/${id}/cancel`, "")
    expect(again.status).toBe(409)
    expect(again.body.message).toBe("Yêu cầu này đã huỷ.")
    const accept = await asBuyer(buyerA, `/store/linkage-requests/${id}/accept`, { quote_id: quoteId, payment: "cod" })
    expect(accept.status).toBe(409)
    expect(accept.body.message).toBe("Yêu cầu này đã huỷ.")
    const requote = await portal(STAFF_B, `/linkage-requests/${id}/quote`, quoteBody(salt, 18_000))
    expect(requote.status).toBe(409)
    expect((await sql(`select order_id, status from linkage_request where id = $1`, [id]))[0]).toEqual({ order_id: null, status: "cancelled" })

    // the maker's staff is told (written by a subscriber, so polled)
    await expect
      .poll(async () => (await sql(`select "to" from notification where template = 'linkage-request-cancelled' and resource_id = $1`, [id])).map((r) => r.to))
      .toEqual([STAFF_B.email])
  })
})
