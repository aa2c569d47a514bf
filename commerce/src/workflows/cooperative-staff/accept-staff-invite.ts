import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { COOPERATIVE_STAFF_ACTOR } from "./create-cooperative-staff"
import { claimStaffInviteStep } from "./steps/claim-staff-invite"
import { createCooperativeStaffStep } from "./steps/create-cooperative-staff"

/**
 * The invitee has registered an emailpass identity (`/auth/cooperative_staff/emailpass/register`)
 * and presents the invite token: the invite is used up, the staff member is created under the
 * invite's cooperative, and the identity is bound to it. Any failure undoes all three.
 */
export const acceptStaffInviteWorkflow = createWorkflow(
  "accept-cooperative-staff-invite",
  (input: { token: string; auth_identity_id: string; email: string; phone?: string | null }) => {
    const invite = claimStaffInviteStep({ token: input.token, email: input.email })
    const staffInput = transform({ invite, input }, ({ invite, input }) => ({
      cooperative_id: invite.cooperative_id,
      email: invite.email,
      full_name: invite.full_name,
      phone: input.phone ?? null,
    }))
    const staff = createCooperativeStaffStep(staffInput)
    setAuthAppMetadataStep({ authIdentityId: input.auth_identity_id, actorType: COOPERATIVE_STAFF_ACTOR, value: staff.id })
    return new WorkflowResponse(staff)
  }
)
