import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { answerLinkageRequestWorkflow } from "../../../workflows/linkage/answer-linkage-request"
import type { LinkageAnswerInput } from "../../../workflows/linkage/steps/save-linkage-answer"
import { answerLinkageRefusal } from "../../utils/linkage-answers"
import { cooperativeView, loadRequests } from "../../utils/linkage-views"
import { portalActor } from "../../utils/portal-actor"
import { routedRequest } from "./helpers"

/** Quote or decline (the two portal routes): only for a request routed to the actor's cooperative; answers with the request as it now sees it. */
export async function answerRoutedRequest(req: AuthenticatedMedusaRequest, res: MedusaResponse, answer: LinkageAnswerInput["answer"]) {
  const actor = portalActor(req)
  const row = await routedRequest(req, res, actor)
  if (!row) return
  try {
    await answerLinkageRequestWorkflow(req.scope).run({
      input: { request_id: row.id, cooperative_id: actor.cooperativeId, staff: { id: actor.staffId, name: actor.fullName }, answer },
    })
  } catch (e) {
    return answerLinkageRefusal(res, e)
  }
  const { rows } = await loadRequests(req.scope, { id: row.id })
  res.json({ linkage_request: cooperativeView(rows[0], actor.cooperativeId) })
}
