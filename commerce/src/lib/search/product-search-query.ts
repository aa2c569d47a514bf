/**
 * The storefront's product search, as the store route `GET /store/product-search` takes it: plain
 * query-string parameters in, a Search Module query out, a compact answer back. Everything a buyer
 * can type or tamper with ends here as a normal answer: unknown sorts fall back to relevance, values
 * that cannot exist (a 7-star rating, a 1,000-character query, emoji) are dropped or trimmed, and
 * unknown facet values simply match nothing.
 */
import type { SearchTypes } from "@medusajs/framework/types"
import { foldVietnamese, normalizeSearchText } from "../vietnamese-text"
import type { ProductSearchDocument } from "./product-document"

export const PRODUCT_SEARCH_SORTS = ["relevance", "price_asc", "price_desc", "newest", "ocop"] as const
export type ProductSearchSort = (typeof PRODUCT_SEARCH_SORTS)[number]

export const MAX_QUERY_LENGTH = 100
export const DEFAULT_PAGE_SIZE = 24
export const MAX_PAGE_SIZE = 48
export const MAX_PAGE = 500
const MAX_VALUES_PER_FACET = 20
const MAX_FACET_VALUE_LENGTH = 120

/** Facet name in the URL → field in the index. */
export const PRODUCT_SEARCH_FACETS = {
  category: "category_handles",
  cooperative: "cooperative_handle",
  area: "area",
  stars: "ocop_stars",
  in_stock: "in_stock",
} as const
export type ProductSearchFacet = keyof typeof PRODUCT_SEARCH_FACETS

export interface ProductSearchParams {
  q: string
  category: string[]
  cooperative: string[]
  area: string[]
  stars: number[]
  inStock: boolean
  /** price range in whole đồng, both ends included (`?min_price=&max_price=`); absent = open */
  minPrice?: number
  maxPrice?: number
  sort: ProductSearchSort
  page: number
  limit: number
}

/** No product costs more than this many đồng; a larger bound is read as "no bound". */
export const MAX_PRICE_FILTER = 1_000_000_000

/** A price bound from the query string: whole đồng, dots and spaces allowed ("250.000"); anything else is ignored. */
function priceBound(raw: unknown): number | undefined {
  const text = [raw].flat()[0]
  if (typeof text !== "string") return undefined
  const digits = text.replace(/[.\s\u00a0₫đ]/gi, "")
  if (!/^\d{1,10}$/.test(digits)) return undefined
  const n = Number(digits)
  return n <= MAX_PRICE_FILTER ? n : undefined
}

export interface ProductSearchHit {
  id: string
  handle: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  price: number | null
  has_price_range: boolean
  ocop_stars: number | null
  in_stock: boolean
  cooperative_handle: string | null
  cooperative_name: string | null
  area: string | null
  category_names: string[]
  created_at: string | null
}

export interface ProductSearchResponse {
  query: string
  /** True when nothing matched exactly and these are near matches (a typo in the query). */
  approximate: boolean
  count: number
  page: number
  pages: number
  limit: number
  sort: ProductSearchSort
  hits: ProductSearchHit[]
  facets: Record<ProductSearchFacet, { value: string; count: number }[]>
}

type Raw = Record<string, unknown>

/** `?category=a&category=b` and `?category=a,b` both mean a OR b. */
function values(raw: unknown): string[] {
  const all = [raw]
    .flat(2)
    .filter((v): v is string => typeof v === "string")
    .flatMap((v) => v.split(","))
    .map((v) => normalizeSearchText(v, MAX_FACET_VALUE_LENGTH))
    .filter(Boolean)
  return [...new Set(all)].slice(0, MAX_VALUES_PER_FACET)
}

function integer(raw: unknown, fallback: number, min: number, max: number): number {
  const text = [raw].flat()[0]
  const n = typeof text === "string" && /^\d{1,6}$/.test(text.trim()) ? Number(text) : NaN
  return Number.isInteger(n) ? Math.min(Math.max(n, min), max) : fallback
}

export function parseProductSearchParams(raw: Raw): ProductSearchParams {
  const q = typeof [raw.q].flat()[0] === "string" ? normalizeSearchText([raw.q].flat()[0] as string, MAX_QUERY_LENGTH) : ""
  const sort = [raw.sort].flat()[0]
  const inStock = [raw.in_stock].flat()[0]
  return {
    q,
    category: values(raw.category),
    cooperative: values(raw.cooperative),
    area: values(raw.area),
    stars: values(raw.stars)
      .map(Number)
      .filter((n) => Number.isInteger(n) && n >= 3 && n <= 5),
    inStock: inStock === "1" || inStock === "true",
    ...priceRange(priceBound(raw.min_price), priceBound(raw.max_price)),
    sort: PRODUCT_SEARCH_SORTS.includes(sort as ProductSearchSort) ? (sort as ProductSearchSort) : "relevance",
    page: integer(raw.page, 1, 1, MAX_PAGE),
    limit: integer(raw.limit, DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE),
  }
}

/** A reversed range (min above max) is read the way it was meant: the two swapped. */
function priceRange(min: number | undefined, max: number | undefined): Pick<ProductSearchParams, "minPrice" | "maxPrice"> {
  if (min !== undefined && max !== undefined && min > max) [min, max] = [max, min]
  return { ...(min ? { minPrice: min } : {}), ...(max !== undefined ? { maxPrice: max } : {}) }
}

/** AND across facets, OR within one. Keys are the index fields, so the module's disjunctive facets can relax each. */
export function productSearchFilters(params: ProductSearchParams): SearchTypes.SearchFilters {
  const filters: SearchTypes.SearchFilters = {}
  if (params.category.length) filters.category_handles = { $overlaps: params.category }
  if (params.cooperative.length) filters.cooperative_handle = { $in: params.cooperative }
  if (params.area.length) filters.area = { $in: params.area }
  if (params.stars.length) filters.ocop_stars = { $in: params.stars }
  if (params.inStock) filters.in_stock = true
  if (params.minPrice !== undefined || params.maxPrice !== undefined) {
    filters.price = { ...(params.minPrice !== undefined ? { $gte: params.minPrice } : {}), ...(params.maxPrice !== undefined ? { $lte: params.maxPrice } : {}) }
  }
  return filters
}

function order(params: ProductSearchParams): Record<string, SearchTypes.SearchOrderBy> {
  switch (params.sort) {
    case "price_asc":
      return { price: "ASC", created_at: "DESC" }
    case "price_desc":
      return { price: "DESC", created_at: "DESC" }
    case "newest":
      return { created_at: "DESC" }
    case "ocop":
      return params.q ? { ocop_stars: "DESC", _score: "DESC" } : { ocop_stars: "DESC", created_at: "DESC" }
    case "relevance":
      // With no words to weigh, the best-rated and newest come first. With words, equally relevant hits
      // (a near match scores the same in a title as in a category name) are ordered the same way every
      // time: best-rated, then newest — never left to the database's whim.
      return params.q ? { _score: "DESC", ocop_stars: "DESC", created_at: "DESC" } : { ocop_stars: "DESC", created_at: "DESC" }
  }
}

export const PRODUCT_SEARCH_HIT_FIELDS: (keyof ProductSearchHit)[] = [
  "id",
  "handle",
  "title",
  "subtitle",
  "thumbnail",
  "price",
  "has_price_range",
  "ocop_stars",
  "in_stock",
  "cooperative_handle",
  "cooperative_name",
  "area",
  "category_names",
  "created_at",
]

/**
 * The Search Module query. The first pass matches words exactly (tones ignored); when it finds
 * nothing, the caller retries with `typo: true`, whose query is also folded to plain letters so the
 * index's tone-less text can absorb a one-letter slip ("nuoc mamm", "gôm"). `facets: false` (the
 * near-match pass, whose facets and count come from the near matches it keeps) asks for hits only.
 */
export function productSearchQuery(params: ProductSearchParams, { typo = false, extraFields = [] as readonly string[], facets = true } = {}): SearchTypes.SearchQuery {
  const filters = productSearchFilters(params)
  const q = typo ? foldVietnamese(params.q) : params.q
  return {
    entity: "product",
    fields: [...new Set([...PRODUCT_SEARCH_HIT_FIELDS, ...extraFields])],
    filters: q ? { ...filters, q } : filters,
    pagination: { skip: (params.page - 1) * params.limit, take: params.limit, order: order(params) },
    search_options: {
      ...(facets
        ? {
            facets: Object.values(PRODUCT_SEARCH_FACETS).map((field) => ({ field, type: "value" as const, limit: 50, sort: "count" as const })),
            disjunctive_facets: true,
          }
        : {}),
      typo_tolerance: typo,
      // Near matches are looked for in the short tone-less copy (titles, categories, tags, maker, place),
      // not in descriptions: more precise, and a small vocabulary for PostgreSQL's provider to look words up in.
      ...(typo ? { attributes_to_search_on: ["folded"] } : {}),
      count: facets ? "exact" : "none",
    },
  }
}

export function toProductSearchResponse(
  params: ProductSearchParams,
  result: SearchTypes.SearchResult,
  approximate: boolean
): ProductSearchResponse {
  const count = result.metadata.count ?? result.hits.length
  const facets = Object.fromEntries(
    (Object.entries(PRODUCT_SEARCH_FACETS) as [ProductSearchFacet, string][]).map(([name, field]) => {
      const facet = result.facets?.[field]
      const list = facet?.type === "value" ? facet.values.map((v) => ({ value: String(v.value), count: v.count })) : []
      return [name, list.filter((v) => v.value !== "" && v.value !== "null")]
    })
  ) as ProductSearchResponse["facets"]
  return {
    query: params.q,
    approximate,
    count,
    page: params.page,
    pages: Math.max(1, Math.ceil(count / params.limit)),
    limit: params.limit,
    sort: params.sort,
    hits: result.hits.map((hit) => {
      const doc = hit.document as Partial<ProductSearchDocument>
      return {
        id: hit.id,
        handle: String(doc.handle ?? ""),
        title: String(doc.title ?? ""),
        subtitle: doc.subtitle ?? null,
        thumbnail: doc.thumbnail ?? null,
        price: typeof doc.price === "number" ? doc.price : null,
        has_price_range: doc.has_price_range === true,
        ocop_stars: typeof doc.ocop_stars === "number" ? doc.ocop_stars : null,
        in_stock: doc.in_stock === true,
        cooperative_handle: doc.cooperative_handle ?? null,
        cooperative_name: doc.cooperative_name ?? null,
        area: doc.area ?? null,
        category_names: Array.isArray(doc.category_names) ? doc.category_names : [],
        created_at: typeof doc.created_at === "string" ? doc.created_at : null,
      }
    }),
    facets,
  }
}
