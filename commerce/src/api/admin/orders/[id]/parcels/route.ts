import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PARCEL_STATUS_LABELS, PAYMENT_METHOD_LABELS } from "../../../../../lib/order-labels"
import { readOrderTracking } from "../../../../../lib/order-tracking"
import { PAYMENT_STATE_LABELS } from "../../../../../lib/payment-state"

/**
 * GET /admin/orders/:id/parcels — the order as the Union follows it (Admin's order widget): the
 * payment method and state in words (not Medusa's "Authorized" for both cash on delivery and an
 * awaited transfer), the transfer reference, and each cooperative's parcel with its status,
 * tracking note, delivery fee, amount to collect on delivery and what was collected; the delivery
 * address with ward and province by name.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const tracking = await readOrderTracking(req.scope, req.params.id)
  if (!tracking) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy đơn hàng này.")
  res.json({
    order: {
      ...tracking,
      payment_method_label: tracking.payment_method ? PAYMENT_METHOD_LABELS[tracking.payment_method].vi : null,
      payment_state_label: PAYMENT_STATE_LABELS[tracking.payment_state].vi,
      parcels: tracking.parcels.map((p) => ({
        ...p,
        status_label: PARCEL_STATUS_LABELS[p.status].vi,
        payment_state_label: p.payment_state ? PAYMENT_STATE_LABELS[p.payment_state].vi : null,
      })),
    },
  })
}
