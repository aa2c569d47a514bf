import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ISearchModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { parseProductSearchParams, productSearchQuery, toProductSearchResponse } from "../../../lib/search/product-search-query"

/**
 * GET /store/product-search?q=&category=&cooperative=&area=&stars=&in_stock=1&sort=&page=&limit=
 * Searches the product index (src/search/product.ts) on whichever engine is configured. Any query
 * string gets a normal answer: what cannot match is dropped or matches nothing (see the parser).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const searchModule = req.scope.resolve<ISearchModuleService>(Modules.SEARCH)
  const params = parseProductSearchParams(req.query as Record<string, unknown>)
  let result = await searchModule.search(productSearchQuery(params))
  let approximate = false
  if (params.q && !result.hits.length && (result.metadata.count ?? 0) === 0) {
    const nearby = await searchModule.search(productSearchQuery(params, { typo: true }))
    if (nearby.hits.length || (nearby.metadata.count ?? 0) > 0) {
      result = nearby
      approximate = true
    }
  }
  res.setHeader("Cache-Control", "no-store")
  res.json(toProductSearchResponse(params, result, approximate))
}
