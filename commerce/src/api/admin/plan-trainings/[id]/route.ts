import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { TOPIC_LABELS } from "../../../../lib/union-plan/input"
import { UNION_PLAN_MODULE } from "../../../../modules/union-plan"
import type UnionPlanModuleService from "../../../../modules/union-plan/service"

/** GET /admin/plan-trainings/:id — a training and everyone who attended it. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const plan: UnionPlanModuleService = req.scope.resolve(UNION_PLAN_MODULE)
  const [training] = await plan.listPlanTrainings({ id: req.params.id }, { relations: ["attendances"] })
  if (!training) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy lớp tập huấn này")
  res.json({ training: { ...training, topic_label: TOPIC_LABELS[training.topic] } })
}
