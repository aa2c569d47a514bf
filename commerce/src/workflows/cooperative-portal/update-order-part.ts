import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setOrderPartStatusStep } from "./steps/set-order-part-status"

/** A cooperative marks its part of an order packing, shipped (with a tracking note) or delivered. */
export const updateOrderPartWorkflow = createWorkflow(
  "update-cooperative-order-part",
  (input: { cooperative_id: string; order_id: string; status: "packing" | "shipped" | "delivered"; tracking_note?: string | null }) => {
    return new WorkflowResponse(setOrderPartStatusStep(input))
  }
)
