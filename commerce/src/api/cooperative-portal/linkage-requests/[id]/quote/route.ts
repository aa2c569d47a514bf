import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { linkageQuoteSchema } from "../../../../../lib/linkage/input"
import { vietnamDate } from "../../../../../lib/plan-indicators/period"
import { readLinkageBody } from "../../../../utils/linkage-answers"
import { answerRoutedRequest } from "../../run-answer"

/**
 * POST /cooperative-portal/linkage-requests/:id/quote {product_id, unit_price_vnd, quantity,
 * delivery_fee_vnd, delivery_on, valid_until, note} — the cooperative's price for a request routed to
 * it (a second quote revises the first while the buyer has not chosen). 400 by field, 404 when the
 * request was not routed to it, 409 once the request is closed.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const quote = await readLinkageBody(req, res, linkageQuoteSchema(vietnamDate(new Date())))
  if (quote) await answerRoutedRequest(req, res, { kind: "quote", ...quote })
}
