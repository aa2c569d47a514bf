/**
 * A search engine that cannot be reached (Meilisearch stopped, restarting, or not answering in time) is
 * a passing state, not a bug: the store route answers 503 with a sentence the storefront can show, and
 * the rest of the shop carries on.
 */
import { MedusaError } from "@medusajs/framework/utils"

export const SEARCH_ENGINE_UNAVAILABLE = "search_engine_unavailable"

export class SearchEngineUnavailableError extends MedusaError {
  constructor(detail: string) {
    super(MedusaError.Types.UNEXPECTED_STATE, `Search engine unavailable: ${detail}`, SEARCH_ENGINE_UNAVAILABLE)
  }
}

export function isSearchEngineUnavailable(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === SEARCH_ENGINE_UNAVAILABLE
}

/** The store route's answer while search is unavailable. */
export const SEARCH_UNAVAILABLE_ANSWER = {
  type: "search_unavailable",
  message: "Tìm kiếm đang tạm gián đoạn, vui lòng thử lại sau ít phút. Bạn vẫn có thể xem sản phẩm theo danh mục.",
  message_en: "Search is briefly unavailable, please try again in a minute. You can still browse products by category.",
} as const
