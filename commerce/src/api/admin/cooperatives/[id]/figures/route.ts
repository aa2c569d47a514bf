import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { figureRecordInputSchema } from "../../../../../lib/cooperative-input"
import { COOPERATIVE_MODULE } from "../../../../../modules/cooperative"
import type CooperativeModuleService from "../../../../../modules/cooperative/service"
import { addCooperativeFigureRecordWorkflow } from "../../../../../workflows/registry"
import { adminActor } from "../../../../utils/admin-actor"
import { answerZod } from "../../registry-answers"

/**
 * POST /admin/cooperatives/:id/figures — counts as of a date (a monthly or six-monthly review).
 * A record for the same date replaces it; the latest record is the cooperative's current figures.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const parsed = figureRecordInputSchema.safeParse(req.body ?? {})
  if (!parsed.success) return answerZod(res, parsed.error)
  const service: CooperativeModuleService = req.scope.resolve(COOPERATIVE_MODULE)
  const [existing] = await service.listCooperatives({ id: req.params.id }, { select: ["id"] })
  if (!existing) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy hợp tác xã này trong sổ theo dõi")
  const { result } = await addCooperativeFigureRecordWorkflow(req.scope).run({
    input: { id: existing.id, record: parsed.data, actor: await adminActor(req) },
  })
  res.status(201).json(result)
}
