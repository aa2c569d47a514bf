/**
 * The product list's URL contract, shared by /san-pham and /en/products: the same query parameters in both
 * languages (so the language switch keeps filters), read defensively because they are user input.
 * Category, sort and page keep their Vietnamese names (shared links and the sitemap use them); the other
 * filters are named as on the search page (`stars`, `area`, `cooperative`, `in_stock`, `min_price`, `max_price`),
 * so that one filter panel serves both pages. The list is read from the product search index, which counts
 * every filter's values (the panel's numbers); while the index cannot answer, from the store API by category.
 */
import { completeCards, listCategories, listProducts } from "../lib/catalog"
import { paths, t, type Locale } from "../lib/i18n"
import { searchProducts, type ProductSearchParams, type ProductSearchSort, type SearchPageData } from "../lib/search"
import type { Category } from "../lib/types"
import { parseProductSearchParams } from "../../commerce/src/lib/search/product-search-query"

export const PARAM = { category: "danh-muc", sort: "sap-xep", page: "trang" } as const
/** Filters named as on the search page. */
const SHARED_FILTERS = ["stars", "area", "cooperative", "in_stock", "min_price", "max_price"] as const
export const LIST_SORTS: ProductSearchSort[] = ["newest", "price_asc", "price_desc", "ocop"]
const DEFAULT_SORT: ProductSearchSort = "newest"

export interface ProductListData {
  data: SearchPageData
  category: Category | null
  categories: Category[]
}

/** The list's state from its URL; anything unexpected falls back to the default instead of erroring. */
export function listParamsOf(url: URL): ProductSearchParams {
  const raw: Record<string, string[]> = {}
  const add = (key: string, value: string) => (raw[key] ??= []).push(value)
  for (const [key, value] of url.searchParams) {
    if (key === PARAM.category) add("category", value)
    else if (key === PARAM.sort) add("sort", value)
    else if (key === PARAM.page) add("page", value)
    else if ((SHARED_FILTERS as readonly string[]).includes(key)) add(key, value)
  }
  const params = parseProductSearchParams(raw)
  return {
    ...params,
    q: "",
    // one category at a time: it names the page
    category: params.category.slice(0, 1),
    sort: LIST_SORTS.includes(params.sort) ? params.sort : DEFAULT_SORT,
  }
}

/** The query string for a list state, defaults left out: equal lists have equal URLs. */
export function listQueryString(params: ProductSearchParams): string {
  const out = new URLSearchParams()
  if (params.category[0]) out.set(PARAM.category, params.category[0])
  for (const v of params.stars) out.append("stars", String(v))
  for (const v of params.area) out.append("area", v)
  for (const v of params.cooperative) out.append("cooperative", v)
  if (params.inStock) out.set("in_stock", "1")
  if (params.minPrice !== undefined) out.set("min_price", String(params.minPrice))
  if (params.maxPrice !== undefined) out.set("max_price", String(params.maxPrice))
  if (params.sort !== DEFAULT_SORT) out.set(PARAM.sort, params.sort)
  if (params.page > 1) out.set(PARAM.page, String(params.page))
  const text = out.toString()
  return text ? `?${text}` : ""
}

/** null when the page must be a 404: unknown category, or a page past the last. */
export async function loadProductList(url: URL, locale: Locale): Promise<ProductListData | null> {
  const params = listParamsOf(url)
  const categories = await listCategories(locale)
  const category = params.category[0] ? (categories.find((c) => c.handle === params.category[0]) ?? null) : null
  if (params.category[0] && !category) return null
  const m = t(locale).search
  const found = await searchProducts(params, m.starsValue, m.inStockOnly)
  const data = found.unavailable ? await fromStoreApi(params, found) : found
  if (!data || (params.page > 1 && params.page > data.pages)) return null
  return { data: await inLanguage(data, locale), category, categories }
}

/**
 * A search answer as a page in `locale` shows it: category names in that language and the cards completed
 * (photo sources; English titles where they exist). The index itself holds the Vietnamese texts.
 */
export async function inLanguage(data: SearchPageData, locale: Locale): Promise<SearchPageData> {
  const names = new Map((await listCategories(locale)).map((c) => [c.handle, c.name]))
  const category = data.facets.category.map((o) => ({ ...o, label: names.get(o.value) ?? o.label }))
  return { ...data, facets: { ...data.facets, category }, products: await completeCards(data.products, locale) }
}

/** While the search engine restarts the list still shows, by category and date or price, without the other filters. */
async function fromStoreApi(params: ProductSearchParams, unavailable: SearchPageData): Promise<SearchPageData | null> {
  const sort = params.sort === "price_asc" || params.sort === "price_desc" ? params.sort : "newest"
  const result = await listProducts({ categoryHandle: params.category[0], sort, page: params.page })
  if (!result) return null
  const plain = { ...params, stars: [], area: [], cooperative: [], inStock: false, minPrice: undefined, maxPrice: undefined }
  return { ...unavailable, params: plain, unavailable: false, count: result.total, page: result.page, pages: result.pageCount, products: result.items, suggestedCategories: [] }
}

/** The list narrowed to one category (or all, with null), keeping a non-default sort. */
export function categoryHref(locale: Locale, handle: string | null, sort: string | null = null): string {
  const params = new URLSearchParams()
  if (handle) params.set(PARAM.category, handle)
  if (sort && sort !== DEFAULT_SORT) params.set(PARAM.sort, sort)
  const query = params.toString()
  return query ? `${paths.products(locale)}?${query}` : paths.products(locale)
}

/** The one URL search engines should index for a list page: category and page, never the sort or filters. */
export function canonicalListPath(locale: Locale, category: Category | null, page: number): string {
  const params = new URLSearchParams()
  if (category) params.set(PARAM.category, category.handle)
  if (page > 1) params.set(PARAM.page, String(page))
  const query = params.toString()
  return query ? `${paths.products(locale)}?${query}` : paths.products(locale)
}

/**
 * `href` (a path with its query) without one value of a parameter, or without whole parameters, on its first
 * page: the link of a filter chip.
 */
export function hrefWithout(href: string, pageParam: string, drop: string[], value?: string): string {
  const url = new URL(href, "http://localhost")
  for (const name of drop) {
    const kept = value === undefined ? [] : url.searchParams.getAll(name).filter((v) => v !== value)
    url.searchParams.delete(name)
    for (const v of kept) url.searchParams.append(name, v)
  }
  url.searchParams.delete(pageParam)
  return url.pathname + url.search
}
