import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { LINKAGE_EVENTS } from "./events"
import { saveLinkageAnswerStep, type LinkageAnswerInput } from "./steps/save-linkage-answer"

/** A cooperative quotes (or revises its quote) or declines a request routed to it; the buyer is told. */
export const answerLinkageRequestWorkflow = createWorkflow("answer-linkage-request", (input: LinkageAnswerInput) => {
  const saved = saveLinkageAnswerStep(input)
  const data = transform({ input, saved }, ({ input, saved }) => ({ request_id: input.request_id, quote_id: saved.id }))
  emitEventStep({ eventName: LINKAGE_EVENTS.answered, data })
  return new WorkflowResponse(saved)
})
