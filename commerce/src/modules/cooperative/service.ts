import { MedusaService } from "@medusajs/framework/utils"
import { Cooperative } from "./models/cooperative"
import { CooperativeChange } from "./models/cooperative-change"
import { CooperativeFigureRecord } from "./models/figure-record"
import { CooperativeStatusChange } from "./models/status-change"
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
  CooperativeFigureRecord,
  CooperativeChange,
  CooperativeStatusChange,
}) {}
