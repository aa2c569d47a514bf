import { model } from "@medusajs/framework/utils"
import { CooperativeChange } from "./cooperative-change"
import { CooperativeFigureRecord } from "./figure-record"
import { CooperativeStaff } from "./cooperative-staff"
import { CooperativeStatusChange, REGISTRY_STATUSES } from "./status-change"
import { ManagementRole } from "./management-role"
import { CooperativeOrderPart } from "./order-part"
import { CooperativeStaffInvite } from "./staff-invite"

export const COOPERATIVE_KINDS = ["hop_tac_xa", "to_hop_tac", "to_lien_ket", "ho_kinh_doanh"] as const
/**
 * Selling on the marketplace, separate from the registry: `unlisted` cooperatives are in the
 * province's registry but do not sell here; `pending` wait for the Union's approval.
 */
export const COOPERATIVE_STATUSES = ["pending", "active", "suspended", "unlisted"] as const
export { REGISTRY_STATUSES }

/**
 * A cooperative (hợp tác xã, tổ hợp tác, tổ liên kết or household business) in the province's
 * registry kept by the Union, whether or not it sells through the shop (`status`). Its address uses the two-level units in force since 1 July 2025;
 * `former_district` keeps the pre-2025 district because the Union's plan still reports by it.
 */
export const Cooperative = model
  .define("cooperative", {
    id: model.id({ prefix: "coop" }).primaryKey(),
    handle: model.text().unique(),
    name: model.text().searchable(),
    kind: model.enum([...COOPERATIVE_KINDS]),
    status: model.enum([...COOPERATIVE_STATUSES]).default("pending"),
    registry_status: model.enum([...REGISTRY_STATUSES]).default("operating"),
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
    /** The member/worker counts above are a copy of the latest figure record, dated here. */
    women_stable_jobs: model.number().default(0),
    women_avg_monthly_income_vnd: model.number().nullable(),
    figures_as_of: model.dateTime().nullable(),
    contact_name: model.text().nullable(),
    phone: model.text().nullable(),
    zalo_phone: model.text().nullable(),
    facebook_url: model.text().nullable(),
    email: model.text().nullable(),
    // the profile text; an English one is kept by the Translation Module (Admin: Settings → Translations)
    description: model.text().translatable().nullable(),
    logo_url: model.text().nullable(),
    is_demo: model.boolean().default(false),
    management_roles: model.hasMany(() => ManagementRole, { mappedBy: "cooperative" }),
    staff: model.hasMany(() => CooperativeStaff, { mappedBy: "cooperative" }),
    invites: model.hasMany(() => CooperativeStaffInvite, { mappedBy: "cooperative" }),
    order_parts: model.hasMany(() => CooperativeOrderPart, { mappedBy: "cooperative" }),
    figure_records: model.hasMany(() => CooperativeFigureRecord, { mappedBy: "cooperative" }),
    changes: model.hasMany(() => CooperativeChange, { mappedBy: "cooperative" }),
    status_changes: model.hasMany(() => CooperativeStatusChange, { mappedBy: "cooperative" }),
  })
  .indexes([{ on: ["registration_number"], unique: true, where: "deleted_at IS NULL AND registration_number IS NOT NULL" }])
  .cascades({ delete: ["management_roles", "staff", "invites", "order_parts", "figure_records", "changes", "status_changes"] })
