import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import LinkageModule from "../modules/linkage"

/** The category a linkage request asks in, when it names one (read-only: the request keeps `category_id`). */
export default defineLink({ linkable: LinkageModule.linkable.linkageRequest, field: "category_id" }, ProductModule.linkable.productCategory, { readOnly: true })
