import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { drilldownAnswer } from "../../../../lib/plan-indicators/answers"
import { INDICATOR_IDS, isIndicatorId } from "../../../../lib/plan-indicators/definitions"
import { database, planQueryOr400, sendServerTiming } from "../helpers"

/**
 * GET /admin/plan-indicators/:id?from&to[&former_district|&ward_code] — the entities behind one
 * indicator: counted, not counted, and missing data (cooperatives, cadres, women managers or products).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const id = req.params.id
  if (!isIndicatorId(id)) {
    res.status(404).json({ type: "not_found", message: `Không có chỉ tiêu "${String(id).slice(0, 60)}". Các chỉ tiêu: ${INDICATOR_IDS.join(", ")}.` })
    return
  }
  const query = planQueryOr400(req, res)
  if (!query) return
  const { answer, timing } = await drilldownAnswer(database(req), id, query)
  sendServerTiming(res, timing)
  res.json(answer)
}
