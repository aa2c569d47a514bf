import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ValidCooperative } from "../../../lib/cooperative-input"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export const createCooperativesStep = createStep(
  "create-cooperatives",
  async (cooperatives: ValidCooperative[], { container }) => {
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const taken = await service.listCooperatives({ handle: cooperatives.map((c) => c.handle) }, { select: ["handle"] })
    if (taken.length) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `Đã có hợp tác xã với mã đường dẫn: ${taken.map((c) => c.handle).join(", ")}`
      )
    }
    const created = await service.createCooperatives(cooperatives.map(({ management_roles: _roles, ...c }) => c))
    const roles = cooperatives.flatMap((c, i) => c.management_roles.map((r) => ({ ...r, cooperative_id: created[i].id })))
    if (roles.length) await service.createManagementRoles(roles)
    return new StepResponse(created, created.map((c) => c.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    await service.deleteCooperatives(ids)
  }
)
