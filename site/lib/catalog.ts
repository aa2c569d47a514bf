/**
 * The storefront's only door to Medusa (via @medusajs/js-sdk). Pages call these functions
 * and get plain objects (./types); nothing else in site/ knows Medusa's API shape.
 */
import { quantityTiers, type PriceRow } from "../../commerce/src/lib/quantity-tiers"
import { cached, catalogCacheSeconds } from "./cache"
import { isNotFound, medusa } from "./medusa"
import { isOcopCertificateValid, vietnamToday } from "../../commerce/src/lib/ocop"
import type { Locale } from "./i18n"
import type {
  Category,
  CooperativeProfile,
  CooperativeSummary,
  ManagementRole,
  Page,
  PhotoSource,
  ProductCard,
  ProductDetail,
  ProductListQuery,
  ProductSort,
  ProductVariant,
  Provenance,
} from "./types"

export const PRODUCT_SORTS: ProductSort[] = ["newest", "price_asc", "price_desc", "title"]
const DEFAULT_PAGE_SIZE = 24
/** Price sorting reads every candidate's prices; the search index (issue #4) takes over at scale. */
const PRICE_SORT_LIMIT = 1000

// ---- Medusa response shapes (only what we read) -------------------------------------------

interface MedusaVariant {
  id: string
  title: string | null
  sku: string | null
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  inventory_quantity?: number | null
  calculated_price?: { calculated_amount?: number | null } | null
  prices?: PriceRow[] | null
}

interface MedusaProvenance {
  ocop_stars: number | null
  ocop_certificate_number: string | null
  ocop_issuing_level: "province" | "central" | null
  ocop_issued_on: string | null
  ocop_expires_on: string | null
  origin_ward_name: string | null
  certifications: string[] | null
  shelf_life_days: number | null
}

interface MedusaProduct {
  id: string
  handle: string
  title: string
  subtitle?: string | null
  description?: string | null
  thumbnail: string | null
  variants?: MedusaVariant[] | null
  images?: { url: string }[] | null
  options?: { title: string }[] | null
  categories?: { handle: string; name: string; description: string | null }[] | null
  tags?: { value: string }[] | null
  cooperative?: { handle: string; name: string } | null
  product_provenance?: MedusaProvenance | null
  /** `photos`: every photo the pipeline stored, as [{ sources: [{ format, width, height, url }] }] */
  metadata?: Record<string, unknown> | null
}

interface MedusaCooperative {
  handle: string
  name: string
  kind: CooperativeSummary["kind"]
  ward_name: string
  former_district: string
  street_address: string | null
  registration_number?: string | null
  founded_on: string | null
  members_total: number
  members_women: number
  workers_total: number
  workers_women: number
  phone: string | null
  zalo_phone: string | null
  facebook_url: string | null
  email?: string | null
  description: string | null
  logo_url: string | null
  is_demo: boolean
  management_roles: { role: ManagementRole["role"]; holder_name: string; holder_gender: ManagementRole["holderGender"] }[]
  women_in_management: boolean
  woman_led: boolean
  women_majority_workforce: boolean
  women_manager_count: number
  manager_count: number
  products?: { id: string; handle: string; title: string }[]
}

const CARD_FIELDS = [
  "id",
  "handle",
  "title",
  "thumbnail",
  "created_at",
  "variants.id",
  "*variants.calculated_price",
  "variants.inventory_quantity",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "cooperative.handle",
  "cooperative.name",
  "product_provenance.ocop_stars",
  "product_provenance.ocop_expires_on",
  "metadata",
].join(",")

const DETAIL_FIELDS = [
  CARD_FIELDS,
  "subtitle",
  "description",
  "*images",
  "*options",
  "variants.title",
  "variants.sku",
  // the wholesale quantity tiers (commerce/src/lib/quantity-tiers.ts); the store API takes prices whole only
  "*variants.prices",
  "*categories",
  "*tags",
  "*product_provenance",
].join(",")

// ---- shared lookups ------------------------------------------------------------------------

export async function vndRegionId(): Promise<string> {
  return cached("region:vnd", 60, async () => {
    const { regions } = await medusa().store.region.list({ fields: "id,currency_code", limit: 50 })
    const region = regions.find((r) => r.currency_code === "vnd")
    if (!region) throw new Error("Medusa has no region priced in VND: run the seed (npm start does it).")
    return region.id
  })
}

export async function listCategories(locale: Locale = "vi"): Promise<Category[]> {
  return cached(`categories:${locale}`, 60, async () => {
    const { product_categories } = await medusa().store.category.list({
      fields: "handle,name,description,rank",
      limit: 200,
      order: "rank",
      ...localeQuery(locale),
    } as never)
    const categories: Category[] = product_categories.map((c) => ({ handle: c.handle, name: c.name, description: c.description || null }))
    if (locale === "vi") return categories
    const vietnamese = new Map((await listCategories("vi")).map((c) => [c.handle, c]))
    return categories.map((c) => ({ ...c, ...(c.name === vietnamese.get(c.handle)?.name ? { nameLang: "vi" as const } : {}) }))
  })
}

// ---- products ------------------------------------------------------------------------------

function variantInStock(v: MedusaVariant): boolean {
  if (!v.manage_inventory || v.allow_backorder) return true
  return (v.inventory_quantity ?? 0) > 0
}

function variantPrice(v: MedusaVariant): number | null {
  const amount = v.calculated_price?.calculated_amount
  return typeof amount === "number" ? amount : null
}

function validOcopStars(p?: MedusaProvenance | null): 3 | 4 | 5 | null {
  if (!p?.ocop_stars || !p.ocop_expires_on) return null
  if (!isOcopCertificateValid(p.ocop_expires_on, vietnamToday(new Date()))) return null
  return p.ocop_stars as 3 | 4 | 5
}

function toCard(p: MedusaProduct): ProductCard {
  const variants = p.variants ?? []
  const prices = variants.map(variantPrice).filter((x): x is number => x !== null)
  return {
    id: p.id,
    handle: p.handle,
    title: p.title,
    thumbnail: p.thumbnail,
    thumbnailSources: photoSourcesOf(p.metadata, p.thumbnail),
    priceFrom: prices.length ? Math.min(...prices) : null,
    hasPriceRange: new Set(prices).size > 1,
    inStock: variants.some(variantInStock),
    ocopStars: validOcopStars(p.product_provenance),
    cooperative: p.cooperative ? { handle: p.cooperative.handle, name: p.cooperative.name } : null,
  }
}

async function fetchProducts(params: Record<string, unknown>, locale: Locale = "vi"): Promise<{ products: MedusaProduct[]; count: number }> {
  const regionId = await vndRegionId()
  const res = await medusa().store.product.list({ region_id: regionId, ...params, ...localeQuery(locale) } as never)
  return { products: res.products as unknown as MedusaProduct[], count: res.count }
}

export async function listProducts(query: ProductListQuery): Promise<(Page<ProductCard> & { category: Category | null }) | null> {
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE
  const page = Math.max(1, Math.floor(query.page ?? 1))
  const sort: ProductSort = query.sort ?? "newest"
  let category: Category | null = null
  let categoryId: string | undefined
  if (query.categoryHandle) {
    const categories = await cached("category-ids", 60, async () => {
      const { product_categories } = await medusa().store.category.list({ fields: "id,handle", limit: 200 })
      return new Map(product_categories.map((c) => [c.handle, c.id]))
    })
    categoryId = categories.get(query.categoryHandle)
    category = (await listCategories()).find((c) => c.handle === query.categoryHandle) ?? null
    if (!categoryId || !category) return null
  }
  const filter = categoryId ? { category_id: [categoryId] } : {}
  const key = `products:${categoryId ?? "*"}:${sort}:${page}:${pageSize}`
  return cached(key, catalogCacheSeconds(), async () => {
    let products: MedusaProduct[]
    let total: number
    if (sort === "price_asc" || sort === "price_desc") {
      const all = await fetchProducts({ ...filter, fields: "id,*variants.calculated_price", limit: PRICE_SORT_LIMIT })
      const sign = sort === "price_asc" ? 1 : -1
      const ranked = all.products
        .map((p) => ({ id: p.id, price: toCard(p).priceFrom }))
        .sort((a, b) => (a.price === null ? 1 : b.price === null ? -1 : sign * (a.price - b.price)))
      total = all.count
      const ids = ranked.slice((page - 1) * pageSize, page * pageSize).map((r) => r.id)
      const slice = ids.length ? (await fetchProducts({ id: ids, fields: CARD_FIELDS, limit: ids.length })).products : []
      const byId = new Map(slice.map((p) => [p.id, p]))
      products = ids.map((id) => byId.get(id)).filter((p): p is MedusaProduct => !!p)
    } else {
      const res = await fetchProducts({
        ...filter,
        fields: CARD_FIELDS,
        limit: pageSize,
        offset: (page - 1) * pageSize,
        order: sort === "title" ? "title" : "-created_at",
      })
      products = res.products
      total = res.count
    }
    return {
      items: products.map(toCard),
      total,
      page,
      pageSize,
      pageCount: Math.max(1, Math.ceil(total / pageSize)),
      category,
    }
  })
}

export async function listFeaturedOcopProducts(limit = 8, locale: Locale = "vi"): Promise<ProductCard[]> {
  return cached(`featured:${limit}:${locale}`, catalogCacheSeconds(), async () => {
    const { products } = await fetchProducts({ fields: CARD_FIELDS, limit: 200, order: "-created_at" }, locale)
    const featured = products
      .map(toCard)
      .filter((p) => p.ocopStars !== null)
      .sort((a, b) => (b.ocopStars ?? 0) - (a.ocopStars ?? 0) || Number(b.inStock) - Number(a.inStock))
      .slice(0, limit)
    return markUntranslated(featured, locale)
  })
}

export async function getProduct(handle: string, locale: Locale = "vi"): Promise<ProductDetail | null> {
  if (!isHandle(handle)) return null
  return cached(`product:${handle}:${locale}`, catalogCacheSeconds(), async () => {
    const { products } = await fetchProducts({ handle, fields: DETAIL_FIELDS, limit: 1 }, locale)
    const p = products[0]
    if (!p) return null
    const cooperative = p.cooperative ? await getCooperativeProfile(p.cooperative.handle, locale) : null
    const detail = toDetail(p, cooperative?.cooperative ?? null)
    if (locale === "vi") return detail
    const vietnamese = await getProduct(handle, "vi")
    return vietnamese ? markUntranslatedDetail(detail, vietnamese) : detail
  })
}

function toDetail(p: MedusaProduct, cooperative: CooperativeProfile | null): ProductDetail {
  const variants: ProductVariant[] = (p.variants ?? []).map((v) => ({
    id: v.id,
    title: v.title ?? "",
    sku: v.sku ?? null,
    price: variantPrice(v),
    inStock: variantInStock(v),
    quantity: v.manage_inventory ? Math.max(0, v.inventory_quantity ?? 0) : null,
    tiers: quantityTiers(v.prices).map((t) => ({ minQuantity: t.min_quantity, maxQuantity: t.max_quantity, price: t.amount })),
  }))
  // Smallest pack first (by price; unpriced last). Medusa returns variants in the table's physical order,
  // which an update of one variant changes: the page's preselected variant and price must not follow that.
  variants.sort((a, b) => (a.price ?? Number.MAX_SAFE_INTEGER) - (b.price ?? Number.MAX_SAFE_INTEGER) || a.id.localeCompare(b.id))
  const prov = p.product_provenance
  const provenance: Provenance | null = prov
    ? {
        ocop:
          prov.ocop_stars && prov.ocop_certificate_number && prov.ocop_issuing_level && prov.ocop_issued_on && prov.ocop_expires_on
            ? {
                stars: prov.ocop_stars as 3 | 4 | 5,
                certificateNumber: prov.ocop_certificate_number,
                issuingLevel: prov.ocop_issuing_level,
                issuedOn: prov.ocop_issued_on,
                expiresOn: prov.ocop_expires_on,
                // valid up to and including its last day in Vietnam, as the search index judges it
                isValid: isOcopCertificateValid(prov.ocop_expires_on, vietnamToday(new Date())),
              }
            : null,
        originWardName: prov.origin_ward_name,
        certifications: prov.certifications ?? [],
        shelfLifeDays: prov.shelf_life_days,
      }
    : null
  const images = (p.images ?? []).map((img, i) => ({ url: img.url, alt: i === 0 ? p.title : `${p.title} (${i + 1})`, sources: photoSourcesOf(p.metadata, img.url) }))
  return {
    ...toCard(p),
    subtitle: p.subtitle ?? null,
    description: p.description ?? null,
    images: images.length ? images : p.thumbnail ? [{ url: p.thumbnail, alt: p.title, sources: photoSourcesOf(p.metadata, p.thumbnail) }] : [],
    optionTitle: p.options?.[0]?.title ?? null,
    variants,
    categories: (p.categories ?? []).map((c) => ({ handle: c.handle, name: c.name, description: c.description })),
    tags: (p.tags ?? []).map((t) => t.value),
    provenance,
    cooperativeProfile: cooperative,
  }
}

// ---- cooperatives --------------------------------------------------------------------------

function toSummary(c: MedusaCooperative): CooperativeSummary {
  return {
    handle: c.handle,
    name: c.name,
    kind: c.kind,
    wardName: c.ward_name,
    formerDistrict: c.former_district,
    logoUrl: c.logo_url,
    isDemo: c.is_demo,
    womenInManagement: c.women_in_management,
    womanLed: c.woman_led,
    womenMajorityWorkforce: c.women_majority_workforce,
  }
}

function toProfile(c: MedusaCooperative): CooperativeProfile {
  return {
    ...toSummary(c),
    description: c.description,
    streetAddress: c.street_address,
    registrationNumber: c.registration_number ?? null,
    foundedOn: c.founded_on,
    membersTotal: c.members_total,
    membersWomen: c.members_women,
    workersTotal: c.workers_total,
    workersWomen: c.workers_women,
    managementRoles: c.management_roles.map((r) => ({ role: r.role, holderName: r.holder_name, holderGender: r.holder_gender })),
    womenManagerCount: c.women_manager_count,
    managerCount: c.manager_count,
    phone: c.phone,
    zaloUrl: c.zalo_phone ? `https://zalo.me/${c.zalo_phone}` : null,
    facebookUrl: c.facebook_url,
    email: c.email ?? null,
  }
}

export async function listCooperatives(): Promise<CooperativeSummary[]> {
  return cached("cooperatives", catalogCacheSeconds(), async () => {
    const res = await medusa().client.fetch<{ cooperatives: MedusaCooperative[] }>("/store/cooperatives", {
      query: { limit: 200, order: "name" },
    })
    return res.cooperatives.map(toSummary)
  })
}

async function getCooperativeProfile(handle: string, locale: Locale = "vi"): Promise<{ cooperative: CooperativeProfile; productIds: string[] } | null> {
  return cached(`cooperative:${handle}:${locale}`, catalogCacheSeconds(), async () => {
    try {
      const res = await medusa().client.fetch<{ cooperative: MedusaCooperative }>(`/store/cooperatives/${encodeURIComponent(handle)}`, { query: localeQuery(locale) })
      const cooperative = toProfile(res.cooperative)
      if (locale !== "vi" && cooperative.description) {
        const vietnamese = await getCooperativeProfile(handle, "vi")
        if (vietnamese?.cooperative.description === cooperative.description) cooperative.descriptionLang = "vi"
      }
      return { cooperative, productIds: (res.cooperative.products ?? []).map((p) => p.id) }
    } catch (err) {
      if (isNotFound(err)) return null
      throw err
    }
  })
}

export async function getCooperative(handle: string, locale: Locale = "vi"): Promise<{ cooperative: CooperativeProfile; products: ProductCard[] } | null> {
  if (!isHandle(handle)) return null
  const found = await getCooperativeProfile(handle, locale)
  if (!found) return null
  const products = found.productIds.length
    ? (await fetchProducts({ id: found.productIds, fields: CARD_FIELDS, limit: found.productIds.length, order: "title" }, locale)).products.map(toCard)
    : []
  return { cooperative: found.cooperative, products: await markUntranslated(products, locale) }
}

/** Handles are lowercase slugs; anything else cannot exist, so it is not sent to Medusa. */
function isHandle(value: string): boolean {
  return /^[a-z0-9][a-z0-9-]{0,199}$/.test(value)
}

/** Every public product's handle and last change, for the sitemap. */
export async function listProductHandles(): Promise<{ handle: string; updatedAt: string | null }[]> {
  return cached("product-handles", 60, async () => {
    const all: { handle: string; updatedAt: string | null }[] = []
    for (let offset = 0; ; offset += 500) {
      const res = await medusa().store.product.list({ fields: "handle,updated_at", limit: 500, offset })
      for (const p of res.products) all.push({ handle: p.handle, updatedAt: (p.updated_at as string | null) ?? null })
      if (offset + 500 >= res.count) return all
    }
  })
}

/** Products on sale with their maker's name, for the editor's product picker (what a story may feature). */
export async function listProductChoices(): Promise<{ handle: string; title: string; cooperative: string | null }[]> {
  return cached("product-choices", catalogCacheSeconds(), async () => {
    const all: { handle: string; title: string; cooperative: string | null }[] = []
    for (let offset = 0; ; offset += 500) {
      const res = await medusa().client.fetch<{ products: { handle: string; title: string; cooperative?: { name?: string } | null }[]; count: number }>("/store/products", {
        query: { fields: "handle,title,cooperative.name", limit: 500, offset, order: "title" },
      })
      for (const p of res.products) all.push({ handle: p.handle, title: p.title, cooperative: p.cooperative?.name ?? null })
      if (offset + 500 >= res.count) return all
    }
  })
}

// ---- photos ---------------------------------------------------------------------------------

/**
 * Every encoding of the photo stored at `url`: the photo pipeline (portal uploads, spreadsheet imports, the demo
 * seed) keeps AVIF and WebP at a few widths in `metadata.photos`, the product's image or thumbnail being one of
 * them. Photos stored as one file (Admin uploads) have none: the page shows the file itself.
 */
export function photoSourcesOf(metadata: Record<string, unknown> | null | undefined, url: string | null): PhotoSource[] {
  const photos = metadata?.photos
  if (!url || !Array.isArray(photos)) return []
  for (const photo of photos) {
    const sources: unknown = (photo as { sources?: unknown } | null)?.sources
    if (!Array.isArray(sources) || !sources.some((s) => (s as { url?: unknown })?.url === url)) continue
    return sources.filter(
      (s): s is PhotoSource =>
        (s?.format === "avif" || s?.format === "webp") && typeof s.url === "string" && Number.isInteger(s.width) && s.width > 0 && Number.isInteger(s.height) && s.height > 0
    )
  }
  return []
}

/**
 * What cards made from search hits lack (the search index keeps the Vietnamese title and the thumbnail's URL
 * only): the thumbnails' AVIF/WebP sources and, on English pages, the English titles. One store call for the
 * page's products, cached like the catalog.
 */
export async function completeCards<T extends ProductCard>(cards: T[], locale: Locale = "vi"): Promise<T[]> {
  const ids = cards.map((c) => c.id)
  if (!ids.length) return cards
  const found = await cached(`cards:${locale}:${ids.join(",")}`, catalogCacheSeconds(), async () => {
    const { products } = await fetchProducts({ id: ids, fields: "id,title,thumbnail,metadata", limit: ids.length }, locale)
    return new Map(products.map((p) => [p.id, { title: p.title, sources: photoSourcesOf(p.metadata, p.thumbnail) }]))
  })
  return cards.map((card) => {
    const more = found.get(card.id)
    if (!more) return card
    const titled = locale === "vi" ? card : { ...card, title: more.title, ...(more.title === card.title ? { titleLang: "vi" as const } : {}) }
    return more.sources.length ? { ...titled, thumbnailSources: more.sources } : titled
  })
}

// ---- languages ------------------------------------------------------------------------------

/** The locale Medusa's Translation Module keeps English texts under; Vietnamese is the texts themselves. */
const MEDUSA_LOCALE: Record<Locale, string | null> = { vi: null, en: "en-US" }

function localeQuery(locale: Locale): { locale?: string } {
  const code = MEDUSA_LOCALE[locale]
  return code ? { locale: code } : {}
}

/**
 * On an English page, cards whose title came back unchanged have no English title: they are marked, so that the
 * page says the text is Vietnamese (lang="vi") for screen readers and translation tools.
 */
async function markUntranslated(cards: ProductCard[], locale: Locale): Promise<ProductCard[]> {
  if (locale === "vi" || !cards.length) return cards
  const ids = cards.map((c) => c.id)
  const { products } = await cached(`titles:vi:${ids.join(",")}`, catalogCacheSeconds(), () => fetchProducts({ id: ids, fields: "id,title", limit: ids.length }))
  const vietnamese = new Map(products.map((p) => [p.id, p.title]))
  return cards.map((c) => (vietnamese.get(c.id) === c.title ? { ...c, titleLang: "vi" as const } : c))
}

/** The English product marked where a text is the Vietnamese one (no translation). */
function markUntranslatedDetail(en: ProductDetail, vi: ProductDetail): ProductDetail {
  const same = (field: "title" | "subtitle" | "description" | "optionTitle") => !!en[field] && en[field] === vi[field]
  const viOnly = (["title", "subtitle", "description", "optionTitle"] as const).filter(same)
  const viVariants = new Map(vi.variants.map((v) => [v.id, v.title]))
  const viCategories = new Map(vi.categories.map((c) => [c.handle, c.name]))
  return {
    ...en,
    ...(viOnly.length ? { viOnly } : {}),
    ...(same("title") ? { titleLang: "vi" as const } : {}),
    variants: en.variants.map((v) => (v.title && viVariants.get(v.id) === v.title ? { ...v, titleLang: "vi" as const } : v)),
    categories: en.categories.map((c) => (viCategories.get(c.handle) === c.name ? { ...c, nameLang: "vi" as const } : c)),
  }
}
