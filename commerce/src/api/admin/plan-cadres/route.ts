import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { cadreInputSchema } from "../../../lib/union-plan/input"
import { UNION_PLAN_MODULE } from "../../../modules/union-plan"
import type UnionPlanModuleService from "../../../modules/union-plan/service"
import { createCadreWorkflow } from "../../../workflows/union-plan"
import { answerZod } from "../cooperatives/registry-answers"

const ListParams = z.object({
  q: z.string().trim().max(200, { error: "Từ khóa quá dài" }).optional(),
  former_district: z.string().trim().max(120).optional(),
  limit: z.coerce.number({ error: "limit phải là số" }).int().min(1).max(1000, { error: "limit tối đa 1.000" }).default(100),
  offset: z.coerce.number({ error: "offset phải là số" }).int().min(0).default(0),
})

/** GET /admin/plan-cadres — Union cadres working on the collective economy, with how many trainings each attended. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const parsed = ListParams.safeParse(req.query)
  if (!parsed.success) return answerZod(res, parsed.error)
  const p = parsed.data
  const plan: UnionPlanModuleService = req.scope.resolve(UNION_PLAN_MODULE)
  const filters: Record<string, unknown> = {}
  if (p.former_district) filters.former_district = p.former_district
  if (p.q) filters.$or = [{ full_name: { $ilike: `%${p.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` } }, { unit: { $ilike: `%${p.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` } }]
  const [cadres, count] = await plan.listAndCountPlanCadres(filters, { order: { full_name: "ASC" }, skip: p.offset, take: p.limit, relations: ["attendances"] })
  res.json({
    cadres: cadres.map(({ attendances, ...c }) => ({
      ...c,
      trainings_attended: (attendances ?? []).length,
      passed_assessment: (attendances ?? []).some((a) => a.passed === true),
    })),
    count,
    offset: p.offset,
    limit: p.limit,
  })
}

/** POST /admin/plan-cadres — a cadre; 400 with every problem by field. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const parsed = cadreInputSchema.safeParse(req.body ?? {})
  if (!parsed.success) return answerZod(res, parsed.error)
  const { result } = await createCadreWorkflow(req.scope).run({ input: parsed.data })
  res.status(201).json({ cadre: result })
}
