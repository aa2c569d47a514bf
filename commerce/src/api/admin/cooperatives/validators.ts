import { z } from "@medusajs/framework/zod"
import { pastDate } from "../../../lib/cooperative-input"
import { COOPERATIVE_KINDS, COOPERATIVE_STATUSES, REGISTRY_STATUSES } from "../../../modules/cooperative/models/cooperative"

const flag = z.enum(["true", "false"], { error: "Giá trị phải là true hoặc false" }).transform((v) => v === "true").optional()

/** GET /admin/cooperatives: search and filters of the registry list. */
export const AdminListCooperativesParams = z.object({
  q: z.string().trim().max(200, { error: "Từ khóa quá dài" }).optional(),
  kind: z.enum(COOPERATIVE_KINDS, { error: "Loại hình không hợp lệ" }).optional(),
  status: z.enum(COOPERATIVE_STATUSES, { error: "Trạng thái bán hàng không hợp lệ" }).optional(),
  registry_status: z.enum(REGISTRY_STATUSES, { error: "Tình trạng hoạt động không hợp lệ" }).optional(),
  ward_code: z.string().trim().max(10).optional(),
  former_district: z.string().trim().max(120).optional(),
  women_in_management: flag,
  woman_led: flag,
  women_majority_workforce: flag,
  selling: flag,
  limit: z.coerce.number({ error: "limit phải là số" }).int().min(1).max(500, { error: "limit tối đa 500" }).default(50),
  offset: z.coerce.number({ error: "offset phải là số" }).int().min(0).default(0),
})
export type AdminListCooperativesParamsType = z.infer<typeof AdminListCooperativesParams>

const STATUSES = COOPERATIVE_STATUSES

export const AdminUpdateCooperativeStatus = z.object({
  // A custom check, so that Medusa passes our bilingual message through instead of its own.
  status: z.custom<(typeof STATUSES)[number]>((v) => typeof v === "string" && (STATUSES as readonly string[]).includes(v), {
    error: "Trạng thái phải là pending, active, suspended hoặc unlisted / status must be pending, active, suspended or unlisted",
  }),
  reason: z.string().trim().max(1000, { error: "Lý do quá dài / reason too long" }).optional(),
})
export type AdminUpdateCooperativeStatusType = z.infer<typeof AdminUpdateCooperativeStatus>

export const AdminInviteCooperativeStaff = z.object({
  email: z.email({ error: "Email không hợp lệ / invalid email" }).transform((e) => e.trim().toLowerCase()),
  full_name: z.string().trim().min(2, { error: "Cần họ tên người được mời / full name required" }).max(120),
})
export type AdminInviteCooperativeStaffType = z.infer<typeof AdminInviteCooperativeStaff>


/** POST /admin/cooperatives/:id/registry-status */
export const AdminChangeRegistryStatus = z.object({
  registry_status: z.enum(REGISTRY_STATUSES, { error: "Tình trạng phải là operating (đang hoạt động), suspended (tạm ngừng) hoặc dissolved (giải thể)" }),
  effective_on: pastDate("Ngày có hiệu lực"),
  reason: z.string({ error: "Cần ghi lý do" }).trim().min(5, { error: "Cần ghi lý do (ít nhất 5 ký tự)" }).max(1000, { error: "Lý do quá dài" }),
})

/** POST /admin/cooperatives/:id/management — open a seat, end one, or both (a change of holder). */
export const AdminChangeManagement = z
  .object({
    add: z
      .object({
        role: z.enum(["chair", "board_member", "director", "deputy_director", "supervisory_board"], { error: "Chức danh không hợp lệ" }),
        holder_name: z.string({ error: "Cần họ tên" }).trim().min(2, { error: "Cần họ tên người giữ chức danh" }).max(120, { error: "Họ tên quá dài" }),
        holder_gender: z.enum(["female", "male"], { error: "Giới tính phải là nữ (female) hoặc nam (male)" }),
        started_on: pastDate("Ngày nhận chức").optional(),
      })
      .optional(),
    end: z.object({ seat_id: z.string().min(1).max(100), ended_on: pastDate("Ngày kết thúc") }).optional(),
    reason: z.string().trim().max(1000, { error: "Lý do quá dài" }).optional(),
  })
  .refine((b) => b.add || b.end, { error: "Cần thêm một chức danh (add) hoặc kết thúc một chức danh (end)" })
