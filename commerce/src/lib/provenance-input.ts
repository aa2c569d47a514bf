/** What a product's provenance record (OCOP rating, origin, certifications) must satisfy. */
import { z } from "@medusajs/framework/zod"
import { getWard } from "./administrative-units"
import { expectedIssuingLevel, ocopExpiry } from "./ocop"

export const ocopInputSchema = z
  .object({
    stars: z.number().int().min(3, { error: "Hạng OCOP phải từ 3 đến 5 sao" }).max(5, { error: "Hạng OCOP phải từ 3 đến 5 sao" }),
    certificate_number: z.string().trim().min(3, { error: "Cần số giấy chứng nhận OCOP" }).max(80),
    issuing_level: z.enum(["province", "central"], { error: "Cấp công nhận phải là province (tỉnh) hoặc central (trung ương)" }),
    issued_on: z.coerce.date({ error: "Ngày công nhận OCOP không hợp lệ" }).max(new Date(), { error: "Ngày công nhận OCOP không được ở tương lai" }),
  })
  .superRefine((o, ctx) => {
    if (o.issuing_level !== expectedIssuingLevel(o.stars)) {
      ctx.addIssue({
        code: "custom",
        path: ["issuing_level"],
        message: o.stars === 5 ? "Sản phẩm OCOP 5 sao do Trung ương công nhận" : "Sản phẩm OCOP 3–4 sao do cấp tỉnh công nhận",
      })
    }
  })

export const provenanceInputSchema = z
  .object({
    ocop: ocopInputSchema.nullable().default(null),
    origin_ward_code: z.string().trim().nullable().optional(),
    certifications: z.array(z.string().trim().min(2).max(60)).max(20).default([]),
    shelf_life_days: z.number().int().min(1, { error: "Hạn sử dụng phải ít nhất 1 ngày" }).max(3650).nullable().optional(),
  })
  .superRefine((p, ctx) => {
    if (p.origin_ward_code && !getWard(p.origin_ward_code)) {
      ctx.addIssue({ code: "custom", path: ["origin_ward_code"], message: `Không có phường/xã mã "${p.origin_ward_code}" theo đơn vị hành chính từ 01/7/2025` })
    }
  })

export type ProvenanceInput = z.input<typeof provenanceInputSchema>

/** The row to store for a validated input: expiry and ward name derived here, once. */
export function toProvenanceRecord(input: z.output<typeof provenanceInputSchema>) {
  return {
    ocop_stars: input.ocop?.stars ?? null,
    ocop_certificate_number: input.ocop?.certificate_number ?? null,
    ocop_issuing_level: input.ocop?.issuing_level ?? null,
    ocop_issued_on: input.ocop?.issued_on ?? null,
    ocop_expires_on: input.ocop ? ocopExpiry(input.ocop.issued_on) : null,
    origin_ward_code: input.origin_ward_code ?? null,
    origin_ward_name: input.origin_ward_code ? getWard(input.origin_ward_code)?.name ?? null : null,
    certifications: input.certifications,
    shelf_life_days: input.shelf_life_days ?? null,
  }
}
