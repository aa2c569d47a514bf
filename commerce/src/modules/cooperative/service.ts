import { MedusaService } from "@medusajs/framework/utils"
import { Cooperative } from "./models/cooperative"
import { ManagementRole } from "./models/management-role"

export default class CooperativeModuleService extends MedusaService({
  Cooperative,
  ManagementRole,
}) {}
