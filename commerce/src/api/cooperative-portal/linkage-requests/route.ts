import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cooperativeView, loadRequests } from "../../utils/linkage-views"
import { portalActor } from "../../utils/portal-actor"
import { routedRequestIds } from "./helpers"

/** GET /cooperative-portal/linkage-requests[?state=open|won|closed] — requests routed to the cooperative, newest first, with its own answer only. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const actor = portalActor(req)
  const state = typeof req.query.state === "string" ? req.query.state : undefined
  const ids = await routedRequestIds(req, actor)
  const { rows } = ids.length ? await loadRequests(req.scope, { id: ids }) : { rows: [] }
  const list = rows.map((r) => cooperativeView(r, actor.cooperativeId)).filter((r) => !state || r.state === state)
  res.json({ linkage_requests: list, count: list.length })
}
