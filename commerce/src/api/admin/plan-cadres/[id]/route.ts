import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { cadreInputSchema } from "../../../../lib/union-plan/input"
import { UNION_PLAN_MODULE } from "../../../../modules/union-plan"
import type UnionPlanModuleService from "../../../../modules/union-plan/service"
import { updateCadreWorkflow } from "../../../../workflows/union-plan"
import { answerZod } from "../../cooperatives/registry-answers"

/** POST /admin/plan-cadres/:id — edit a cadre (the whole record), e.g. `active_to` when she leaves the post. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const parsed = cadreInputSchema.safeParse(req.body ?? {})
  if (!parsed.success) return answerZod(res, parsed.error)
  const plan: UnionPlanModuleService = req.scope.resolve(UNION_PLAN_MODULE)
  const [existing] = await plan.listPlanCadres({ id: req.params.id }, { select: ["id"] })
  if (!existing) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy cán bộ này")
  const { result } = await updateCadreWorkflow(req.scope).run({ input: { id: existing.id, ...parsed.data } })
  res.json({ cadre: result })
}
