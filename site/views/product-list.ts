/**
 * The product list's URL contract, shared by /san-pham and /en/products: the same query parameters in both
 * languages (so the language switch keeps filters), read defensively because they are user input.
 */
import { listCategories, listProducts, PRODUCT_SORTS } from "../lib/catalog"
import { paths, type Locale } from "../lib/i18n"
import type { Category, Page, ProductCard, ProductSort } from "../lib/types"

export const PARAM = { category: "danh-muc", sort: "sap-xep", page: "trang" } as const
const DEFAULT_SORT: ProductSort = "newest"

export interface ProductListData {
  result: Page<ProductCard> & { category: Category | null }
  categories: Category[]
  sort: ProductSort
}

/** null when the page must be a 404: unknown category, or a page past the last. */
export async function loadProductList(url: URL): Promise<ProductListData | null> {
  const params = url.searchParams
  const categoryHandle = params.get(PARAM.category) || undefined
  const requestedSort = params.get(PARAM.sort)
  // Anything unexpected falls back to the default instead of erroring.
  const sort = PRODUCT_SORTS.find((s) => s === requestedSort) ?? DEFAULT_SORT
  const requestedPage = params.get(PARAM.page) ?? ""
  const page = /^[1-9]\d{0,5}$/.test(requestedPage) ? Number(requestedPage) : 1

  const [result, categories] = await Promise.all([listProducts({ categoryHandle, sort, page }), listCategories()])
  if (!result || (page > 1 && page > result.pageCount)) return null
  return { result, categories, sort }
}

/** The list narrowed to one category (or all, with null), keeping a non-default sort. */
export function categoryHref(locale: Locale, handle: string | null, sort: string | null = null): string {
  const params = new URLSearchParams()
  if (handle) params.set(PARAM.category, handle)
  if (sort && sort !== DEFAULT_SORT) params.set(PARAM.sort, sort)
  const query = params.toString()
  return query ? `${paths.products(locale)}?${query}` : paths.products(locale)
}

/** The one URL search engines should index for a list page: category and page, never the sort. */
export function canonicalListPath(locale: Locale, category: Category | null, page: number): string {
  const params = new URLSearchParams()
  if (category) params.set(PARAM.category, category.handle)
  if (page > 1) params.set(PARAM.page, String(page))
  const query = params.toString()
  return query ? `${paths.products(locale)}?${query}` : paths.products(locale)
}
