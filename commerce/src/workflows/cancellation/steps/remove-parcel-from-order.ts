import { ChangeActionType, Modules, OrderChangeType } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CANCELLED_PARCELS_KEY, type CancelledParcel } from "../../../lib/order-tracking"

/**
 * Takes a cancelled parcel out of the order as an order change (Medusa's order versioning): its
 * lines go to quantity 0 and its delivery fee is removed, so the order's total — and with it what
 * the buyer pays and what is still to be transferred — follows. The payment is left as it is
 * (Medusa's order-edit confirmation would cancel an authorised payment and open a new collection,
 * losing the VietQR reference and the cash-on-delivery choice): what is due is the order's total.
 * Medusa drops a line at quantity 0 from the order's new version, so what the parcel held is kept in
 * the order's metadata (`cancelled_parcels`, by cooperative) for the buyer, the portal and Admin.
 * Undone (the order back to its previous version and metadata) if a later step fails.
 */
export const removeParcelFromOrderStep = createStep(
  "remove-parcel-from-order",
  async (
    input: { order_id: string; item_ids: string[]; shipping_method_ids: string[]; snapshot: CancelledParcel; reason: string | null; by?: string },
    { container }
  ) => {
    const orders = container.resolve(Modules.ORDER)
    const [order] = await orders.listOrders({ id: input.order_id }, { select: ["id", "version", "metadata"] })
    const metadata = (order.metadata ?? {}) as Record<string, unknown>
    const kept = (metadata[CANCELLED_PARCELS_KEY] ?? {}) as Record<string, CancelledParcel>
    await orders.updateOrders([{ id: input.order_id, metadata: { ...metadata, [CANCELLED_PARCELS_KEY]: { ...kept, [input.snapshot.cooperative.id]: input.snapshot } } }])
    const version = order.version + 1
    const change = await orders.createOrderChange({
      order_id: input.order_id,
      change_type: OrderChangeType.EDIT,
      description: "Hợp tác xã huỷ gói hàng của mình",
      internal_note: input.reason,
      created_by: input.by,
      actions: [
        ...input.item_ids.map((id) => ({ order_id: input.order_id, version, action: ChangeActionType.ITEM_UPDATE, reference: "order_item", reference_id: id, details: { reference_id: id, quantity: 0 } })),
        ...input.shipping_method_ids.map((id) => ({ order_id: input.order_id, version, action: ChangeActionType.SHIPPING_REMOVE, reference: "order_shipping_method", reference_id: id })),
      ],
    } as never)
    await orders.confirmOrderChange({ id: (change as { id: string }).id, confirmed_by: input.by } as never)
    return new StepResponse((change as { id: string }).id, { order_id: input.order_id, metadata: order.metadata ?? null })
  },
  async (undo, { container }) => {
    if (!undo) return
    const orders = container.resolve(Modules.ORDER)
    await orders.undoLastChange(undo.order_id)
    await orders.updateOrders([{ id: undo.order_id, metadata: undo.metadata }])
  }
)
