/**
 * The product search index (definition in lib/search/product-index.ts). Medusa loads every file in
 * this folder at boot; `defineSearchIndex` hands the definition to the Search Module.
 */
import { defineSearchIndex } from "@medusajs/framework/utils"
import { productSearchIndexDefinition } from "../lib/search/product-index"

export default defineSearchIndex(productSearchIndexDefinition)
