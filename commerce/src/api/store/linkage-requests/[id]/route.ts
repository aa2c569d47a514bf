import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { buyerView } from "../../../utils/linkage-views"
import { ownRequest } from "../helpers"

/** GET /store/linkage-requests/:id — one of the buyer's own requests with every answer (404 for anyone else's). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const row = await ownRequest(req, res)
  if (row) res.json({ linkage_request: buyerView(row) })
}
