import { MedusaService } from "@medusajs/framework/utils"
import { Cooperative } from "./models/cooperative"
import { CooperativeStaff } from "./models/cooperative-staff"
import { ManagementRole } from "./models/management-role"
import { OrderPart } from "./models/order-part"
import { StaffInvite } from "./models/staff-invite"

export default class CooperativeModuleService extends MedusaService({
  Cooperative,
  ManagementRole,
  CooperativeStaff,
  StaffInvite,
  OrderPart,
}) {}
