/** The search provider names a configuration `medusa_search_<language>`; ours is Vietnamese. */
export const VIETNAMESE_SEARCH_LANGUAGE = "vietnamese"
export const VIETNAMESE_TEXT_SEARCH_CONFIGURATION = `medusa_search_${VIETNAMESE_SEARCH_LANGUAGE}`

export default class VietnameseTextSearchService {
  readonly language = VIETNAMESE_SEARCH_LANGUAGE
  readonly configuration = VIETNAMESE_TEXT_SEARCH_CONFIGURATION
}
