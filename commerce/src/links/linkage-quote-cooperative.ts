import { defineLink } from "@medusajs/framework/utils"
import CooperativeModule from "../modules/cooperative"
import LinkageModule from "../modules/linkage"

/** The cooperative that answered (read-only: the quote keeps `cooperative_id`). */
export default defineLink({ linkable: LinkageModule.linkable.linkageQuote, field: "cooperative_id" }, CooperativeModule.linkable.cooperative, { readOnly: true })
