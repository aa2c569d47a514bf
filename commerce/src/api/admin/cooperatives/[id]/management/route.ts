import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { COOPERATIVE_MODULE } from "../../../../../modules/cooperative"
import type CooperativeModuleService from "../../../../../modules/cooperative/service"
import { changeCooperativeManagementWorkflow } from "../../../../../workflows/registry"
import { adminActor } from "../../../../utils/admin-actor"
import { answerWorkflowRefusal, answerZod } from "../../registry-answers"
import { AdminChangeManagement } from "../../validators"

/**
 * POST /admin/cooperatives/:id/management — `{ add: { role, holder_name, holder_gender, started_on } }`
 * opens a seat, `{ end: { seat_id, ended_on } }` ends one; both together record a change of holder.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const parsed = AdminChangeManagement.safeParse(req.body ?? {})
  if (!parsed.success) return answerZod(res, parsed.error)
  const service: CooperativeModuleService = req.scope.resolve(COOPERATIVE_MODULE)
  const [existing] = await service.listCooperatives({ id: req.params.id }, { select: ["id"] })
  if (!existing) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy hợp tác xã này trong sổ theo dõi")
  try {
    const { result } = await changeCooperativeManagementWorkflow(req.scope).run({
      input: { id: existing.id, ...parsed.data, actor: await adminActor(req) },
    })
    res.json(result)
  } catch (e) {
    answerWorkflowRefusal(res, e)
  }
}
