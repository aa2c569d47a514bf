import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateCooperativeStatusWorkflow } from "../../../../../workflows/cooperative/update-cooperative-status"
import type { AdminUpdateCooperativeStatusType } from "../../validators"

/** POST /admin/cooperatives/:id/status — activate, suspend or set back to pending. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateCooperativeStatusType>, res: MedusaResponse) {
  const { result } = await updateCooperativeStatusWorkflow(req.scope).run({
    input: { id: req.params.id, status: req.validatedBody.status },
  })
  res.json({ cooperative: { id: result.id, handle: result.handle, status: result.status } })
}
