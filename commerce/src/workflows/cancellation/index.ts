/**
 * Cancelling (lib/cancellation.ts says who may cancel what):
 *  - cancelOrderByBuyerWorkflow: the buyer's whole order, from the lookup;
 *  - cancelOrderParcelWorkflow: a cooperative's own parcel, with its reason — its lines and fee leave
 *    the order, its reserved stock is released; the order's last open parcel cancels the whole order.
 * A whole order is cancelled with Medusa's cancelOrderWorkflow (stock released, payment cancelled or
 * refunded, `order.canceled`), as the Union's "Cancel order" in Admin does.
 */
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow, deleteReservationsByLineItemsStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { markPartsCancelledStep } from "./steps/mark-parts-cancelled"
import { assertBuyerMayCancelStep, prepareParcelCancelStep } from "./steps/prepare-cancellation"
import { removeParcelFromOrderStep } from "./steps/remove-parcel-from-order"

/** Emitted when a cooperative's parcel is cancelled but the order goes on (subscribers/parcel-notifications.ts). */
export const PARCEL_CANCELLED_EVENT = "cooperative_order_part.cancelled"

export const cancelOrderByBuyerWorkflow = createWorkflow("cancel-order-by-buyer", (input: { order_id: string; reason: string | null }) => {
  const { cooperative_ids } = assertBuyerMayCancelStep({ order_id: input.order_id })
  markPartsCancelledStep({ order_id: input.order_id, cooperative_ids, by: "buyer", reason: input.reason })
  cancelOrderWorkflow.runAsStep({ input: { order_id: input.order_id } })
  return new WorkflowResponse({ order_id: input.order_id })
})

export const cancelOrderParcelWorkflow = createWorkflow(
  "cancel-order-parcel",
  (input: { order_id: string; cooperative_id: string; reason: string; staff_id?: string }) => {
    const plan = prepareParcelCancelStep({ order_id: input.order_id, cooperative_id: input.cooperative_id })
    const ids = transform({ input }, ({ input }) => [input.cooperative_id])
    markPartsCancelledStep({ order_id: input.order_id, cooperative_ids: ids, by: "cooperative", reason: input.reason })
    when({ plan }, ({ plan }) => plan.whole_order).then(() => {
      cancelOrderWorkflow.runAsStep({ input: { order_id: input.order_id } })
    })
    when({ plan }, ({ plan }) => !plan.whole_order).then(() => {
      removeParcelFromOrderStep({
        order_id: input.order_id,
        item_ids: plan.item_ids,
        shipping_method_ids: plan.shipping_method_ids,
        snapshot: plan.snapshot,
        reason: input.reason,
        by: input.staff_id,
      })
      deleteReservationsByLineItemsStep(plan.item_ids)
      emitEventStep({ eventName: PARCEL_CANCELLED_EVENT, data: { order_id: input.order_id, cooperative_id: input.cooperative_id } })
    })
    return new WorkflowResponse(plan)
  }
)
