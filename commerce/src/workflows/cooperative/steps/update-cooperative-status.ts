import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_STATUSES } from "../../../modules/cooperative/models/cooperative"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

type Status = (typeof COOPERATIVE_STATUSES)[number]

export const updateCooperativeStatusStep = createStep(
  "update-cooperative-status",
  async (input: { id: string; status: Status }, { container }) => {
    if (!COOPERATIVE_STATUSES.includes(input.status)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Trạng thái phải là pending, active hoặc suspended")
    }
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const before = await service.retrieveCooperative(input.id)
    const after = await service.updateCooperatives({ id: input.id, status: input.status })
    return new StepResponse(after, { id: input.id, status: before.status as Status })
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    await service.updateCooperatives(previous)
  }
)
