/**
 * Bank-transfer reconciliation for the Union (POST /admin/bank-statements, Admin → "Đối soát chuyển
 * khoản") against the real Medusa: a statement with matched, wrong-amount, unknown and duplicate lines
 * is reported line by line; confirming captures the matched payments all or nothing; the same
 * statement uploaded again changes nothing.
 */
import { beforeAll, describe, expect, it } from "vitest"
import { DEMO_COOPERATIVES } from "../../commerce/src/scripts/demo-catalog/cooperatives"
import { DEMO_PRODUCTS } from "../../commerce/src/scripts/demo-catalog/products"
import { completeCart, prepareCart } from "../../scripts/lib/checkout.ts"
import { admin, adminAuthorization, stack, store, vndRegionId } from "../support/api"

const active = new Set(DEMO_COOPERATIVES.filter((c) => c.status === "active").map((c) => c.handle))
const product = DEMO_PRODUCTS.find((p) => p.status === "published" && active.has(p.cooperative_handle) && p.variants[0].stock >= 60)!

let regionId: string
let variantId: string

/** A VietQR order for `quantity` of the product: its id, total, payment and transfer reference. */
async function vietQrOrder(quantity: number) {
  const { cartId } = await prepareCart(stack(), { regionId, items: [{ variant_id: variantId, quantity }], providerId: "pp_vietqr_vietqr" })
  const { body } = await completeCart(stack(), cartId)
  expect(body.type, JSON.stringify(body)).toBe("order")
  const { body: detail } = await admin(`/admin/orders/${body.order.id}?fields=id,display_id,total,custom_display_id,payment_collections.payments.id`)
  const o = detail.order
  expect(o.custom_display_id).toMatch(/^CHOHTX [0-9A-Z]{10}$/)
  return { id: o.id as string, number: o.display_id as number, total: o.total as number, reference: o.custom_display_id as string, paymentId: o.payment_collections[0].payments[0].id as string }
}

/** What Admin's page sends: the statement as multipart/form-data (fetch sets the boundary). */
async function post(body: FormData) {
  const res = await fetch(`${stack().medusaUrl}/admin/bank-statements`, { method: "POST", body, headers: { authorization: await adminAuthorization() } })
  return { status: res.status, body: (await res.json()) as any }
}

function upload(csv: string, form: Record<string, string> = {}, name = "sao-ke.csv") {
  const body = new FormData()
  body.append("file", new Blob([csv], { type: "text/csv" }), name)
  for (const [k, v] of Object.entries(form)) body.append(k, v)
  return post(body)
}

async function payment(id: string) {
  const { body } = await admin(`/admin/payments/${id}?fields=id,captured_at,captures.id,captures.amount`)
  return body.payment as { captured_at: string | null; captures: { amount: number }[] }
}

const expectedOf = (report: any) => JSON.stringify(report.lines.filter((l: any) => l.status === "matched").map((l: any) => `${l.row}:${l.payment_id}`))

beforeAll(async () => {
  regionId = await vndRegionId()
  const { body } = await store(`/store/products?handle=${product.handle}&fields=variants.id,variants.sku`)
  variantId = body.products[0].variants.find((v: { sku: string }) => v.sku === product.variants[0].sku).id
})

describe("reconciling a bank statement", () => {
  it("reports each line, captures the matched payments all or nothing, and changes nothing the second time", async () => {
    const x = await vietQrOrder(1)
    const y = await vietQrOrder(2)
    const z = await vietQrOrder(3)
    const csv = [
      "NGÂN HÀNG TMCP NGOẠI THƯƠNG VIỆT NAM,,,,,",
      "SAO KÊ TÀI KHOẢN,,,,,",
      ",,,,,",
      "STT,Ngày giao dịch,Số tham chiếu,Số tiền ghi nợ,Số tiền ghi có,Mô tả",
      `1,01/12/2026 09:15:02,FT1,,"${x.total.toLocaleString("en-US")}","MBVCB.334.${x.reference}.CT tu 0123 NGUYEN THI LAN"`,
      `2,01/12/2026 10:00:00,FT2,,"${(y.total - 10_000).toLocaleString("en-US")}",IBFT ${y.reference.toLowerCase()}`,
      `3,01/12/2026 11:00:00,FT3,,"250,000",CHOHTX ZZZZZZZZZZ chuyen tien`,
      `4,02/12/2026 08:00:00,FT4,,"${x.total.toLocaleString("en-US")}",${x.reference.replace(" ", "")} chuyen lai`,
      `5,02/12/2026 09:00:00,FT5,,"${z.total.toLocaleString("en-US")}",${z.reference}`,
      `6,02/12/2026 10:00:00,FT6,"20,000",,Phi SMS`,
    ].join("\n")

    // the report, line by line (rows as the spreadsheet numbers them); nothing captured yet
    const checked = await upload(csv)
    expect(checked.status, JSON.stringify(checked.body)).toBe(200)
    const rows = checked.body.lines.map((l: any) => [l.row, l.status, l.order?.display_id ?? null])
    expect(rows).toEqual([
      [5, "matched", x.number],
      [6, "amount_differs", y.number],
      [7, "unknown_reference", null],
      [8, "duplicate", x.number],
      [9, "matched", z.number],
    ])
    expect(checked.body.summary).toMatchObject({ lines: 5, ignored: 1, matched: 2, matched_amount: x.total + z.total })
    expect(checked.body.message).toMatch(/^5 dòng chuyển khoản đến: 2 khớp/)
    expect((await payment(x.paymentId)).captured_at).toBeNull()
    expect((await payment(z.paymentId)).captured_at).toBeNull()

    // all or nothing: Z is confirmed by hand meanwhile, so the confirmation staff give no longer holds —
    // nothing is captured, and the new matches come back to check
    expect((await admin(`/admin/payments/${z.paymentId}/capture`, { method: "POST", body: JSON.stringify({}) })).status).toBe(200)
    const stale = await upload(csv, { confirm: "true", expected: expectedOf(checked.body) })
    expect(stale.status, JSON.stringify(stale.body)).toBe(409)
    expect(stale.body).toMatchObject({ code: "statement_changed" })
    expect(stale.body.message).toMatch(/Không ghi nhận dòng nào/)
    expect(stale.body.report.lines.find((l: any) => l.row === 9).status).toBe("already_paid")
    expect((await payment(x.paymentId)).captured_at).toBeNull()

    // confirmed as now shown: X is captured, for its amount, once
    const confirmed = await upload(csv, { confirm: "true", expected: expectedOf(stale.body.report) })
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200)
    expect(confirmed.body).toMatchObject({ confirmed: true, captured: 1 })
    const paidX = await payment(x.paymentId)
    expect(paidX.captured_at).not.toBeNull()
    expect(paidX.captures.map((c) => c.amount)).toEqual([x.total])
    const { body: orderX } = await admin(`/admin/orders/${x.id}?fields=payment_status`)
    expect(orderX.order.payment_status).toBe("captured")
    const { body: widget } = await admin(`/admin/orders/${x.id}/parcels`)
    expect(widget.order).toMatchObject({ payment_state: "paid", paid: x.total, amount_due: 0 })
    // Y (wrong amount) is left for staff
    expect((await payment(y.paymentId)).captured_at).toBeNull()

    // the same statement again: everything it names is paid, nothing to capture, nothing changes
    const again = await upload(csv)
    expect(again.body.lines.map((l: any) => [l.row, l.status])).toEqual([
      [5, "already_paid"],
      [6, "amount_differs"],
      [7, "unknown_reference"],
      [8, "duplicate"],
      [9, "already_paid"],
    ])
    const noop = await upload(csv, { confirm: "true", expected: expectedOf(again.body) })
    expect(noop.status, JSON.stringify(noop.body)).toBe(200)
    expect(noop.body).toMatchObject({ captured: 0 })
    expect((await payment(x.paymentId)).captures).toHaveLength(1)
    expect((await payment(z.paymentId)).captures).toHaveLength(1)
  })

  it("refuses what it cannot read, in Vietnamese and English, writing nothing", async () => {
    const noFile = await post(new FormData())
    expect(noFile.status).toBe(400)
    expect(noFile.body.message).toMatch(/Chưa chọn tệp sao kê/)
    const notAStatement = await upload("Tên sản phẩm,Giá\nNước mắm,85000\n")
    expect(notAStatement.status).toBe(422)
    expect(notAStatement.body.message).toMatch(/Không tìm thấy dòng tiêu đề của sao kê/)
    expect(notAStatement.body.message_en).toMatch(/No statement header/)
    const legacy = await upload(String.fromCharCode(0xd0, 0xcf, 0x11, 0xe0) + "xls", {}, "sao-ke.xls")
    expect(legacy.status).toBe(422)
    const forged = await upload("Ngày,Số tiền,Nội dung\n01/12/2026,1000,CHOHTX AAAAAAAAAA\n", { confirm: "true", expected: '["1:x; drop table"]' })
    expect(forged.status).toBe(400)
    const anonymous = await fetch(`${stack().medusaUrl}/admin/bank-statements`, { method: "POST", body: new FormData() })
    expect(anonymous.status).toBe(401)
  })
})
