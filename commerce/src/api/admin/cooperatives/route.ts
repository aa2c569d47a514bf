import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { toStoreCooperative } from "../../store/cooperatives/helpers"

/** GET /admin/cooperatives — every cooperative, whatever its status (Union staff). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { status } = req.filterableFields as { status?: "pending" | "active" | "suspended" }
  const { data, metadata } = await query.graph({
    entity: "cooperative",
    ...req.queryConfig,
    filters: status ? { status } : {},
  })
  res.json({
    cooperatives: data.map((c) => ({ ...toStoreCooperative(c), status: c.status })),
    count: metadata?.count ?? data.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? data.length,
  })
}
