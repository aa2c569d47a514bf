import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { COOPERATIVE_UPDATED_EVENT } from "../../lib/search/events"
import { type ProfileChange, updateCooperativeProfileStep } from "./steps/update-cooperative-profile"

export const updateCooperativeProfileWorkflow = createWorkflow("update-cooperative-profile", (input: { id: string; change: ProfileChange }) => {
  const cooperative = updateCooperativeProfileStep(input)
  // The cooperative's name is in its products' search documents.
  const event = transform({ input }, ({ input }) => ({ id: input.id }))
  emitEventStep({ eventName: COOPERATIVE_UPDATED_EVENT, data: event })
  return new WorkflowResponse(cooperative)
})
