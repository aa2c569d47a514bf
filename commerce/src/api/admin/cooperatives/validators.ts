import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"

export const AdminListCooperativesParams = createFindParams({ limit: 50, offset: 0 }).extend({
  status: z.enum(["pending", "active", "suspended"]).optional(),
})

export const AdminUpdateCooperativeStatus = z.object({
  status: z.enum(["pending", "active", "suspended"], { error: "Trạng thái phải là pending, active hoặc suspended" }),
})
export type AdminUpdateCooperativeStatusType = z.infer<typeof AdminUpdateCooperativeStatus>
