import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { indicatorsAnswer } from "../../../lib/plan-indicators/answers"
import { database, planQueryOr400, sendServerTiming } from "./helpers"

/**
 * GET /admin/plan-indicators?from=YYYY-MM&to=YYYY-MM[&former_district=…|&ward_code=…][&trend=1]
 * — the plan's indicators for the period and area: numerator, denominator, value, target, unit,
 * missing, definition; with `trend=1` each month's value too (at least the last 12 months).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = planQueryOr400(req, res, { trend: ["0", "1"] })
  if (!query) return
  const { answer, timing } = await indicatorsAnswer(database(req), query, { trend: query.flags.trend === "1" })
  sendServerTiming(res, timing)
  res.json(answer)
}
