/** What the cooperative portal accepts; messages in Vietnamese, for the cooperative's staff. */
import { z } from "@medusajs/framework/zod"
import { MedusaError } from "@medusajs/framework/utils"
import { normalizeVietnamesePhone } from "../../lib/phone"
import { provenanceInputSchema } from "../../lib/provenance-input"

const price = z
  .number({ error: "Giá phải là số đồng" })
  .int({ error: "Giá tính bằng đồng, không có phần lẻ" })
  .min(1000, { error: "Giá tối thiểu 1.000 ₫" })
  .max(100_000_000, { error: "Giá tối đa 100.000.000 ₫" })
const stock = z.number({ error: "Tồn kho phải là số" }).int({ error: "Tồn kho là số nguyên" }).min(0, { error: "Tồn kho không được âm" }).max(1_000_000)
const status = z.enum(["draft", "published"], { error: "Trạng thái phải là draft (nháp) hoặc published (đang bán)" })

export const PortalCreateProduct = z
  .object({
    title: z.string().trim().min(3, { error: "Tên sản phẩm quá ngắn" }).max(200, { error: "Tên sản phẩm quá dài" }),
    subtitle: z.string().trim().max(200).nullable().optional(),
    description: z.string().trim().max(5000, { error: "Mô tả quá dài (tối đa 5.000 ký tự)" }).nullable().optional(),
    status: status.default("draft"),
    option_title: z.string().trim().min(1).max(60).default("Quy cách"),
    variants: z
      .array(z.object({ title: z.string().trim().min(1, { error: "Cần tên loại (ví dụ: Chai 500 ml)" }).max(100), price, stock }))
      .min(1, { error: "Cần ít nhất một loại (quy cách) với giá" })
      .max(20),
    provenance: provenanceInputSchema.optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    const titles = p.variants.map((v) => v.title.toLowerCase())
    if (new Set(titles).size !== titles.length) ctx.addIssue({ code: "custom", path: ["variants"], message: "Hai loại trùng tên" })
  })

export const PortalUpdateProduct = z
  .object({
    title: z.string().trim().min(3, { error: "Tên sản phẩm quá ngắn" }).max(200).optional(),
    subtitle: z.string().trim().max(200).nullable().optional(),
    description: z.string().trim().max(5000, { error: "Mô tả quá dài (tối đa 5.000 ký tự)" }).nullable().optional(),
    status: status.optional(),
    variants: z.array(z.object({ id: z.string(), price: price.optional(), stock: stock.optional() })).max(20).optional(),
    provenance: provenanceInputSchema.optional(),
    /** optional English title and description (Translation Module, en-US); empty clears it */
    english: z
      .object({
        title: z.string().trim().max(200, { error: "Tên tiếng Anh quá dài (tối đa 200 ký tự)" }).nullable().optional(),
        description: z.string().trim().max(5000, { error: "Mô tả tiếng Anh quá dài (tối đa 5.000 ký tự)" }).nullable().optional(),
      })
      .strict()
      .optional(),
  })
  .strict()

export const PortalUpdateOrderPart = z
  .object({
    status: z.enum(["packing", "shipped", "delivered"], { error: "Trạng thái phải là packing (đang đóng gói), shipped (đã gửi) hoặc delivered (đã giao)" }),
    tracking_note: z.string().trim().max(500, { error: "Ghi chú vận chuyển quá dài" }).nullable().optional(),
    /** cash on delivery: whole đồng collected at the door (default: the parcel's whole amount) */
    cod_collected: z
      .number({ error: "Số tiền đã thu phải là số đồng" })
      .int({ error: "Số tiền đã thu phải là số đồng, không lẻ" })
      .min(0, { error: "Số tiền đã thu không được âm" })
      .max(10_000_000_000, { error: "Số tiền đã thu quá lớn" })
      .nullable()
      .optional(),
  })
  .strict()
  .superRefine((b, ctx) => {
    if (b.status === "shipped" && !b.tracking_note) {
      ctx.addIssue({ code: "custom", path: ["tracking_note"], message: "Khi gửi hàng, cần ghi đơn vị vận chuyển và mã vận đơn (hoặc cách gửi)" })
    }
  })

const optionalPhone = (label: string) =>
  z
    .string()
    .trim()
    .transform((v, ctx) => {
      if (!v) return null
      const n = normalizeVietnamesePhone(v)
      if (!n) ctx.addIssue({ code: "custom", message: `${label} không hợp lệ` })
      return n
    })
    .nullable()
    .optional()

/** Contact and presentation only: registry fields (registration number, roles, counts) belong to the Union. */
export const PortalUpdateProfile = z
  .object({
    phone: optionalPhone("Số điện thoại"),
    zalo_phone: optionalPhone("Số Zalo"),
    email: z.union([z.literal(""), z.email({ error: "Email không hợp lệ" })]).transform((v) => v || null).nullable().optional(),
    facebook_url: z
      .union([z.literal(""), z.url({ protocol: /^https$/, hostname: /(^|\.)facebook\.com$|(^|\.)fb\.com$/, error: "Trang Facebook phải là địa chỉ https://www.facebook.com/..." })])
      .transform((v) => v || null)
      .nullable()
      .optional(),
    street_address: z.string().trim().max(300).nullable().optional(),
    description: z.string().trim().max(5000, { error: "Mô tả quá dài (tối đa 5.000 ký tự)" }).nullable().optional(),
  })
  .strict()

export const REGISTRY_FIELDS = [
  "name",
  "handle",
  "kind",
  "status",
  "registration_number",
  "founded_on",
  "members_total",
  "members_women",
  "workers_total",
  "workers_women",
  "management_roles",
  "province_code",
  "ward_code",
  "former_district",
  "is_demo",
]

/** Parses a body or throws a 400 whose message lists each problem in Vietnamese. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body ?? {})
  if (!parsed.success) {
    const unknownKeys = parsed.error.issues.flatMap((i) => (i.code === "unrecognized_keys" ? (i as { keys: string[] }).keys : []))
    if (unknownKeys.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Không được sửa các trường: ${unknownKeys.join(", ")}`)
    }
    throw new MedusaError(MedusaError.Types.INVALID_DATA, portalIssues(parsed.error))
  }
  return parsed.data
}

/**
 * "Loại 1: Giá tính bằng đồng, không có phần lẻ. Tồn kho không được âm." — the messages already name
 * their field in Vietnamese; a variant row is named by its place in the form.
 */
function portalIssues(error: z.ZodError): string {
  const lines = error.issues.map((i) => {
    const row = i.path[0] === "variants" && typeof i.path[1] === "number" ? `Loại ${i.path[1] + 1}: ` : ""
    return `${row}${i.message}`
  })
  return [...new Set(lines)].map((l) => (/[.!?]$/.test(l) ? l : `${l}.`)).join(" ")
}
