import { describe, expect, it } from "vitest"
import { KHANH_HOA_PROVINCE_CODE, listProvinces, listWards } from "../../commerce/src/lib/administrative-units"
import { fieldRefusal, linkageAnswerFor, stateRefusal } from "../../commerce/src/lib/linkage/errors"
import { linkageFigures } from "../../commerce/src/lib/linkage/figures"
import { addDays, linkageAcceptSchema, linkageErrors, linkageQuoteSchema, linkageRequestSchema } from "../../commerce/src/lib/linkage/input"
import { quoteAcceptedMessage, quoteAnsweredMessage, requestRoutedMessage } from "../../commerce/src/lib/linkage/messages"
import { acceptanceRefusal, answerRefusal, contractValue, isQuoteOpen, LINKAGE_REFUSALS, quoteExpired } from "../../commerce/src/lib/linkage/rules"
import { quantityWithUnit } from "../../commerce/src/lib/linkage/units"

const TODAY = "2026-12-03"
const nhaTrang = listWards(KHANH_HOA_PROVINCE_CODE).find((w) => w.name === "Phường Nha Trang")!
const otherProvince = listProvinces().find((p) => p.code !== KHANH_HOA_PROVINCE_CODE)!

const request = {
  category_id: "pcat_01JABCDEFGHJKMNPQRSTVWXYZ0",
  quantity: 200,
  unit: "kg",
  wanted_on: "2026-12-20",
  province_code: KHANH_HOA_PROVINCE_CODE,
  ward_code: nhaTrang.code,
  street_address: "12 Trần Phú",
  contact_name: "Lê Thị Thu (Khách sạn Biển Xanh, demo)",
  phone: "0905 123 456",
  company_name: "Khách sạn Biển Xanh (demo)",
  invoice_needed: true,
  note: "Giao trước 9 giờ sáng",
}

const errorsOf = (schema: ReturnType<typeof linkageRequestSchema> | ReturnType<typeof linkageQuoteSchema>, input: unknown) => {
  const parsed = schema.safeParse(input)
  return parsed.success ? [] : linkageErrors(parsed.error)
}

describe("a business buyer's linkage request", () => {
  const schema = linkageRequestSchema(TODAY)

  it("is accepted with a category, a quantity in a trade unit, a date ahead and a ward of its province; the phone is normalised and the ward named", () => {
    const parsed = schema.parse(request)
    expect(parsed).toMatchObject({ quantity: 200, unit: "kg", phone: "0905123456", ward_name: "Phường Nha Trang", product_id: null, invoice_needed: true })
  })

  it("refuses a zero, negative or fractional quantity with the same clear message, in Vietnamese and English", () => {
    for (const quantity of [0, -5, 2.5, "200", 1_000_001]) {
      const errors = errorsOf(schema, { ...request, quantity })
      expect(errors).toEqual([{ field: "quantity", message: expect.stringContaining("Số lượng phải là số nguyên từ 1"), message_en: expect.stringContaining("whole number") }])
    }
  })

  it("refuses a wanted date in the past, an impossible date, or one more than a year ahead; today is allowed", () => {
    expect(errorsOf(schema, { ...request, wanted_on: "2026-12-02" })[0]).toMatchObject({ field: "wanted_on", message: "Ngày cần hàng không được ở quá khứ." })
    expect(errorsOf(schema, { ...request, wanted_on: "2026-02-31" })[0]).toMatchObject({ field: "wanted_on", message: "Ngày không hợp lệ (dạng yyyy-mm-dd)." })
    expect(errorsOf(schema, { ...request, wanted_on: "20/12/2026" })[0]).toMatchObject({ field: "wanted_on" })
    expect(errorsOf(schema, { ...request, wanted_on: addDays(TODAY, 367) })[0]).toMatchObject({ field: "wanted_on", message: expect.stringContaining("quá xa") })
    expect(errorsOf(schema, { ...request, wanted_on: TODAY })).toEqual([])
  })

  it("needs exactly one of a product and a category", () => {
    const { category_id: _, ...neither } = request
    expect(errorsOf(schema, neither)[0]).toMatchObject({ field: "product_id", message: "Cần chọn một sản phẩm hoặc một nhóm hàng." })
    expect(errorsOf(schema, { ...request, product_id: "prod_01JABCDEFGHJKMNPQRSTVWXYZ0" })[0]).toMatchObject({ field: "category_id" })
    expect(errorsOf(schema, { ...request, category_id: "x'; drop table--" })[0]).toMatchObject({ field: "category_id", message: "Mã không hợp lệ." })
  })

  it("checks the ward against the province under the two-level units, and the province against the dataset", () => {
    expect(errorsOf(schema, { ...request, province_code: otherProvince.code })[0]).toMatchObject({ field: "ward_code" })
    expect(errorsOf(schema, { ...request, province_code: "99" })[0]).toMatchObject({ field: "province_code" })
    expect(errorsOf(schema, { ...request, ward_code: "00000" })[0]).toMatchObject({ field: "ward_code" })
  })

  it("refuses oversized text, a bad phone, a negative budget and an unknown unit — each under its field", () => {
    const errors = errorsOf(schema, { ...request, note: "x".repeat(2001), street_address: "y".repeat(301), company_name: "z".repeat(201), phone: "12345", budget_vnd: -1, unit: "con" })
    expect(errors.map((e) => e.field).sort()).toEqual(["budget_vnd", "company_name", "note", "phone", "street_address", "unit"])
    expect(errors.every((e) => e.message && e.message_en && e.message !== e.message_en)).toBe(true)
  })
})

describe("a cooperative's quote", () => {
  const schema = linkageQuoteSchema(TODAY)
  const quote = { product_id: "prod_01JABCDEFGHJKMNPQRSTVWXYZ0", unit_price_vnd: 18_000, quantity: 200, delivery_fee_vnd: 50_000, delivery_on: "2026-12-18", valid_until: "2026-12-10" }

  it("is a whole price per unit, a quantity, a delivery fee (default 0), a delivery date and a validity of at most 90 days", () => {
    expect(schema.parse({ ...quote, delivery_fee_vnd: undefined }).delivery_fee_vnd).toBe(0)
    expect(errorsOf(schema, { ...quote, unit_price_vnd: 0 })[0]).toMatchObject({ field: "unit_price_vnd" })
    expect(errorsOf(schema, { ...quote, unit_price_vnd: 1500.5 })[0]).toMatchObject({ field: "unit_price_vnd" })
    expect(errorsOf(schema, { ...quote, valid_until: "2026-12-02" })[0]).toMatchObject({ field: "valid_until", message: "Hạn báo giá không được ở quá khứ." })
    expect(errorsOf(schema, { ...quote, valid_until: addDays(TODAY, 91) })[0]).toMatchObject({ field: "valid_until" })
    expect(errorsOf(schema, { ...quote, delivery_on: "2026-11-30" })[0]).toMatchObject({ field: "delivery_on" })
    expect(errorsOf(schema, { ...quote, product_id: undefined })[0]).toMatchObject({ field: "product_id", message: "Cần chọn sản phẩm của hợp tác xã mình để báo giá." })
  })
})

describe("accepting a quote", () => {
  const open = { status: "open" as const }
  const quoted = { status: "quoted" as const, valid_until: "2026-12-10", unit_price_vnd: 18_000, quantity: 200, delivery_fee_vnd: 50_000 }

  it("takes only the quote and the payment: prices and totals sent by the browser are dropped", () => {
    const parsed = linkageAcceptSchema.parse({ quote_id: "lquote_01JABCDEFGH", payment: "vietqr", unit_price_vnd: 1, total: 1, quantity: 1 })
    expect(parsed).toEqual({ quote_id: "lquote_01JABCDEFGH", payment: "vietqr" })
    expect(linkageAcceptSchema.safeParse({ quote_id: "lquote_01JABCDEFGH", payment: "card" }).success).toBe(false)
  })

  it("is allowed up to and including the validity day in Vietnam, refused the day after with the date in the message", () => {
    expect(acceptanceRefusal(open, quoted, "2026-12-10")).toBeNull()
    const refusal = acceptanceRefusal(open, quoted, "2026-12-11")
    expect(refusal).toMatchObject({ code: "linkage_quote_expired", status: 409 })
    expect(refusal!.message).toContain("10/12/2026")
    expect(isQuoteOpen(quoted, "2026-12-10")).toBe(true)
    expect(isQuoteOpen(quoted, "2026-12-11")).toBe(false)
  })

  it("is refused for a declined answer, on an accepted or cancelled request, and for a quote that was not chosen", () => {
    expect(acceptanceRefusal(open, { ...quoted, status: "declined" }, TODAY)).toBe(LINKAGE_REFUSALS.quoteDeclined)
    expect(acceptanceRefusal({ status: "accepted" }, quoted, TODAY)).toBe(LINKAGE_REFUSALS.requestAccepted)
    expect(acceptanceRefusal({ status: "cancelled" }, quoted, TODAY)).toBe(LINKAGE_REFUSALS.requestCancelled)
    expect(acceptanceRefusal(open, { ...quoted, status: "not_chosen" }, TODAY)).toBe(LINKAGE_REFUSALS.requestAccepted)
  })

  it("lets a cooperative revise its answer only while the buyer has not chosen", () => {
    expect(answerRefusal(open, null)).toBeNull()
    expect(answerRefusal(open, { ...quoted, status: "declined" })).toBeNull()
    expect(answerRefusal({ status: "accepted" }, quoted)).toBe(LINKAGE_REFUSALS.requestAccepted)
  })

  it("values a contract as goods at the quoted price plus the quoted delivery fee", () => {
    expect(contractValue(quoted)).toBe(18_000 * 200 + 50_000)
  })
})

describe("linkage refusals crossing the workflow engine", () => {
  it("are recognised by their message alone: a field becomes a bilingual 400, a state a 404/409", () => {
    const field = linkageAnswerFor({ message: fieldRefusal("product_id", "product_unknown").message })
    expect(field).toMatchObject({ status: 400, body: { errors: [{ field: "product_id", message_en: expect.stringContaining("does not exist") }] } })
    expect(linkageAnswerFor({ message: stateRefusal(LINKAGE_REFUSALS.notRouted).message })).toMatchObject({ status: 404, body: { code: "linkage_not_routed" } })
    const expired = linkageAnswerFor({ message: quoteExpired("2026-12-10").message })
    expect(expired).toMatchObject({ status: 409, body: { code: "linkage_quote_expired", message_en: expect.stringContaining("10/12/2026") } })
    expect(linkageAnswerFor(new Error("Cannot read properties of undefined"))).toBeNull()
  })
})

describe("linkage figures per cooperative and period", () => {
  const b = { start: "2026-12-01", end: "2026-12-31" }
  const q = (cooperative_id: string, status: "quoted" | "declined" | "accepted" | "not_chosen", answered_on: string, accepted_on: string | null = null) => ({
    cooperative_id,
    status,
    answered_on,
    accepted_on,
    unit_price_vnd: status === "declined" ? null : 20_000,
    quantity: status === "declined" ? null : 100,
    delivery_fee_vnd: status === "declined" ? null : 30_000,
  })

  it("count routed requests, quotes, refusals and contracts on their own days, and value contracts at the quoted price", () => {
    const figures = linkageFigures(
      [
        { created_on: "2026-11-30", status: "accepted" },
        { created_on: "2026-12-02", status: "accepted" },
        { created_on: "2026-12-05", status: "open" },
      ],
      [
        { cooperative_id: "coop_a", routed_on: "2026-11-30" },
        { cooperative_id: "coop_a", routed_on: "2026-12-02" },
        { cooperative_id: "coop_b", routed_on: "2026-12-02" },
        { cooperative_id: "coop_b", routed_on: "2026-12-05" },
      ],
      [
        // quoted in November, accepted in December: a December contract, a November quote
        q("coop_a", "accepted", "2026-11-30", "2026-12-01"),
        q("coop_a", "accepted", "2026-12-03", "2026-12-04"),
        q("coop_b", "not_chosen", "2026-12-03"),
        q("coop_b", "declined", "2026-12-06"),
      ],
      b
    )
    expect(figures).toMatchObject({ requests: 2, requests_accepted: 1, quotes: 2, declined: 1, contracts: 2, value_vnd: 2 * (20_000 * 100 + 30_000) })
    expect(figures.cooperatives).toEqual([
      { cooperative_id: "coop_a", requests: 1, quotes: 1, declined: 0, contracts: 2, value_vnd: 4_060_000 },
      { cooperative_id: "coop_b", requests: 2, quotes: 1, declined: 1, contracts: 0, value_vnd: 0 },
    ])
  })
})

describe("linkage messages", () => {
  const r = { id: "lreq_1", title: "Muối hạt Hòn Khói", quantity: 200, unit: "kg" as const, wanted_on: "2026-12-20", ward_name: "Phường Nha Trang", company_name: "Khách sạn Biển Xanh (demo)" }

  it("tell a cooperative what is needed and where to answer, the buyer each answer with its total, the chosen cooperative its order", () => {
    expect(quantityWithUnit(1500, "hop")).toBe("1.500 hộp")
    expect(requestRoutedMessage(r, "https://cho.example").text).toContain("200 kg Muối hạt Hòn Khói, cần ngày 20/12/2026, giao tại Phường Nha Trang")
    expect(requestRoutedMessage(r, "https://cho.example").text).toContain("https://cho.example/kenh-htx/ket-noi/lreq_1")
    const quoted = quoteAnsweredMessage(r, { cooperative: "HTX A", status: "quoted", unit_price_vnd: 18_000, quantity: 200, delivery_fee_vnd: 50_000, valid_until: "2026-12-10" }, "https://cho.example")
    expect(quoted.text).toContain("tổng 3.650.000 ₫")
    expect(quoted.text).toContain("10/12/2026")
    expect(quoteAnsweredMessage(r, { cooperative: "HTX B", status: "declined", decline_reason: "Hết muối vụ này" }, "x").text).toContain("HTX B không nhận được yêu cầu này: Hết muối vụ này")
    expect(quoteAcceptedMessage(r, 1042, "https://cho.example").text).toContain("/kenh-htx/don-hang/1042")
  })
})
