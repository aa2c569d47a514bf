import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVITE_VALID_DAYS, newInviteToken } from "../../../lib/invite-token"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export interface CreateStaffInviteInput {
  cooperative_id: string
  email: string
  full_name: string
}

/** Stores the hash of a fresh token; the token itself is returned once, for the link. */
export const createStaffInviteStep = createStep(
  "create-cooperative-staff-invite",
  async (input: CreateStaffInviteInput, { container }) => {
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const [cooperative] = await service.listCooperatives({ id: input.cooperative_id }, { select: ["id", "status"] })
    if (!cooperative) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không có hợp tác xã ${input.cooperative_id}`)
    if (cooperative.status === "suspended") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Hợp tác xã đang bị tạm ngừng: không thể mời thêm người.")
    }
    const [staff] = await service.listCooperativeStaffs({ email: input.email }, { select: ["id"] })
    if (staff) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `Email ${input.email} đã có tài khoản kênh hợp tác xã.`)
    const { token, hash } = newInviteToken()
    const invite = await service.createCooperativeStaffInvites({
      cooperative_id: input.cooperative_id,
      email: input.email,
      full_name: input.full_name,
      token_hash: hash,
      expires_at: new Date(Date.now() + INVITE_VALID_DAYS * 24 * 3600 * 1000),
    })
    return new StepResponse({ invite, token }, invite.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    await service.deleteCooperativeStaffInvites(id)
  }
)
