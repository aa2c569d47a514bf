import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { linkageRequestSchema } from "../../../lib/linkage/input"
import { vietnamDate } from "../../../lib/plan-indicators/period"
import { createLinkageRequestWorkflow } from "../../../workflows/linkage/create-linkage-request"
import { answerLinkageRefusal, readLinkageBody } from "../../utils/linkage-answers"
import { buyerView, loadRequests } from "../../utils/linkage-views"
import { buyer } from "./helpers"

/** GET /store/linkage-requests — the signed-in buyer's own requests, newest first, with their quotes. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { rows, count } = await loadRequests(req.scope, { customer_id: req.auth_context.actor_id }, { skip: 0, take: 100 })
  res.json({ linkage_requests: rows.map(buyerView), count })
}

/**
 * POST /store/linkage-requests — a business buyer's request (lib/linkage/input.ts): one product or
 * one category, quantity and unit, wanted date, delivery ward/province, contact, optional budget,
 * invoice and note. 400 with every problem by field (Vietnamese and English) and nothing written;
 * 201 with the request as the buyer sees it.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const input = await readLinkageBody(req, res, linkageRequestSchema(vietnamDate(new Date())))
  if (!input) return
  const who = await buyer(req)
  try {
    const { result } = await createLinkageRequestWorkflow(req.scope).run({ input: { customer_id: who.id, email: who.email, request: input } })
    const { rows } = await loadRequests(req.scope, { id: result.id })
    res.status(201).json({ linkage_request: buyerView(rows[0]) })
  } catch (e) {
    answerLinkageRefusal(res, e)
  }
}
