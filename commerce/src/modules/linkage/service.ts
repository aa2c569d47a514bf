import { MedusaService } from "@medusajs/framework/utils"
import { LinkageQuote } from "./models/linkage-quote"
import { LinkageRequest } from "./models/linkage-request"
import { LinkageRoute } from "./models/linkage-route"

export default class LinkageModuleService extends MedusaService({
  LinkageRequest,
  LinkageRoute,
  LinkageQuote,
}) {}
