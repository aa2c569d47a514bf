import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createCooperativeStaffStep, type CreateCooperativeStaffInput } from "./steps/create-cooperative-staff"

export const COOPERATIVE_STAFF_ACTOR = "cooperative_staff"

/**
 * Creates a cooperative staff member and binds an auth identity to it (app_metadata
 * `cooperative_staff_id`), so that `/auth/cooperative_staff/emailpass` issues tokens for it.
 * The seed uses it directly; invitees go through acceptStaffInviteWorkflow.
 */
export const createCooperativeStaffWorkflow = createWorkflow(
  "create-cooperative-staff",
  (input: { auth_identity_id: string; staff: CreateCooperativeStaffInput }) => {
    const staff = createCooperativeStaffStep(input.staff)
    setAuthAppMetadataStep({ authIdentityId: input.auth_identity_id, actorType: COOPERATIVE_STAFF_ACTOR, value: staff.id })
    return new WorkflowResponse(staff)
  }
)
