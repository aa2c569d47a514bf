import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { LinkageRequestInput } from "../../lib/linkage/input"
import { LINKAGE_EVENTS } from "./events"
import { createLinkageRequestStep } from "./steps/create-linkage-request"
import { resolveRequestSubjectStep } from "./steps/resolve-request-subject"

/**
 * A signed-in buyer's request (already checked against lib/linkage/input.ts): what it asks for is
 * looked up in the catalog (nothing is written if the product or category is unknown), then the
 * request is written with its routes to the cooperatives that can serve it, who are told.
 */
export const createLinkageRequestWorkflow = createWorkflow(
  "create-linkage-request",
  (input: { customer_id: string; email: string; request: LinkageRequestInput }) => {
    const subjectInput = transform({ input }, ({ input }) => ({
      product_id: input.request.product_id,
      category_id: input.request.category_id,
      province_code: input.request.province_code,
    }))
    const subject = resolveRequestSubjectStep(subjectInput)
    const created = createLinkageRequestStep(transform({ input, subject }, ({ input, subject }) => ({ ...input, subject })))
    emitEventStep({ eventName: LINKAGE_EVENTS.routed, data: created })
    return new WorkflowResponse(created)
  }
)
