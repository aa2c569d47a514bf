import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export interface CreateCooperativeStaffInput {
  cooperative_id: string
  email: string
  full_name: string
  phone?: string | null
}

export const createCooperativeStaffStep = createStep(
  "create-cooperative-staff",
  async (input: CreateCooperativeStaffInput, { container }) => {
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const [existing] = await service.listCooperativeStaffs({ email: input.email }, { select: ["id"] })
    if (existing) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `Email ${input.email} đã có tài khoản kênh hợp tác xã.`)
    const staff = await service.createCooperativeStaffs({
      cooperative_id: input.cooperative_id,
      email: input.email,
      full_name: input.full_name,
      phone: input.phone ?? null,
    })
    return new StepResponse(staff, staff.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    await service.deleteCooperativeStaffs(id)
  }
)
