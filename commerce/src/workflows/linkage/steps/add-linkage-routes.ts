import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { fieldRefusal, stateRefusal } from "../../../lib/linkage/errors"
import { cancelRefusal, LINKAGE_REFUSALS } from "../../../lib/linkage/rules"
import { LINKAGE_MODULE } from "../../../modules/linkage"
import type LinkageModuleService from "../../../modules/linkage/service"

export type AddRoutesInput = { request_id: string; cooperative_ids: string[]; actor: { id: string | null; name: string } }

/**
 * The Union sends an open request to more cooperatives (each must sell on the marketplace: the
 * portal of a suspended or unlisted one is closed). Cooperatives it already reached are left as they
 * are; the new routes are removed again if a later step fails.
 */
export const addLinkageRoutesStep = createStep(
  "add-linkage-routes",
  async (input: AddRoutesInput, { container }) => {
    const service: LinkageModuleService = container.resolve(LINKAGE_MODULE)
    const [request] = await service.listLinkageRequests({ id: input.request_id }, { relations: ["routes"] })
    if (!request) throw stateRefusal(LINKAGE_REFUSALS.requestNotFound)
    const closed = cancelRefusal(request)
    if (closed) throw stateRefusal(closed)
    const wanted = [...new Set(input.cooperative_ids)]
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "cooperative", fields: ["id", "status"], filters: { id: wanted } })
    const active = new Set((data as { id: string; status: string }[]).filter((c) => c.status === "active").map((c) => c.id))
    if (wanted.some((id) => !active.has(id))) throw fieldRefusal("cooperative_ids", "cooperatives_not_selling")
    const already = new Set((request.routes ?? []).map((r) => r.cooperative_id))
    const fresh = wanted.filter((id) => !already.has(id))
    const created = fresh.length
      ? await service.createLinkageRoutes(
          fresh.map((cooperative_id) => ({ request_id: request.id, cooperative_id, reason: "union" as const, routed_by_id: input.actor.id, routed_by_name: input.actor.name }))
        )
      : []
    return new StepResponse({ request_id: request.id, cooperative_ids: fresh }, created.map((r) => r.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: LinkageModuleService = container.resolve(LINKAGE_MODULE)
    await service.deleteLinkageRoutes(ids)
  }
)
