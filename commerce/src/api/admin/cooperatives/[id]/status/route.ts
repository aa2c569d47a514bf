import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateCooperativeStatusWorkflow } from "../../../../../workflows/cooperative/update-cooperative-status"
import { adminActor } from "../../../../utils/admin-actor"
import type { AdminUpdateCooperativeStatusType } from "../../validators"

/** POST /admin/cooperatives/:id/status — selling on the marketplace: activate, suspend, set back to pending, or unlisted (registry only). */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateCooperativeStatusType>, res: MedusaResponse) {
  const { result } = await updateCooperativeStatusWorkflow(req.scope).run({
    input: { id: req.params.id, status: req.validatedBody.status, actor: await adminActor(req), reason: req.validatedBody.reason ?? null },
  })
  res.json({ cooperative: { id: result.id, handle: result.handle, status: result.status } })
}
