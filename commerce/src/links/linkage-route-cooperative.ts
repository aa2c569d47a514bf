import { defineLink } from "@medusajs/framework/utils"
import CooperativeModule from "../modules/cooperative"
import LinkageModule from "../modules/linkage"

/** The cooperative a linkage request was routed to (read-only: the route keeps `cooperative_id`). */
export default defineLink({ linkable: LinkageModule.linkable.linkageRoute, field: "cooperative_id" }, CooperativeModule.linkable.cooperative, { readOnly: true })
