import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { hashInviteToken } from "../../../lib/invite-token"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

/**
 * Marks an invite as used, after checking that it is unused, unexpired, for the email the
 * auth identity was registered with, and for a cooperative that is not suspended.
 */
export const claimStaffInviteStep = createStep(
  "claim-cooperative-staff-invite",
  async (input: { token: string; email: string }, { container }) => {
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const [invite] = await service.listCooperativeStaffInvites({ token_hash: hashInviteToken(input.token) }, { relations: ["cooperative"] })
    if (!invite) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Lời mời không tồn tại hoặc đã bị huỷ.")
    if (invite.accepted_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Lời mời này đã được dùng. Hãy đăng nhập.")
    if (new Date(invite.expires_at).getTime() < Date.now()) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Lời mời đã hết hạn. Hãy nhờ Hội LHPN tỉnh gửi lời mời mới.")
    }
    if (invite.email.toLowerCase() !== input.email.toLowerCase()) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Email đăng ký không trùng với email được mời.")
    }
    if (invite.cooperative?.status === "suspended") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Hợp tác xã đang bị tạm ngừng trên sàn.")
    }
    await service.updateCooperativeStaffInvites({ id: invite.id, accepted_at: new Date() })
    return new StepResponse(
      { id: invite.id, cooperative_id: invite.cooperative_id as string, email: invite.email, full_name: invite.full_name },
      invite.id
    )
  },
  async (id, { container }) => {
    if (!id) return
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    await service.updateCooperativeStaffInvites({ id, accepted_at: null })
  }
)
