/**
 * What the product search index holds for one product, built from a `query.graph` row.
 * Pure: the index definition (src/search/product.ts) reads the rows, this shapes them.
 */
import { isBasePrice, type PriceRow } from "../quantity-tiers"
import { isOcopCertificateValid, vietnamToday } from "../ocop"
import { foldVietnamese, nfc } from "../vietnamese-text"

/** The `query.graph` fields the document is built from. */
export const PRODUCT_DOCUMENT_GRAPH_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "status",
  "thumbnail",
  "created_at",
  "categories.id",
  "categories.handle",
  "categories.name",
  "tags.value",
  "variants.sku",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.prices.rules_count",
  "variants.prices.min_quantity",
  "variants.inventory_items.required_quantity",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
  "cooperative.handle",
  "cooperative.name",
  "cooperative.status",
  "cooperative.ward_name",
  "cooperative.former_district",
  "product_provenance.ocop_stars",
  "product_provenance.ocop_expires_on",
  "product_provenance.origin_ward_name",
]

/** The document as stored. Field names are the public contract of the index (facets, sorts). */
export interface ProductSearchDocument {
  [key: string]: unknown
  id: string
  handle: string
  title: string
  subtitle: string | null
  description: string | null
  category_handles: string[]
  category_names: string[]
  tags: string[]
  /** English texts from the Translation Module (locale en-US), so that English words find the product. */
  title_en: string | null
  description_en: string | null
  category_names_en: string[]
  skus: string[]
  cooperative_handle: string | null
  cooperative_name: string | null
  /** Ward/commune since 1 July 2025 (the cooperative's, or the product's origin). */
  ward: string | null
  /** Former district: the unit the Union's plan still reports by, and the "area" facet. */
  area: string | null
  ocop_stars: number | null
  /** Lowest price in whole đồng over the variants' plain VND prices. */
  price: number | null
  /** Variants at different prices: the card says "từ <price>". */
  has_price_range: boolean
  in_stock: boolean
  created_at: string
  thumbnail: string | null
  /** Tone-less copy of the searchable text, for typo matching on queries typed without tones. */
  folded: string
}

/** Descriptions are long; matching the first part is enough and keeps the index small. */
const DESCRIPTION_LIMIT = 1500

type Row = Record<string, any>

const list = <T>(value: T[] | null | undefined): T[] => (Array.isArray(value) ? value.filter((v) => v != null) : [])

const text = (value: unknown): string | null => {
  if (typeof value !== "string") return null
  const cleaned = nfc(value).trim()
  return cleaned ? cleaned : null
}

/** A variant can be sold when it is not stock-managed, allows backorders, or has units left at some location. */
function variantInStock(variant: Row): boolean {
  if (variant.manage_inventory === false || variant.allow_backorder === true) return true
  const items = list<Row>(variant.inventory_items)
  if (!items.length) return variant.manage_inventory !== true
  return items.every((item) => {
    const required = Number(item.required_quantity ?? 1) || 1
    const available = list<Row>(item.inventory?.location_levels).reduce(
      (sum, level) => sum + Number(level.stocked_quantity ?? 0) - Number(level.reserved_quantity ?? 0),
      0
    )
    return available >= required
  })
}

function vndPrices(variants: Row[]): number[] {
  return variants
    .flatMap((variant) => list<Row>(variant.prices))
    // the shelf price only: wholesale quantity tiers (lib/quantity-tiers.ts) are not a "from" price
    .filter((price) => isBasePrice(price as PriceRow))
    .map((price) => Number(price.amount))
    .filter((amount) => Number.isFinite(amount) && amount >= 0)
}

/** English translations by the id of what they translate (product, category): the Translation Module's `translations`. */
export type EnglishTranslations = ReadonlyMap<string, Record<string, unknown>>

const englishText = (english: EnglishTranslations, id: unknown, field: string): string | null =>
  typeof id === "string" ? text(english.get(id)?.[field]) : null

/**
 * The document for one product, or null when it must not be searchable: not published, or made
 * by a cooperative that is not active (pending or suspended). OCOP stars count while the certificate
 * is valid on `today`, the date in Vietnam (a certificate valid until 20/12 keeps them all that day).
 * `english` holds the English texts of the product and its categories, where there are any.
 */
export function toProductSearchDocument(row: Row, today = vietnamToday(new Date()), english: EnglishTranslations = new Map()): ProductSearchDocument | null {
  if (row.status !== "published") return null
  const cooperative = row.cooperative ?? null
  if (cooperative && cooperative.status !== "active") return null

  const variants = list<Row>(row.variants)
  const prices = vndPrices(variants)
  const categories = list<Row>(row.categories)
  const provenance = row.product_provenance ?? null
  const stars = provenance?.ocop_stars ?? null
  const ocopValid = stars != null && isOcopCertificateValid(provenance?.ocop_expires_on, today)

  const title = text(row.title) ?? row.handle
  const subtitle = text(row.subtitle)
  const description = text(row.description)?.slice(0, DESCRIPTION_LIMIT) ?? null
  const categoryNames = categories.map((c) => text(c.name)).filter((n): n is string => !!n)
  const tags = list<Row>(row.tags).map((t) => text(t.value)).filter((v): v is string => !!v)
  const cooperativeName = text(cooperative?.name)
  const ward = text(provenance?.origin_ward_name) ?? text(cooperative?.ward_name)
  const area = text(cooperative?.former_district)

  return {
    id: row.id,
    handle: row.handle,
    title,
    subtitle,
    description,
    category_handles: categories.map((c) => c.handle).filter(Boolean),
    category_names: categoryNames,
    tags,
    title_en: englishText(english, row.id, "title"),
    description_en: englishText(english, row.id, "description")?.slice(0, DESCRIPTION_LIMIT) ?? null,
    category_names_en: categories.map((c) => englishText(english, c.id, "name")).filter((n): n is string => !!n),
    skus: variants.map((v) => text(v.sku)).filter((s): s is string => !!s),
    cooperative_handle: cooperative?.handle ?? null,
    cooperative_name: cooperativeName,
    ward,
    area,
    ocop_stars: ocopValid ? Number(stars) : null,
    price: prices.length ? Math.min(...prices) : null,
    has_price_range: new Set(prices).size > 1,
    in_stock: variants.some(variantInStock),
    created_at: new Date(row.created_at).toISOString(),
    thumbnail: row.thumbnail ?? null,
    folded: foldVietnamese([title, subtitle, ...categoryNames, ...tags, cooperativeName, ward, area].filter(Boolean).join(" ")),
  }
}
