import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { linkageDeclineSchema } from "../../../../../lib/linkage/input"
import { readLinkageBody } from "../../../../utils/linkage-answers"
import { answerRoutedRequest } from "../../run-answer"

/** POST /cooperative-portal/linkage-requests/:id/decline {reason} — the cooperative cannot serve this request, and says why. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = await readLinkageBody(req, res, linkageDeclineSchema)
  if (body) await answerRoutedRequest(req, res, { kind: "decline", reason: body.reason })
}
