import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertParcelMayShipStep } from "./steps/assert-parcel-may-ship"
import { setOrderPartStatusStep } from "./steps/set-order-part-status"

/**
 * A cooperative marks its part of an order packing, shipped (with a tracking note) or delivered —
 * shipped only once the order is paid or paid on delivery (steps/assert-parcel-may-ship.ts).
 */
export const updateOrderPartWorkflow = createWorkflow(
  "update-cooperative-order-part",
  (input: { cooperative_id: string; order_id: string; status: "packing" | "shipped" | "delivered"; tracking_note?: string | null }) => {
    assertParcelMayShipStep(input)
    return new WorkflowResponse(setOrderPartStatusStep(input))
  }
)
