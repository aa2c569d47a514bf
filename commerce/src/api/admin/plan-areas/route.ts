import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getProvince, KHANH_HOA_PROVINCE_CODE, listFormerDistricts, listWards } from "../../../lib/administrative-units"

/** GET /admin/plan-areas — the plan's reporting areas: the province, its former districts, its wards (2025 units). */
export async function GET(_req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({
    province: getProvince(KHANH_HOA_PROVINCE_CODE),
    former_districts: listFormerDistricts(KHANH_HOA_PROVINCE_CODE),
    wards: listWards(KHANH_HOA_PROVINCE_CODE)
      .map((w) => ({ code: w.code, name: w.name, former_districts: w.formerDistricts }))
      .sort((a, b) => a.name.localeCompare(b.name, "vi")),
  })
}
