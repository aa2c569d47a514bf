import { model } from "@medusajs/framework/utils"
import { CooperativeStaff } from "./cooperative-staff"
import { ManagementRole } from "./management-role"
import { CooperativeOrderPart } from "./order-part"
import { CooperativeStaffInvite } from "./staff-invite"

export const COOPERATIVE_KINDS = ["hop_tac_xa", "to_hop_tac", "to_lien_ket", "ho_kinh_doanh"] as const
export const COOPERATIVE_STATUSES = ["pending", "active", "suspended"] as const

/**
 * A cooperative (hợp tác xã, tổ hợp tác, tổ liên kết or household business) that sells
 * through the shop. Its address uses the two-level units in force since 1 July 2025;
 * `former_district` keeps the pre-2025 district because the Union's plan still reports by it.
 */
export const Cooperative = model
  .define("cooperative", {
    id: model.id({ prefix: "coop" }).primaryKey(),
    handle: model.text().unique(),
    name: model.text().searchable(),
    kind: model.enum([...COOPERATIVE_KINDS]),
    status: model.enum([...COOPERATIVE_STATUSES]).default("pending"),
    province_code: model.text(),
    ward_code: model.text(),
    ward_name: model.text(),
    former_district: model.text(),
    street_address: model.text().nullable(),
    registration_number: model.text().nullable(),
    founded_on: model.dateTime().nullable(),
    members_total: model.number().default(0),
    members_women: model.number().default(0),
    workers_total: model.number().default(0),
    workers_women: model.number().default(0),
    phone: model.text().nullable(),
    zalo_phone: model.text().nullable(),
    facebook_url: model.text().nullable(),
    email: model.text().nullable(),
    description: model.text().nullable(),
    logo_url: model.text().nullable(),
    is_demo: model.boolean().default(false),
    management_roles: model.hasMany(() => ManagementRole, { mappedBy: "cooperative" }),
    staff: model.hasMany(() => CooperativeStaff, { mappedBy: "cooperative" }),
    invites: model.hasMany(() => CooperativeStaffInvite, { mappedBy: "cooperative" }),
    order_parts: model.hasMany(() => CooperativeOrderPart, { mappedBy: "cooperative" }),
  })
  .cascades({ delete: ["management_roles", "staff", "invites", "order_parts"] })
