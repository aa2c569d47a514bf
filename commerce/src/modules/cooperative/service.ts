import { MedusaService } from "@medusajs/framework/utils"
import { Cooperative } from "./models/cooperative"
import { CooperativeStaff } from "./models/cooperative-staff"
import { ManagementRole } from "./models/management-role"
import { CooperativeOrderPart } from "./models/order-part"
import { CooperativeStaffInvite } from "./models/staff-invite"

export default class CooperativeModuleService extends MedusaService({
  Cooperative,
  ManagementRole,
  CooperativeStaff,
  CooperativeStaffInvite,
  CooperativeOrderPart,
}) {}
