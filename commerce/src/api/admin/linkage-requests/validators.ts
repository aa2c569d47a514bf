import { z } from "@medusajs/framework/zod"
import { LINKAGE_REQUEST_STATUSES } from "../../../lib/linkage/units"

/** GET /admin/linkage-requests: the Union's filters (messages in Vietnamese, for staff). */
export const AdminListLinkageParams = z
  .object({
    q: z.string().trim().max(200, { error: "Từ khóa quá dài" }).optional(),
    status: z.enum(LINKAGE_REQUEST_STATUSES, { error: "Trạng thái phải là open, accepted hoặc cancelled" }).optional(),
    category_id: z.string().trim().max(64, { error: "Mã nhóm hàng quá dài" }).optional(),
    province_code: z.string().trim().max(10, { error: "Mã tỉnh quá dài" }).optional(),
    ward_code: z.string().trim().max(10, { error: "Mã phường/xã quá dài" }).optional(),
    cooperative_id: z.string().trim().max(64, { error: "Mã hợp tác xã quá dài" }).optional(),
    limit: z.coerce.number({ error: "limit phải là số" }).int({ error: "limit phải là số nguyên" }).min(1, { error: "limit tối thiểu 1" }).max(200, { error: "limit tối đa 200" }).default(50),
    offset: z.coerce.number({ error: "offset phải là số" }).int({ error: "offset phải là số nguyên" }).min(0, { error: "offset không được âm" }).default(0),
  })
  .catchall(z.never({ error: "Tham số không được hỗ trợ: dùng q, status, category_id, province_code, ward_code, cooperative_id, limit, offset" }))
