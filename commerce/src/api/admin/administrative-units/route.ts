import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { KHANH_HOA_PROVINCE_CODE, listWards } from "../../../lib/administrative-units"

/**
 * GET /admin/administrative-units — Khánh Hòa's wards (2025 units) and the former districts each
 * was made from, for the registry's pickers and the indicators' area filter.
 */
export async function GET(_req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const wards = listWards(KHANH_HOA_PROVINCE_CODE)
    .map((w) => ({ code: w.code, name: w.name, former_districts: w.formerDistricts }))
    .sort((a, b) => a.name.localeCompare(b.name, "vi"))
  const formerDistricts = [...new Set(wards.flatMap((w) => w.former_districts))].sort((a, b) => a.localeCompare(b, "vi"))
  res.json({ province_code: KHANH_HOA_PROVINCE_CODE, province_name: "Khánh Hòa", wards, former_districts: formerDistricts })
}
