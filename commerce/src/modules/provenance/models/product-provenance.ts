import { model } from "@medusajs/framework/utils"

export const OCOP_ISSUING_LEVELS = ["province", "central"] as const

/**
 * Where a product comes from and what vouches for it: its OCOP rating (One Commune One
 * Product, 3–5 stars, certificate valid 36 months), origin ward/commune, certifications
 * such as VietGAP, and shelf life. One per product, linked to Medusa's product.
 */
export const ProductProvenance = model.define("product_provenance", {
  id: model.id({ prefix: "prov" }).primaryKey(),
  ocop_stars: model.number().nullable(),
  ocop_certificate_number: model.text().nullable(),
  ocop_issuing_level: model.enum([...OCOP_ISSUING_LEVELS]).nullable(),
  ocop_issued_on: model.dateTime().nullable(),
  /** Always issued_on + 36 months; stored so that reports can filter on it. */
  ocop_expires_on: model.dateTime().nullable(),
  origin_ward_code: model.text().nullable(),
  origin_ward_name: model.text().nullable(),
  certifications: model.array(),
  shelf_life_days: model.number().nullable(),
})
