import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createStaffInviteStep, type CreateStaffInviteInput } from "./steps/create-staff-invite"

/** Union staff invite a person to a cooperative's portal; the result carries the one-time token. */
export const inviteCooperativeStaffWorkflow = createWorkflow("invite-cooperative-staff", (input: CreateStaffInviteInput) => {
  return new WorkflowResponse(createStaffInviteStep(input))
})
