import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import LinkageModule from "../modules/linkage"

/** The cooperative's own product a quote is for (read-only: the quote keeps `product_id`). */
export default defineLink({ linkable: LinkageModule.linkable.linkageQuote, field: "product_id" }, ProductModule.linkable.product, { readOnly: true })
