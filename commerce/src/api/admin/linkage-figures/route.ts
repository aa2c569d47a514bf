import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { linkageFigures } from "../../../lib/linkage/figures"
import { bounds, describePeriod, parsePeriod, vietnamDate } from "../../../lib/plan-indicators/period"
import { LINKAGE_MODULE } from "../../../modules/linkage"
import type LinkageModuleService from "../../../modules/linkage/service"

/**
 * GET /admin/linkage-figures?from=YYYY-MM&to=YYYY-MM — the linkage the Union reports, for a period
 * (default: this month): requests made, and per cooperative the requests that reached it, its quotes
 * and refusals, its contracts (accepted quotes) and their value (lib/linkage/figures.ts).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const unknown = Object.keys(req.query).filter((k) => k !== "from" && k !== "to")
  if (unknown.length) return res.status(400).json({ type: "invalid_data", message: `Tham số không được hỗ trợ: ${unknown.join(", ")}. Dùng from, to (YYYY-MM).` })
  const parsed = parsePeriod(req.query as { from?: unknown; to?: unknown })
  if (!parsed.ok) return res.status(400).json({ type: "invalid_data", message: parsed.message, errors: [{ field: parsed.field, message: parsed.message }] })
  const b = bounds(parsed.period)
  const service: LinkageModuleService = req.scope.resolve(LINKAGE_MODULE)
  const day = (d: unknown) => vietnamDate(new Date(d as string))
  // every row of the three tables is small; a province sees hundreds of requests a year, not millions
  const [requests, routes, quotes] = await Promise.all([
    service.listLinkageRequests({}, { select: ["id", "status", "created_at"] }),
    service.listLinkageRoutes({}, { select: ["cooperative_id", "created_at"] }),
    service.listLinkageQuotes({}, { select: ["cooperative_id", "status", "created_at", "accepted_at", "unit_price_vnd", "quantity", "delivery_fee_vnd"] }),
  ])
  const figures = linkageFigures(
    requests.map((r) => ({ created_on: day(r.created_at), status: r.status })),
    routes.map((r) => ({ cooperative_id: r.cooperative_id, routed_on: day(r.created_at) })),
    quotes.map((q) => ({ ...q, answered_on: day(q.created_at), accepted_on: q.accepted_at ? day(q.accepted_at) : null })),
    b
  )
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const ids = figures.cooperatives.map((c) => c.cooperative_id)
  const { data } = ids.length ? await query.graph({ entity: "cooperative", fields: ["id", "name", "handle", "former_district", "ward_name"], filters: { id: ids } }) : { data: [] }
  const named = new Map((data as { id: string; name: string; handle: string; former_district: string; ward_name: string }[]).map((c) => [c.id, c]))
  res.json({
    period: { ...parsed.period, start: b.start, end: b.end, label: describePeriod(parsed.period).label },
    ...figures,
    cooperatives: figures.cooperatives.map((c) => ({ ...c, cooperative: named.get(c.cooperative_id) ?? { id: c.cooperative_id, name: c.cooperative_id } })),
  })
}
