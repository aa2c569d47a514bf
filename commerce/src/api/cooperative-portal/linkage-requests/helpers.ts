import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LINKAGE_REFUSALS } from "../../../lib/linkage/rules"
import { LINKAGE_MODULE } from "../../../modules/linkage"
import type LinkageModuleService from "../../../modules/linkage/service"
import { looksLikeId } from "../../utils/linkage-answers"
import { loadRequests, type RequestRow } from "../../utils/linkage-views"
import type { PortalActor } from "../../utils/portal-actor"

/** Ids of the requests routed to the actor's cooperative. */
export async function routedRequestIds(req: AuthenticatedMedusaRequest, actor: PortalActor): Promise<string[]> {
  const service: LinkageModuleService = req.scope.resolve(LINKAGE_MODULE)
  const routes = await service.listLinkageRoutes({ cooperative_id: actor.cooperativeId }, { select: ["request_id"] })
  return routes.map((r) => (r as unknown as { request_id: string }).request_id)
}

/** A request routed to the actor's cooperative, or a 404 answered here (null) — the same for unknown ids and other cooperatives' requests. */
export async function routedRequest(req: AuthenticatedMedusaRequest, res: MedusaResponse, actor: PortalActor): Promise<RequestRow | null> {
  const id = req.params.id
  const routed = looksLikeId(id, "lreq") && (await routedRequestIds(req, actor)).includes(id)
  const { rows } = routed ? await loadRequests(req.scope, { id }) : { rows: [] }
  if (!rows[0]) {
    const r = LINKAGE_REFUSALS.notRouted
    res.status(404).json({ type: "not_found", code: r.code, message: r.message, message_en: r.message_en })
    return null
  }
  return rows[0]
}
