import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { COOPERATIVE_MODULE } from "../../../../../modules/cooperative"
import type CooperativeModuleService from "../../../../../modules/cooperative/service"
import { changeCooperativeRegistryStatusWorkflow } from "../../../../../workflows/registry"
import { adminActor } from "../../../../utils/admin-actor"
import { answerZod } from "../../registry-answers"
import { AdminChangeRegistryStatus } from "../../validators"

/** POST /admin/cooperatives/:id/registry-status — suspended / operating again / dissolved from a date, with the reason. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const parsed = AdminChangeRegistryStatus.safeParse(req.body ?? {})
  if (!parsed.success) return answerZod(res, parsed.error)
  const service: CooperativeModuleService = req.scope.resolve(COOPERATIVE_MODULE)
  const [existing] = await service.listCooperatives({ id: req.params.id }, { select: ["id"] })
  if (!existing) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy hợp tác xã này trong sổ theo dõi")
  const { result } = await changeCooperativeRegistryStatusWorkflow(req.scope).run({
    input: { id: existing.id, ...parsed.data, actor: await adminActor(req) },
  })
  res.json(result)
}
