import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { LINKAGE_EVENTS } from "./events"
import { addLinkageRoutesStep, type AddRoutesInput } from "./steps/add-linkage-routes"

/** The Union sends an open request to more cooperatives, who are told. */
export const routeLinkageRequestWorkflow = createWorkflow("route-linkage-request", (input: AddRoutesInput) => {
  const added = addLinkageRoutesStep(input)
  emitEventStep({ eventName: LINKAGE_EVENTS.routed, data: { id: added.request_id, cooperative_ids: added.cooperative_ids } })
  return new WorkflowResponse(added)
})
