import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_STATUSES } from "../../../modules/cooperative/models/cooperative"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

type Status = (typeof COOPERATIVE_STATUSES)[number]

export const updateCooperativeStatusStep = createStep(
  "update-cooperative-status",
  async (input: { id: string; status: Status; actor?: { id: string | null; name: string }; reason?: string | null }, { container }) => {
    if (!COOPERATIVE_STATUSES.includes(input.status)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Trạng thái phải là pending, active, suspended hoặc unlisted")
    }
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const before = await service.retrieveCooperative(input.id)
    const after = await service.updateCooperatives({ id: input.id, status: input.status })
    let changeId: string | undefined
    if (before.status !== input.status) {
      const change = await service.createCooperativeChanges({
        field: "status",
        old_value: before.status,
        new_value: input.status,
        reason: input.reason ?? null,
        actor_id: input.actor?.id ?? null,
        actor_name: input.actor?.name ?? "(hệ thống)",
        cooperative_id: input.id,
      })
      changeId = change.id
    }
    return new StepResponse(after, { id: input.id, status: before.status as Status, changeId })
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    if (previous.changeId) await service.deleteCooperativeChanges([previous.changeId])
    await service.updateCooperatives({ id: previous.id, status: previous.status })
  }
)
