import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import LinkageModule from "../modules/linkage"

/** The product a linkage request asks for, when it names one (read-only: the request keeps `product_id`). */
export default defineLink({ linkable: LinkageModule.linkable.linkageRequest, field: "product_id" }, ProductModule.linkable.product, { readOnly: true })
