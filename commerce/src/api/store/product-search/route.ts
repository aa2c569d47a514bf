import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ISearchModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { isSearchEngineUnavailable, SEARCH_UNAVAILABLE_ANSWER } from "../../../lib/search/engine-unavailable"
import { runProductSearch } from "../../../lib/search/product-search"
import { parseProductSearchParams } from "../../../lib/search/product-search-query"

/**
 * GET /store/product-search?q=&category=&cooperative=&area=&stars=&in_stock=1&sort=&page=&limit=
 * Searches the product index (src/search/product.ts) on whichever engine is configured, in the same
 * order on both (lib/search/product-search.ts). Any query string gets a normal answer: what cannot match
 * is dropped or matches nothing (see the parser).
 * While the engine cannot be reached (Meilisearch restarting) the answer is 503 with a sentence to show.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const searchModule = req.scope.resolve<ISearchModuleService>(Modules.SEARCH)
  const params = parseProductSearchParams(req.query as Record<string, unknown>)
  res.setHeader("Cache-Control", "no-store")
  try {
    res.json(await runProductSearch((query) => searchModule.search(query), params))
  } catch (error) {
    if (!isSearchEngineUnavailable(error)) throw error
    res.setHeader("Retry-After", "5")
    res.status(503).json(SEARCH_UNAVAILABLE_ANSWER)
  }
}
