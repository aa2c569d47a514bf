import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { TOPIC_LABELS, trainingInputSchema } from "../../../lib/union-plan/input"
import { UNION_PLAN_MODULE } from "../../../modules/union-plan"
import type UnionPlanModuleService from "../../../modules/union-plan/service"
import { createTrainingWorkflow } from "../../../workflows/union-plan"
import { answerWorkflowRefusal, answerZod } from "../cooperatives/registry-answers"

/** GET /admin/plan-trainings — training sessions, newest first, with the number of people who attended. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const plan: UnionPlanModuleService = req.scope.resolve(UNION_PLAN_MODULE)
  const trainings = await plan.listPlanTrainings({}, { order: { held_on: "DESC" }, relations: ["attendances"], take: 500 })
  res.json({
    trainings: trainings.map(({ attendances, ...t }) => ({ ...t, topic_label: TOPIC_LABELS[t.topic], attendees: (attendances ?? []).length })),
    topics: TOPIC_LABELS,
  })
}

/** POST /admin/plan-trainings — a training and (optionally) who attended; 400 with every problem by field. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const parsed = trainingInputSchema.safeParse(req.body ?? {})
  if (!parsed.success) return answerZod(res, parsed.error)
  const { attendees, ...training } = parsed.data
  try {
    const { result } = await createTrainingWorkflow(req.scope).run({ input: { training, attendees } })
    res.status(201).json({ training: result })
  } catch (e) {
    answerWorkflowRefusal(res, e)
  }
}
