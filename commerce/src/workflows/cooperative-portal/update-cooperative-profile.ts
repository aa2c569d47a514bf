import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type ProfileChange, updateCooperativeProfileStep } from "./steps/update-cooperative-profile"

export const updateCooperativeProfileWorkflow = createWorkflow("update-cooperative-profile", (input: { id: string; change: ProfileChange }) => {
  return new WorkflowResponse(updateCooperativeProfileStep(input))
})
