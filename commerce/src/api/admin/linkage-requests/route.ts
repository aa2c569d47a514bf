import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LINKAGE_MODULE } from "../../../modules/linkage"
import type LinkageModuleService from "../../../modules/linkage/service"
import { loadRequests, unionView } from "../../utils/linkage-views"
import { answerZod } from "../cooperatives/registry-answers"
import { AdminListLinkageParams } from "./validators"

/**
 * GET /admin/linkage-requests — every linkage request (Union staff), newest first, filtered by state,
 * category, delivery province or ward, a cooperative it was routed to, and words of its title, buyer
 * or company; each with where it went, every answer and the outcome.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const parsed = AdminListLinkageParams.safeParse(req.query)
  if (!parsed.success) return answerZod(res, parsed.error)
  const p = parsed.data
  const filters: Record<string, unknown> = {}
  if (p.status) filters.status = p.status
  if (p.category_id) filters.category_id = p.category_id
  if (p.province_code) filters.province_code = p.province_code
  if (p.ward_code) filters.ward_code = p.ward_code
  if (p.q) {
    const like = `%${p.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    filters.$or = [{ title: { $ilike: like } }, { company_name: { $ilike: like } }, { contact_name: { $ilike: like } }, { email: { $ilike: like } }]
  }
  if (p.cooperative_id) {
    const service: LinkageModuleService = req.scope.resolve(LINKAGE_MODULE)
    const routes = await service.listLinkageRoutes({ cooperative_id: p.cooperative_id }, { select: ["request_id"] })
    filters.id = routes.map((r) => (r as unknown as { request_id: string }).request_id)
    if (!(filters.id as string[]).length) return res.json({ linkage_requests: [], count: 0, offset: p.offset, limit: p.limit })
  }
  const { rows, count } = await loadRequests(req.scope, filters, { skip: p.offset, take: p.limit })
  res.json({ linkage_requests: rows.map(unionView), count, offset: p.offset, limit: p.limit })
}
