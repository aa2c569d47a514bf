import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { portalActor } from "../../../utils/portal-actor"
import { ownOrderPart } from "../helpers"

/** GET /cooperative-portal/orders/:number — the part of order #number; 404 unless it contains the signed-in cooperative's products. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ order: (await ownOrderPart(req.scope, portalActor(req), req.params.number)).part })
}
