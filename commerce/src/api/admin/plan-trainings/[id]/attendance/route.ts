import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { attendanceInputSchema } from "../../../../../lib/union-plan/input"
import { UNION_PLAN_MODULE } from "../../../../../modules/union-plan"
import type UnionPlanModuleService from "../../../../../modules/union-plan/service"
import { answerZod } from "../../../cooperatives/registry-answers"
import { addAttendance } from "../../helpers"

/** POST /admin/plan-trainings/:id/attendance — `{ attendees: [{ cadre_id, passed } | { management_role_id, passed }] }`; a person already listed is not added twice. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const plan: UnionPlanModuleService = req.scope.resolve(UNION_PLAN_MODULE)
  const [training] = await plan.listPlanTrainings({ id: req.params.id }, { select: ["id"] })
  if (!training) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy lớp tập huấn này")
  const parsed = attendanceInputSchema.safeParse(req.body ?? {})
  if (!parsed.success) return answerZod(res, parsed.error)
  await addAttendance(req, res, training.id, parsed.data.attendees)
}
