import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateOrderPartWorkflow } from "../../../../../workflows/cooperative-portal/update-order-part"
import { portalActor } from "../../../../utils/portal-actor"
import { parseBody, PortalUpdateOrderPart } from "../../../validators"
import { ownOrderPart } from "../../helpers"

/**
 * POST /cooperative-portal/orders/:number/status {status: packing|shipped|delivered, tracking_note,
 * cod_collected} — cod_collected: for a cash-on-delivery parcel marked delivered, what was collected
 * at the door (default: its whole amount).
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const actor = portalActor(req)
  const { orderId } = await ownOrderPart(req.scope, actor, req.params.number)
  const body = parseBody(PortalUpdateOrderPart, req.body)
  await updateOrderPartWorkflow(req.scope).run({
    input: {
      cooperative_id: actor.cooperativeId,
      order_id: orderId,
      status: body.status,
      tracking_note: body.tracking_note ?? null,
      cod_collected: body.cod_collected ?? null,
      staff_id: actor.staffId,
    },
  })
  res.json({ order: (await ownOrderPart(req.scope, actor, req.params.number)).part })
}
