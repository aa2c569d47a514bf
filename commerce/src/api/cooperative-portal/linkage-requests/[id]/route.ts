import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cooperativeView } from "../../../utils/linkage-views"
import { portalActor } from "../../../utils/portal-actor"
import { routedRequest } from "../helpers"

/** GET /cooperative-portal/linkage-requests/:id — a request routed to the cooperative (404 otherwise). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const actor = portalActor(req)
  const row = await routedRequest(req, res, actor)
  if (row) res.json({ linkage_request: cooperativeView(row, actor.cooperativeId) })
}
