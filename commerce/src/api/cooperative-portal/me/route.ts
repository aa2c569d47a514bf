import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { portalActor } from "../../utils/portal-actor"

/** GET /cooperative-portal/me — who is signed in, and for which cooperative. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const a = portalActor(req)
  res.json({
    staff: { id: a.staffId, email: a.email, full_name: a.fullName },
    cooperative: { id: a.cooperativeId, name: a.cooperativeName, handle: a.cooperativeHandle },
  })
}
