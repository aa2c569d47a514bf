import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { capturePaymentWorkflow, emitEventStep } from "@medusajs/medusa/core-flows"
import { assertParcelMayShipStep } from "./steps/assert-parcel-may-ship"
import { setOrderPartStatusStep } from "./steps/set-order-part-status"
import { settleCashOnDeliveryStep } from "./steps/settle-cash-on-delivery"

/** Emitted when a cooperative's parcel is shipped or delivered. */
export const PARCEL_STATUS_EVENT = "cooperative_order_part.status_changed"

/**
 * A cooperative marks its part of an order packing, shipped (with a tracking note) or delivered —
 * shipped only once the order is paid or paid on delivery (steps/assert-parcel-may-ship.ts). A
 * cash-on-delivery parcel marked delivered records the amount collected at the door and captures it
 * on the order's payment, so Medusa's payment shows what was collected, parcel by parcel.
 */
export const updateOrderPartWorkflow = createWorkflow(
  "update-cooperative-order-part",
  (input: { cooperative_id: string; order_id: string; status: "packing" | "shipped" | "delivered"; tracking_note?: string | null; cod_collected?: number | null; staff_id?: string }) => {
    assertParcelMayShipStep(input)
    const cash = settleCashOnDeliveryStep(input)
    const change = transform({ input, cash }, ({ input, cash }) => ({
      cooperative_id: input.cooperative_id,
      order_id: input.order_id,
      status: input.status,
      tracking_note: input.tracking_note,
      cod_collected_amount: cash.cash_on_delivery ? cash.amount : undefined,
    }))
    const part = setOrderPartStatusStep(change)
    when({ cash }, ({ cash }) => cash.cash_on_delivery && cash.amount > 0 && !!cash.payment_id).then(() => {
      const capture = transform({ cash, input }, ({ cash, input }) => ({ payment_id: cash.payment_id!, amount: cash.amount, captured_by: input.staff_id }))
      capturePaymentWorkflow.runAsStep({ input: capture })
    })
    // the buyer is told when her parcel leaves and arrives (subscribers/parcel-notifications.ts)
    when({ input }, ({ input }) => input.status === "shipped" || input.status === "delivered").then(() => {
      const data = transform({ input }, ({ input }) => ({ order_id: input.order_id, cooperative_id: input.cooperative_id, status: input.status }))
      emitEventStep({ eventName: PARCEL_STATUS_EVENT, data })
    })
    return new WorkflowResponse(part)
  }
)
