/**
 * One product search as the store route runs it, on whichever engine: an exact pass (every word, tones
 * ignored), and when it finds nothing, a near-match pass on the tone-less text. With words and the
 * relevance sort, the first results are put in the storefront's relevance order (relevance.ts), so both
 * engines show the same products first.
 */
import type { SearchTypes } from "@medusajs/framework/types"
import { PRODUCT_SEARCH_FACETS, productSearchQuery, toProductSearchResponse, type ProductSearchParams, type ProductSearchResponse } from "./product-search-query"
import { isNearMatch, rankByRelevance, RELEVANCE_FIELDS, RELEVANCE_WINDOW, type RelevanceDocument } from "./relevance"

type Search = (query: SearchTypes.SearchQuery) => Promise<SearchTypes.SearchResult>

const FACET_FIELDS = Object.values(PRODUCT_SEARCH_FACETS)

/** Facet counts over a list of hits (the near matches kept, all of them within one window). */
function facetsOf(hits: SearchTypes.SearchHit[]): Record<string, SearchTypes.SearchFacetResult> {
  return Object.fromEntries(
    FACET_FIELDS.map((field) => {
      const counts = new Map<string, number>()
      for (const hit of hits) {
        for (const value of [(hit.document as Record<string, unknown>)[field]].flat()) {
          if (value === null || value === undefined || value === "") continue
          counts.set(String(value), (counts.get(String(value)) ?? 0) + 1)
        }
      }
      const values = [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
      return [field, { type: "value" as const, values }]
    })
  )
}

/** The page of `params` out of a window of hits fetched from the first one. */
function pageOf(result: SearchTypes.SearchResult, params: ProductSearchParams, hits: SearchTypes.SearchHit[], count: number): SearchTypes.SearchResult {
  const offset = (params.page - 1) * params.limit
  return { ...result, hits: hits.slice(offset, offset + params.limit), metadata: { ...result.metadata, count } }
}

export async function runProductSearch(search: Search, params: ProductSearchParams): Promise<ProductSearchResponse> {
  const ranked = !!params.q && params.sort === "relevance"
  // Whole pages: the window ends on a page boundary.
  const windowSize = Math.ceil(RELEVANCE_WINDOW / params.limit) * params.limit
  const inWindow = ranked && (params.page - 1) * params.limit < windowSize
  const windowParams = { ...params, page: 1, limit: windowSize }

  let result = inWindow ? await search(productSearchQuery(windowParams, { extraFields: RELEVANCE_FIELDS })) : await search(productSearchQuery(params))
  const count = result.metadata.count ?? result.hits.length
  if (inWindow) result = pageOf(result, params, rankByRelevance(result.hits as (SearchTypes.SearchHit & { document: RelevanceDocument })[], params.q), count)
  if (!params.q || result.hits.length || count > 0) return toProductSearchResponse(params, result, false)

  // Nothing matched exactly: near matches, from the first window only, kept when every word is close.
  const nearby = await search(productSearchQuery(windowParams, { typo: true, extraFields: [...RELEVANCE_FIELDS, ...FACET_FIELDS], facets: false }))
  const close = (nearby.hits as (SearchTypes.SearchHit & { document: RelevanceDocument })[]).filter((hit) => isNearMatch(hit.document, params.q))
  if (!close.length) return toProductSearchResponse(params, result, false)
  const ordered = params.sort === "relevance" ? rankByRelevance(close, params.q, true) : close
  return toProductSearchResponse(params, { ...pageOf(nearby, params, ordered, close.length), facets: facetsOf(close) }, true)
}
