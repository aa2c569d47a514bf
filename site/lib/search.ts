/**
 * Product search for the storefront: the search page, its live-updating results and the header's
 * suggestions all go through here to Medusa's `GET /store/product-search` (which queries the Search
 * Module's product index on PostgreSQL or Meilisearch). URL parameters are the store route's own, so a
 * search page URL is shareable as is.
 */
import { cached, catalogCacheSeconds } from "./cache"
import { listCategories, listCooperatives } from "./catalog"
import { medusa } from "./medusa"
import { foldVietnamese } from "./text"
import type { Category, ProductCard } from "./types"
import {
  parseProductSearchParams,
  PRODUCT_SEARCH_SORTS,
  type ProductSearchFacet,
  type ProductSearchParams,
  type ProductSearchResponse,
  type ProductSearchSort,
} from "../../commerce/src/lib/search/product-search-query"

export { PRODUCT_SEARCH_SORTS }
export type { ProductSearchFacet, ProductSearchParams, ProductSearchSort }

export const SEARCH_FACETS: ProductSearchFacet[] = ["category", "stars", "area", "cooperative", "in_stock"]

export interface FacetOption {
  value: string
  label: string
  count: number
  selected: boolean
}

export interface SearchPageData {
  params: ProductSearchParams
  query: string
  approximate: boolean
  count: number
  page: number
  pages: number
  products: ProductCard[]
  facets: Record<ProductSearchFacet, FacetOption[]>
  /** Categories to suggest when nothing matched, or to browse while search is unavailable. */
  suggestedCategories: Category[]
  /** The search engine could not be reached (Medusa answered 503): say so, offer the catalog instead. */
  unavailable: boolean
}

export function searchParamsOf(url: URL): ProductSearchParams {
  const raw: Record<string, string[]> = {}
  for (const [key, value] of url.searchParams) (raw[key] ??= []).push(value)
  return parseProductSearchParams(raw)
}

/** The query string for a search state; defaults are left out so equal searches have equal URLs. */
export function searchQueryString(params: ProductSearchParams): string {
  const out = new URLSearchParams()
  if (params.q) out.set("q", params.q)
  for (const v of params.category) out.append("category", v)
  for (const v of params.stars) out.append("stars", String(v))
  for (const v of params.area) out.append("area", v)
  for (const v of params.cooperative) out.append("cooperative", v)
  if (params.inStock) out.set("in_stock", "1")
  if (params.minPrice !== undefined) out.set("min_price", String(params.minPrice))
  if (params.maxPrice !== undefined) out.set("max_price", String(params.maxPrice))
  if (params.sort !== "relevance") out.set("sort", params.sort)
  if (params.page > 1) out.set("page", String(params.page))
  const text = out.toString()
  return text ? `?${text}` : ""
}

async function fetchSearch(params: ProductSearchParams): Promise<ProductSearchResponse> {
  const query: Record<string, string | string[]> = {
    sort: params.sort,
    page: String(params.page),
    limit: String(params.limit),
  }
  if (params.q) query.q = params.q
  if (params.category.length) query.category = params.category
  if (params.cooperative.length) query.cooperative = params.cooperative
  if (params.area.length) query.area = params.area
  if (params.stars.length) query.stars = params.stars.map(String)
  if (params.inStock) query.in_stock = "1"
  if (params.minPrice !== undefined) query.min_price = String(params.minPrice)
  if (params.maxPrice !== undefined) query.max_price = String(params.maxPrice)
  return medusa().client.fetch<ProductSearchResponse>("/store/product-search", { query })
}

async function cooperativeNames(): Promise<Map<string, string>> {
  return cached("search:cooperative-names", catalogCacheSeconds(), async () => {
    const cooperatives = await listCooperatives()
    return new Map(cooperatives.map((c) => [c.handle, c.name]))
  })
}

/** Medusa's 503 from the product search route: the engine (Meilisearch) is restarting or unreachable. */
export function isSearchUnavailable(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { status?: number }).status === 503
}

const NO_FACETS = Object.fromEntries(SEARCH_FACETS.map((name) => [name, []])) as unknown as Record<ProductSearchFacet, FacetOption[]>

export async function searchProducts(params: ProductSearchParams, starsLabel: (n: number) => string, inStockLabel: string): Promise<SearchPageData> {
  const [outcome, categories, cooperatives] = await Promise.all([
    fetchSearch(params).then(
      (result) => ({ result }),
      (err: unknown) => {
        if (isSearchUnavailable(err)) return { result: null }
        throw err
      }
    ),
    listCategories(),
    cooperativeNames(),
  ])
  if (!outcome.result) {
    return { params, query: params.q, approximate: false, count: 0, page: 1, pages: 1, products: [], facets: NO_FACETS, suggestedCategories: categories.slice(0, 8), unavailable: true }
  }
  const result = outcome.result
  const categoryNames = new Map(categories.map((c) => [c.handle, c.name]))
  const selected: Record<ProductSearchFacet, string[]> = {
    category: params.category,
    cooperative: params.cooperative,
    area: params.area,
    stars: params.stars.map(String),
    in_stock: params.inStock ? ["true"] : [],
  }
  const label: Record<ProductSearchFacet, (value: string) => string> = {
    category: (v) => categoryNames.get(v) ?? v,
    cooperative: (v) => cooperatives.get(v) ?? v,
    area: (v) => v,
    stars: (v) => starsLabel(Number(v)),
    in_stock: () => inStockLabel,
  }
  const facets = Object.fromEntries(
    SEARCH_FACETS.map((name) => {
      let options = result.facets[name].map((v) => ({
        value: v.value,
        label: label[name](v.value),
        count: v.count,
        selected: selected[name].includes(v.value),
      }))
      if (name === "stars") options = options.sort((a, b) => Number(b.value) - Number(a.value))
      // Only "in stock" is a useful choice; "out of stock" is not a filter anyone asks for.
      if (name === "in_stock") options = options.filter((o) => o.value === "true")
      // A selected value with no results stays visible, so it can be unticked.
      for (const value of selected[name]) {
        if (!options.some((o) => o.value === value)) options.push({ value, label: label[name](value), count: 0, selected: true })
      }
      return [name, options]
    })
  ) as Record<ProductSearchFacet, FacetOption[]>

  return {
    params,
    query: result.query,
    approximate: result.approximate,
    count: result.count,
    page: result.page,
    pages: result.pages,
    products: result.hits.map((hit) => ({
      id: hit.id,
      handle: hit.handle,
      title: hit.title,
      thumbnail: hit.thumbnail,
      priceFrom: hit.price,
      hasPriceRange: hit.has_price_range === true,
      inStock: hit.in_stock,
      ocopStars: hit.ocop_stars === 3 || hit.ocop_stars === 4 || hit.ocop_stars === 5 ? hit.ocop_stars : null,
      cooperative: hit.cooperative_handle && hit.cooperative_name ? { handle: hit.cooperative_handle, name: hit.cooperative_name } : null,
    })),
    facets,
    suggestedCategories: result.count === 0 ? categories.slice(0, 8) : [],
    unavailable: false,
  }
}

// ---- suggestions for the header box -----------------------------------------------------------

export interface SearchSuggestions {
  /** What the buyer probably means, with tones: "nuoc mam" → "nước mắm". */
  phrases: string[]
  categories: { handle: string; name: string }[]
  products: { handle: string; title: string; thumbnail: string | null; price: number | null }[]
}

const words = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean)

/**
 * The words of `title` that the query's words match (tones ignored, last word as a prefix), in the
 * title's own spelling: for "nuoc mam" and "Nước mắm cá cơm" it is "nước mắm".
 */
export function matchedPhrase(title: string, query: string): string | null {
  const wanted = words(foldVietnamese(query))
  if (!wanted.length) return null
  const titleWords = words(title)
  const folded = titleWords.map(foldVietnamese)
  for (let start = 0; start + wanted.length <= folded.length; start++) {
    const ok = wanted.every((w, i) => (i === wanted.length - 1 ? folded[start + i].startsWith(w) : folded[start + i] === w))
    if (ok) return titleWords.slice(start, start + wanted.length).join(" ").toLocaleLowerCase("vi")
  }
  return null
}

export async function suggestSearch(rawQuery: string): Promise<SearchSuggestions> {
  const params = parseProductSearchParams({ q: rawQuery, limit: "6" })
  if (params.q.length < 2) return { phrases: [], categories: [], products: [] }
  const [result, categories] = await Promise.all([fetchSearch(params), listCategories()])
  const phrases = [...new Set(result.hits.map((hit) => matchedPhrase(hit.title, params.q)).filter((p): p is string => !!p))]
  const foldedQuery = foldVietnamese(params.q)
  const matchingCategories = categories.filter((c) => foldVietnamese(c.name).includes(foldedQuery))
  return {
    phrases: (phrases.length ? phrases : [params.q]).slice(0, 3),
    categories: matchingCategories.slice(0, 3).map((c) => ({ handle: c.handle, name: c.name })),
    products: result.hits.slice(0, 5).map((hit) => ({ handle: hit.handle, title: hit.title, thumbnail: hit.thumbnail, price: hit.price })),
  }
}

// ---- highlighting ------------------------------------------------------------------------------

export interface TextSegment {
  text: string
  match: boolean
}

/**
 * `text` cut into matched and unmatched parts for the query's words, tones ignored: "gom" marks
 * "Gốm" in "Bình gốm". Words match at their start, so "mam" marks "mắm" but not the "mam" inside
 * another word.
 */
export function highlightSegments(text: string, query: string): TextSegment[] {
  const wanted = words(foldVietnamese(query)).filter((w) => w.length >= 2 || /\d/.test(w))
  if (!wanted.length || !text) return [{ text, match: false }]
  const chars = [...text]
  const folded = chars.map((c) => foldVietnamese(c).charAt(0) || c)
  const marks = new Array<boolean>(chars.length).fill(false)
  const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c)
  for (let i = 0; i < chars.length; i++) {
    if (isWordChar(chars[i - 1]) || !isWordChar(chars[i])) continue
    for (const w of wanted) {
      if (folded.slice(i, i + w.length).join("") === w) for (let k = i; k < i + w.length; k++) marks[k] = true
    }
  }
  // "Nước mắm" is one mark, not two
  for (let i = 1; i < chars.length - 1; i++) if (/\s/.test(chars[i]) && marks[i - 1] && marks[i + 1]) marks[i] = true
  const segments: TextSegment[] = []
  chars.forEach((c, i) => {
    const last = segments[segments.length - 1]
    if (last && last.match === marks[i]) last.text += c
    else segments.push({ text: c, match: marks[i] })
  })
  return segments
}
