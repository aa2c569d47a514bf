import { Module } from "@medusajs/framework/utils"
import VietnameseTextSearchService from "./service"

export const VIETNAMESE_TEXT_SEARCH_MODULE = "vietnameseTextSearch"

/**
 * Owns the PostgreSQL text-search configuration `medusa_search_vietnamese` (created by this module's
 * migration) that Medusa's PostgreSQL search provider uses with `language: "vietnamese"`.
 */
export default Module(VIETNAMESE_TEXT_SEARCH_MODULE, {
  service: VietnameseTextSearchService,
})
