import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LINKAGE_REFUSALS } from "../../../lib/linkage/rules"
import { looksLikeId } from "../../utils/linkage-answers"
import { loadRequests, type RequestRow } from "../../utils/linkage-views"

/** The signed-in buyer (auth actor `customer`) and her e-mail. */
export async function buyer(req: AuthenticatedMedusaRequest): Promise<{ id: string; email: string }> {
  const id = req.auth_context.actor_id
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "customer", fields: ["id", "email"], filters: { id } })
  return { id, email: (data[0] as { email?: string } | undefined)?.email ?? "" }
}

/** Her request by id, or a 404 answered here (null) — the same whether it does not exist or is someone else's. */
export async function ownRequest(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<RequestRow | null> {
  const id = req.params.id
  const { rows } = looksLikeId(id, "lreq") ? await loadRequests(req.scope, { id, customer_id: req.auth_context.actor_id }) : { rows: [] }
  if (!rows[0]) {
    const r = LINKAGE_REFUSALS.requestNotFound
    res.status(404).json({ type: "not_found", code: r.code, message: r.message, message_en: r.message_en })
    return null
  }
  return rows[0]
}
