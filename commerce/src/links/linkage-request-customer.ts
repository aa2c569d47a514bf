import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import LinkageModule from "../modules/linkage"

/** The buyer who made a linkage request (read-only: the request keeps `customer_id`). */
export default defineLink({ linkable: LinkageModule.linkable.linkageRequest, field: "customer_id" }, CustomerModule.linkable.customer, { readOnly: true })
