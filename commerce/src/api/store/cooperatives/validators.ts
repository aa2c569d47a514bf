import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"

export const StoreListCooperativesParams = createFindParams({ limit: 50, offset: 0 }).extend({
  kind: z.enum(["hop_tac_xa", "to_hop_tac", "to_lien_ket", "ho_kinh_doanh"]).optional(),
  ward_code: z.string().max(20).optional(),
})

export const StoreGetCooperativeParams = createSelectParams()
