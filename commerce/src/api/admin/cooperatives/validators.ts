import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"

export const AdminListCooperativesParams = createFindParams({ limit: 50, offset: 0 }).extend({
  status: z.enum(["pending", "active", "suspended"]).optional(),
})

const STATUSES = ["pending", "active", "suspended"] as const

export const AdminUpdateCooperativeStatus = z.object({
  // A custom check, so that Medusa passes our bilingual message through instead of its own.
  status: z.custom<(typeof STATUSES)[number]>((v) => typeof v === "string" && (STATUSES as readonly string[]).includes(v), {
    error: "Trạng thái phải là pending, active hoặc suspended / status must be pending, active or suspended",
  }),
})
export type AdminUpdateCooperativeStatusType = z.infer<typeof AdminUpdateCooperativeStatus>

export const AdminInviteCooperativeStaff = z.object({
  email: z.email({ error: "Email không hợp lệ / invalid email" }).transform((e) => e.trim().toLowerCase()),
  full_name: z.string().trim().min(2, { error: "Cần họ tên người được mời / full name required" }).max(120),
})
export type AdminInviteCooperativeStaffType = z.infer<typeof AdminInviteCooperativeStaff>
