import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AnswerTiming } from "../../../lib/plan-indicators/answers"
import type { SqlRunner } from "../../../lib/plan-indicators/load-snapshot"
import { readPlanQuery, type PlanQuery } from "../../../lib/plan-indicators/query"

/** The plan query of a request, or a 400 with the Vietnamese reason (and null). */
export function planQueryOr400(req: MedusaRequest, res: MedusaResponse, allowed: Record<string, readonly string[]> = {}): PlanQuery | null {
  const result = readPlanQuery(req.query as Record<string, unknown>, allowed)
  if (result.ok) return result.query
  res.status(400).json({ type: "invalid_data", field: result.field, message: result.message })
  return null
}

export const database = (req: MedusaRequest): SqlRunner => req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)

/** How the time went (reading PostgreSQL, computing) and where the registry came from (cached, updated, read), for the bench and browsers' dev tools. */
export function sendServerTiming(res: MedusaResponse, timing: AnswerTiming): void {
  res.setHeader(
    "Server-Timing",
    `load;desc="read";dur=${timing.load.toFixed(1)}, compute;desc="compute";dur=${timing.compute.toFixed(1)}, registry;desc="${timing.registry}"`
  )
}
