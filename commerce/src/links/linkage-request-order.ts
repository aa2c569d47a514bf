import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import LinkageModule from "../modules/linkage"

/** The order an accepted linkage request became (read-only: the request keeps `order_id`). */
export default defineLink({ linkable: LinkageModule.linkable.linkageRequest, field: "order_id" }, OrderModule.linkable.order, { readOnly: true })
