import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AttendeeInput } from "../../../lib/union-plan/input"
import { addTrainingAttendanceWorkflow } from "../../../workflows/union-plan"
import { answerWorkflowRefusal } from "../cooperatives/registry-answers"

/** Adds people to a training and answers how many were added (a person already listed is not added twice). */
export async function addAttendance(req: AuthenticatedMedusaRequest, res: MedusaResponse, trainingId: string, attendees: AttendeeInput[]) {
  try {
    const { result } = await addTrainingAttendanceWorkflow(req.scope).run({ input: { training_id: trainingId, attendees } })
    res.json({ ok: true, message: `Đã ghi ${result.added} người dự${result.already_there ? `; ${result.already_there} người đã có trong danh sách` : ""}.`, ...result })
  } catch (e) {
    answerWorkflowRefusal(res, e)
  }
}
