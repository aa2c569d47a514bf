import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LINKAGE_REFUSALS } from "../../../../lib/linkage/rules"
import { looksLikeId } from "../../../utils/linkage-answers"
import { loadRequests, unionView } from "../../../utils/linkage-views"

/** GET /admin/linkage-requests/:id — one request with its routes, answers and outcome. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { rows } = looksLikeId(req.params.id, "lreq") ? await loadRequests(req.scope, { id: req.params.id }) : { rows: [] }
  if (!rows[0]) {
    const r = LINKAGE_REFUSALS.requestNotFound
    return res.status(404).json({ type: "not_found", code: r.code, message: r.message, message_en: r.message_en })
  }
  res.json({ linkage_request: unionView(rows[0]) })
}
