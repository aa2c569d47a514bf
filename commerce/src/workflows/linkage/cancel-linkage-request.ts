import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { cancelRefusal } from "../../lib/linkage/rules"
import { stateRefusal } from "../../lib/linkage/errors"
import { LINKAGE_MODULE } from "../../modules/linkage"
import type LinkageModuleService from "../../modules/linkage/service"
import { LINKAGE_EVENTS } from "./events"

/** The request closed as cancelled, while it is open (an accepted one has an order: that is cancelled as an order). */
const markRequestCancelledStep = createStep(
  "mark-linkage-request-cancelled",
  async (input: { request_id: string }, { container }) => {
    const service: LinkageModuleService = container.resolve(LINKAGE_MODULE)
    const request = await service.retrieveLinkageRequest(input.request_id, { select: ["id", "status"] })
    const refusal = cancelRefusal(request)
    if (refusal) throw stateRefusal(refusal)
    await service.updateLinkageRequests({ id: input.request_id, status: "cancelled", cancelled_at: new Date() })
    const routes = await service.listLinkageRoutes({ request_id: input.request_id }, { select: ["cooperative_id"] })
    return new StepResponse({ id: input.request_id, cooperative_ids: routes.map((r) => r.cooperative_id) }, input.request_id)
  },
  async (requestId, { container }) => {
    if (!requestId) return
    const service: LinkageModuleService = container.resolve(LINKAGE_MODULE)
    await service.updateLinkageRequests({ id: requestId, status: "open", cancelled_at: null })
  }
)

/**
 * The buyer withdraws her open request: it closes as cancelled (no quote can be made or accepted any
 * more) and the cooperatives it reached are told. Under the same lock as an acceptance, so a cancel and
 * an accept at the same moment cannot both go through.
 */
export const cancelLinkageRequestWorkflow = createWorkflow("cancel-linkage-request", (input: { request_id: string }) => {
  const lockKey = transform({ input }, ({ input }) => `linkage-request:${input.request_id}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })
  const cancelled = markRequestCancelledStep(input)
  emitEventStep({ eventName: LINKAGE_EVENTS.cancelled, data: cancelled })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(cancelled)
})
