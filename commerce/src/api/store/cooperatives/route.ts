import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { toStoreCooperative } from "./helpers"

/** GET /store/cooperatives — active cooperatives only; `?locale=en-US` gives their English texts where there are. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { kind, ward_code } = req.filterableFields as { kind?: "hop_tac_xa" | "to_hop_tac" | "to_lien_ket" | "ho_kinh_doanh"; ward_code?: string }
  const { data, metadata } = await query.graph({
    entity: "cooperative",
    ...req.queryConfig,
    filters: { status: "active" as const, ...(kind ? { kind } : {}), ...(ward_code ? { ward_code } : {}) },
  }, { locale: req.locale })
  res.json({
    cooperatives: data.map((c) => toStoreCooperative(c)),
    count: metadata?.count ?? data.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? data.length,
  })
}
