/**
 * What a linkage request, a quote, a refusal and an acceptance must satisfy, whoever sends them (the
 * storefront, the portal, a script). Pure: dates are compared with `today` ("YYYY-MM-DD" in Vietnam),
 * passed in, so the rules are tested without touching the clock. Every message exists in Vietnamese
 * and English (`LINKAGE_MESSAGES`): the zod issues carry a key, `linkageErrors` turns them into both.
 * Whether a product or category exists is checked against Medusa by the workflow, not here.
 */
import { z } from "@medusajs/framework/zod"
import { getProvince, getWard } from "../administrative-units"
import { normalizeVietnamesePhone } from "../phone"
import { LINKAGE_UNITS } from "./units"

export const LINKAGE_LIMITS = {
  quantity: 1_000_000,
  unitPrice: 1_000_000_000,
  deliveryFee: 100_000_000,
  budget: 2_000_000_000,
  note: 2000,
  quoteNote: 1000,
  reason: 500,
  street: 300,
  name: 120,
  company: 200,
  /** how far ahead a buyer may ask for a delivery date */
  wantedDays: 366,
  /** how long a quote may stay open */
  validityDays: 90,
  /** the request body, in bytes, before it is even parsed */
  bodyBytes: 16_384,
} as const

const M = {
  body: ["Cần gửi một đối tượng JSON.", "A JSON object is required."],
  body_too_large: ["Yêu cầu quá lớn (tối đa 16 KB).", "The request is too large (16 KB at most)."],
  body_malformed: ["Không đọc được dữ liệu gửi lên (JSON sai định dạng).", "The request body is not valid JSON."],
  what_missing: ["Cần chọn một sản phẩm hoặc một nhóm hàng.", "Choose a product or a category."],
  what_both: ["Chọn một sản phẩm hoặc một nhóm hàng, không chọn cả hai.", "Choose either a product or a category, not both."],
  id_invalid: ["Mã không hợp lệ.", "Invalid id."],
  product_unknown: ["Không tìm thấy sản phẩm này, hoặc sản phẩm không còn bán trên sàn.", "This product does not exist or is no longer on sale."],
  category_unknown: ["Không tìm thấy nhóm hàng này.", "This category does not exist."],
  quantity: [`Số lượng phải là số nguyên từ 1 đến ${LINKAGE_LIMITS.quantity.toLocaleString("vi-VN")}.`, `Quantity must be a whole number from 1 to ${LINKAGE_LIMITS.quantity.toLocaleString("en-GB")}.`],
  unit: ["Đơn vị phải là một trong: kg, tấn, lít, chai, hộp, gói, thùng, cái, bộ, suất.", "Unit must be one of: kg, tonne, litre, bottle, box, pack, carton, piece, set, portion."],
  date_invalid: ["Ngày không hợp lệ (dạng yyyy-mm-dd).", "Invalid date (use yyyy-mm-dd)."],
  wanted_past: ["Ngày cần hàng không được ở quá khứ.", "The wanted date cannot be in the past."],
  wanted_far: ["Ngày cần hàng quá xa (tối đa một năm tới).", "The wanted date is too far ahead (one year at most)."],
  province: ["Tỉnh/thành phố không có trong danh mục đơn vị hành chính từ 01/7/2025.", "Unknown province (administrative units since 1 July 2025)."],
  ward: ["Phường/xã không thuộc tỉnh/thành phố đã chọn (đơn vị hành chính từ 01/7/2025).", "The ward does not belong to the chosen province (units since 1 July 2025)."],
  street: [`Địa chỉ quá dài (tối đa ${LINKAGE_LIMITS.street} ký tự).`, `The street address is too long (${LINKAGE_LIMITS.street} characters at most).`],
  contact_name: ["Cần họ tên người liên hệ (2–120 ký tự).", "A contact name is required (2–120 characters)."],
  phone: ["Số điện thoại không đúng định dạng số Việt Nam.", "The phone number is not a valid Vietnamese number."],
  company: [`Tên đơn vị quá dài (tối đa ${LINKAGE_LIMITS.company} ký tự).`, `The company name is too long (${LINKAGE_LIMITS.company} characters at most).`],
  budget: ["Ngân sách phải là số đồng từ 0 đến 2.000.000.000.", "The budget must be a whole number of đồng from 0 to 2,000,000,000."],
  invoice: ["“Cần hoá đơn” phải là có hoặc không.", "“Invoice needed” must be yes or no."],
  note: [`Ghi chú quá dài (tối đa ${LINKAGE_LIMITS.note.toLocaleString("vi-VN")} ký tự).`, `The note is too long (${LINKAGE_LIMITS.note} characters at most).`],
  unit_price: ["Đơn giá phải là số đồng từ 1 đến 1.000.000.000.", "The unit price must be a whole number of đồng from 1 to 1,000,000,000."],
  delivery_fee: ["Phí giao hàng phải là số đồng từ 0 đến 100.000.000.", "The delivery fee must be a whole number of đồng from 0 to 100,000,000."],
  delivery_past: ["Ngày giao không được ở quá khứ.", "The delivery date cannot be in the past."],
  delivery_far: ["Ngày giao quá xa (tối đa một năm tới).", "The delivery date is too far ahead (one year at most)."],
  valid_past: ["Hạn báo giá không được ở quá khứ.", "The quote's validity cannot end in the past."],
  valid_far: [`Báo giá giữ tối đa ${LINKAGE_LIMITS.validityDays} ngày.`, `A quote may be valid for ${LINKAGE_LIMITS.validityDays} days at most.`],
  quote_note: [`Ghi chú báo giá quá dài (tối đa ${LINKAGE_LIMITS.quoteNote.toLocaleString("vi-VN")} ký tự).`, `The quote's note is too long (${LINKAGE_LIMITS.quoteNote} characters at most).`],
  quote_product: ["Cần chọn sản phẩm của hợp tác xã mình để báo giá.", "Choose one of your cooperative's products for the quote."],
  reason: [`Cần lý do (3–${LINKAGE_LIMITS.reason} ký tự).`, `A reason is required (3–${LINKAGE_LIMITS.reason} characters).`],
  quote_id: ["Cần chọn một báo giá.", "Choose a quote."],
  payment: ["Cách thanh toán phải là cod (trả tiền khi nhận hàng) hoặc vietqr (chuyển khoản VietQR).", "Payment must be cod (cash on delivery) or vietqr (VietQR bank transfer)."],
  cooperatives: ["Cần chọn từ 1 đến 50 hợp tác xã.", "Choose from 1 to 50 cooperatives."],
  cooperatives_not_selling: ["Chỉ chuyển được đến hợp tác xã đang bán trên sàn (có kênh hợp tác xã).", "Requests can only be sent to cooperatives selling on the marketplace (with a portal)."],
} as const satisfies Record<string, readonly [string, string]>

export type LinkageMessageKey = keyof typeof M

export const LINKAGE_MESSAGES: Record<LinkageMessageKey, { vi: string; en: string }> = Object.fromEntries(
  Object.entries(M).map(([k, [vi, en]]) => [k, { vi, en }])
) as Record<LinkageMessageKey, { vi: string; en: string }>

export interface LinkageFieldError {
  field: string
  message: string
  message_en: string
}

export function linkageError(field: string, key: LinkageMessageKey): LinkageFieldError {
  return { field, message: LINKAGE_MESSAGES[key].vi, message_en: LINKAGE_MESSAGES[key].en }
}

/** Zod issues (whose messages are keys of LINKAGE_MESSAGES) → per-field errors in both languages. */
export function linkageErrors(error: z.ZodError): LinkageFieldError[] {
  return error.issues.map((i) => {
    const field = i.path.join(".") || "(yêu cầu)"
    const known = (LINKAGE_MESSAGES as Record<string, { vi: string; en: string }>)[i.message]
    return known ? { field, message: known.vi, message_en: known.en } : { field, message: "Giá trị không hợp lệ.", message_en: "Invalid value." }
  })
}

/** The day `days` after a "YYYY-MM-DD" date. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/** "YYYY-MM-DD" that is a real calendar day (no 31/02). */
const isoDate = z
  .string({ error: "date_invalid" })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "date_invalid" })
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`)
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
  }, { error: "date_invalid" })

const dateWithin = (today: string, days: number, past: LinkageMessageKey, far: LinkageMessageKey) =>
  isoDate.superRefine((s, ctx) => {
    if (s < today) ctx.addIssue({ code: "custom", message: past })
    else if (s > addDays(today, days)) ctx.addIssue({ code: "custom", message: far })
  })

const wholeNumber = (key: LinkageMessageKey, min: number, max: number) =>
  z.number({ error: key }).int({ error: key }).min(min, { error: key }).max(max, { error: key })

const id = z.string({ error: "id_invalid" }).trim().regex(/^[A-Za-z0-9_]{3,64}$/, { error: "id_invalid" })

const optionalText = (key: LinkageMessageKey, max: number) =>
  z
    .string({ error: key })
    .trim()
    .max(max, { error: key })
    .transform((v) => v || null)
    .nullable()
    .optional()

/** A business buyer's request (POST /store/linkage-requests). */
export function linkageRequestSchema(today: string) {
  return z
    .object({
      product_id: id.nullable().optional(),
      category_id: id.nullable().optional(),
      quantity: wholeNumber("quantity", 1, LINKAGE_LIMITS.quantity),
      unit: z.enum(LINKAGE_UNITS, { error: "unit" }),
      wanted_on: dateWithin(today, LINKAGE_LIMITS.wantedDays, "wanted_past", "wanted_far"),
      province_code: z.string({ error: "province" }).trim().max(10, { error: "province" }),
      ward_code: z.string({ error: "ward" }).trim().max(10, { error: "ward" }),
      street_address: optionalText("street", LINKAGE_LIMITS.street),
      contact_name: z.string({ error: "contact_name" }).trim().min(2, { error: "contact_name" }).max(LINKAGE_LIMITS.name, { error: "contact_name" }),
      phone: z
        .string({ error: "phone" })
        .max(30, { error: "phone" })
        .transform((v, ctx) => {
          const phone = normalizeVietnamesePhone(v)
          if (!phone) {
            ctx.addIssue({ code: "custom", message: "phone" })
            return z.NEVER
          }
          return phone
        }),
      company_name: optionalText("company", LINKAGE_LIMITS.company),
      budget_vnd: wholeNumber("budget", 0, LINKAGE_LIMITS.budget).nullable().optional(),
      invoice_needed: z.boolean({ error: "invoice" }).default(false),
      note: optionalText("note", LINKAGE_LIMITS.note),
    })
    .superRefine((r, ctx) => {
      if (!r.product_id && !r.category_id) ctx.addIssue({ code: "custom", path: ["product_id"], message: "what_missing" })
      if (r.product_id && r.category_id) ctx.addIssue({ code: "custom", path: ["category_id"], message: "what_both" })
      if (!getProvince(r.province_code)) ctx.addIssue({ code: "custom", path: ["province_code"], message: "province" })
      else if (getWard(r.ward_code)?.provinceCode !== r.province_code) ctx.addIssue({ code: "custom", path: ["ward_code"], message: "ward" })
    })
    .transform((r) => ({ ...r, product_id: r.product_id ?? null, category_id: r.category_id ?? null, ward_name: getWard(r.ward_code)?.name ?? "" }))
}

export type LinkageRequestInput = z.output<ReturnType<typeof linkageRequestSchema>>

/** A cooperative's quote (POST /cooperative-portal/linkage-requests/:id/quote). */
export function linkageQuoteSchema(today: string) {
  return z.object({
    product_id: z.string({ error: "quote_product" }).trim().regex(/^[A-Za-z0-9_]{3,64}$/, { error: "quote_product" }),
    unit_price_vnd: wholeNumber("unit_price", 1, LINKAGE_LIMITS.unitPrice),
    quantity: wholeNumber("quantity", 1, LINKAGE_LIMITS.quantity),
    delivery_fee_vnd: wholeNumber("delivery_fee", 0, LINKAGE_LIMITS.deliveryFee).default(0),
    delivery_on: dateWithin(today, LINKAGE_LIMITS.wantedDays, "delivery_past", "delivery_far"),
    valid_until: dateWithin(today, LINKAGE_LIMITS.validityDays, "valid_past", "valid_far"),
    note: optionalText("quote_note", LINKAGE_LIMITS.quoteNote),
  })
}

export type LinkageQuoteInput = z.output<ReturnType<typeof linkageQuoteSchema>>

/** A cooperative's refusal (POST …/decline). */
export const linkageDeclineSchema = z.object({
  reason: z.string({ error: "reason" }).trim().min(3, { error: "reason" }).max(LINKAGE_LIMITS.reason, { error: "reason" }),
})

/**
 * The buyer's acceptance (POST /store/linkage-requests/:id/accept). Only which quote and how to pay:
 * any price, total or quantity the browser adds is dropped here and never read — the order is priced
 * from the quote on the server.
 */
export const linkageAcceptSchema = z.object({
  quote_id: z.string({ error: "quote_id" }).trim().regex(/^[A-Za-z0-9_]{3,64}$/, { error: "quote_id" }),
  payment: z.enum(["cod", "vietqr"], { error: "payment" }),
})

/** The Union routes a request to more cooperatives (POST /admin/linkage-requests/:id/routes). */
export const linkageRouteSchema = z.object({
  cooperative_ids: z.array(id, { error: "cooperatives" }).min(1, { error: "cooperatives" }).max(50, { error: "cooperatives" }),
})
