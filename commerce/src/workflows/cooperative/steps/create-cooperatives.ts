import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ValidCooperative } from "../../../lib/cooperative-input"
import { figureRecordOf } from "../../../lib/registry/figures"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export const createCooperativesStep = createStep(
  "create-cooperatives",
  async ({ cooperatives, actor }: { cooperatives: ValidCooperative[]; actor?: { id: string | null; name: string } }, { container }) => {
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const taken = await service.listCooperatives({ handle: cooperatives.map((c) => c.handle) }, { select: ["handle"] })
    if (taken.length) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `Đã có hợp tác xã với mã đường dẫn: ${taken.map((c) => c.handle).join(", ")}`
      )
    }
    const numbers = cooperatives.flatMap((c) => (c.registration_number ? [c.registration_number] : []))
    const numberTaken = numbers.length ? await service.listCooperatives({ registration_number: numbers }, { select: ["registration_number", "name"] }) : []
    if (numberTaken.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `registration_number: ${numberTaken.map((c) => `Số đăng ký “${c.registration_number}” đã thuộc về ${c.name}`).join("; ")}`
      )
    }
    const today = new Date(new Date().toISOString().slice(0, 10))
    const created = await service.createCooperatives(cooperatives.map(({ management_roles: _roles, ...c }) => ({ ...c, figures_as_of: today })))
    try {
      const roles = cooperatives.flatMap((c, i) => c.management_roles.map((r) => ({ ...r, cooperative_id: created[i].id })))
      if (roles.length) await service.createManagementRoles(roles)
      // The counts given at creation are the cooperative's first figure record.
      await service.createCooperativeFigureRecords(
        cooperatives.map((c, i) => figureRecordOf(c, today, c.is_demo ? "demo" : "registry", actor, created[i].id))
      )
    } catch (e) {
      await service.deleteCooperatives(created.map((c) => c.id))
      throw e
    }
    return new StepResponse(created, created.map((c) => c.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    await service.deleteCooperatives(ids)
  }
)
