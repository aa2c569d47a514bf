import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { buyerCancelRefusal, parcelCancelRefusal } from "../../../lib/cancellation"
import { cooperativesOfProducts } from "../../../lib/cooperatives-of-products"
import { readOrderTracking } from "../../../lib/order-tracking"
import { parcelOfMethod } from "../../../lib/parcels"
import type { CancelledParcel } from "../../../lib/order-tracking"

const refuse = (r: { code: string; message: string }) => new MedusaError(MedusaError.Types.NOT_ALLOWED, r.message, r.code)

/** The buyer cancels her whole order: allowed while no parcel is being packed and nothing is paid. Reads only. */
export const assertBuyerMayCancelStep = createStep("assert-buyer-may-cancel", async (input: { order_id: string }, { container }) => {
  const tracking = await readOrderTracking(container, input.order_id)
  if (!tracking) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy đơn hàng.")
  const refusal = buyerCancelRefusal({ cancelled: Boolean(tracking.canceled_at), payment_state: tracking.payment_state, parcels: tracking.parcels })
  if (refusal) throw refuse(refusal)
  return new StepResponse({ cooperative_ids: tracking.parcels.flatMap((p) => (p.cooperative ? [p.cooperative.id] : [])) })
})

export interface ParcelCancellation {
  /** it is the order's last parcel still open: the whole order is cancelled */
  whole_order: boolean
  item_ids: string[]
  shipping_method_ids: string[]
  /** what the parcel held, kept on the order (Medusa drops lines at quantity 0 from the new version) */
  snapshot: CancelledParcel
}

/**
 * A cooperative cancels its parcel: allowed before it is shipped. Finds the parcel's lines and its
 * delivery fee (the shipping method naming it), and whether any other parcel is still open. Reads only.
 */
export const prepareParcelCancelStep = createStep(
  "prepare-parcel-cancel",
  async (input: { order_id: string; cooperative_id: string }, { container }) => {
    const tracking = await readOrderTracking(container, input.order_id)
    const parcel = tracking?.parcels.find((p) => p.cooperative?.id === input.cooperative_id)
    if (!tracking || !parcel) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy đơn hàng này trong hợp tác xã của bạn.")
    const refusal = parcelCancelRefusal(Boolean(tracking.canceled_at), parcel.status)
    if (refusal) throw refuse(refusal)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: ["id", "items.id", "items.product_id", "shipping_methods.id", "shipping_methods.data"], filters: { id: input.order_id } })
    const order = data[0] as { items?: { id: string; product_id: string | null }[]; shipping_methods?: { id: string; data?: unknown }[] }
    const makers = await cooperativesOfProducts(container, (order.items ?? []).map((i) => i?.product_id))
    const open = tracking.parcels.filter((p) => p.status !== "cancelled" && p.cooperative?.id !== input.cooperative_id && p.lines.some((l) => l.quantity > 0))
    return new StepResponse<ParcelCancellation>({
      whole_order: open.length === 0,
      snapshot: {
        cooperative: parcel.cooperative!,
        item_total: parcel.item_total,
        shipping_total: parcel.shipping_total,
        lines: parcel.lines.map(({ title, product_title, variant_title, product_id, quantity, unit_price, total, thumbnail }) => ({
          title,
          product_title,
          variant_title,
          product_id,
          quantity,
          unit_price,
          total,
          thumbnail,
        })),
      },
      item_ids: (order.items ?? []).filter((i) => i && i.product_id && makers.get(i.product_id)?.id === input.cooperative_id).map((i) => i.id),
      shipping_method_ids: (order.shipping_methods ?? []).filter((m) => m && parcelOfMethod(m.data)?.parcel === input.cooperative_id).map((m) => m.id),
    })
  }
)
