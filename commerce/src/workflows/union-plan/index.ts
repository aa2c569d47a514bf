/**
 * The Union's people and trainings: cadres, training sessions and who attended them (Union cadres
 * or holders of cooperative management seats). Each step undoes its writes on failure.
 */
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AttendeeInput } from "../../lib/union-plan/input"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import { UNION_PLAN_MODULE } from "../../modules/union-plan"
import type UnionPlanModuleService from "../../modules/union-plan/service"

type Container = { resolve: (key: string) => unknown }

/** Who each attendee is (name, cooperative), checked against the registry and the cadre list. */
async function resolveAttendees(container: Container, trainingId: string, attendees: AttendeeInput[]) {
  const plan = container.resolve(UNION_PLAN_MODULE) as UnionPlanModuleService
  const registry = container.resolve(COOPERATIVE_MODULE) as CooperativeModuleService
  const cadreIds = [...new Set(attendees.flatMap((a) => ("cadre_id" in a ? [a.cadre_id] : [])))]
  const seatIds = [...new Set(attendees.flatMap((a) => ("management_role_id" in a ? [a.management_role_id] : [])))]
  const [cadres, seats, already] = await Promise.all([
    cadreIds.length ? plan.listPlanCadres({ id: cadreIds }, { select: ["id", "full_name"] }) : [],
    seatIds.length ? registry.listManagementRoles({ id: seatIds }, { select: ["id", "holder_name", "cooperative_id"] }) : [],
    plan.listTrainingAttendances({ training_id: trainingId }, { select: ["cadre_id", "management_role_id"] }),
  ])
  const cadreById = new Map(cadres.map((c) => [c.id, c]))
  const seatById = new Map(seats.map((s) => [s.id, s as unknown as { id: string; holder_name: string; cooperative_id: string }]))
  const missing = [...cadreIds.filter((id) => !cadreById.has(id)), ...seatIds.filter((id) => !seatById.has(id))]
  if (missing.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `attendees: Không tìm thấy người dự: ${missing.join(", ")}`)
  const present = new Set(already.flatMap((a) => [a.cadre_id, a.management_role_id]).filter(Boolean))
  const rows: Record<string, unknown>[] = []
  for (const a of attendees) {
    const key = "cadre_id" in a ? a.cadre_id : a.management_role_id
    if (present.has(key)) continue // a person is at a training once
    present.add(key)
    if ("cadre_id" in a) rows.push({ training_id: trainingId, cadre_id: a.cadre_id, person_name: cadreById.get(a.cadre_id)!.full_name, passed: a.passed ?? null })
    else {
      const seat = seatById.get(a.management_role_id)!
      rows.push({ training_id: trainingId, management_role_id: seat.id, cooperative_id: seat.cooperative_id, person_name: seat.holder_name, passed: a.passed ?? null })
    }
  }
  return rows
}

const createCadreStep = createStep(
  "create-plan-cadre",
  async (input: Record<string, unknown>, { container }) => {
    const plan: UnionPlanModuleService = container.resolve(UNION_PLAN_MODULE)
    const cadre = await plan.createPlanCadres(input as never)
    return new StepResponse(cadre, cadre.id)
  },
  async (id, { container }) => {
    if (id) await (container.resolve(UNION_PLAN_MODULE) as UnionPlanModuleService).deletePlanCadres([id])
  }
)
export const createCadreWorkflow = createWorkflow("create-plan-cadre", (input: Record<string, unknown>) => new WorkflowResponse(createCadreStep(input)))

const updateCadreStep = createStep(
  "update-plan-cadre",
  async (input: { id: string } & Record<string, unknown>, { container }) => {
    const plan: UnionPlanModuleService = container.resolve(UNION_PLAN_MODULE)
    const before = await plan.retrievePlanCadre(input.id)
    const after = await plan.updatePlanCadres(input as never)
    return new StepResponse(after, before)
  },
  async (before, { container }) => {
    if (!before) return
    const { attendances: _a, created_at: _c, updated_at: _u, deleted_at: _d, ...fields } = before as Record<string, unknown>
    await (container.resolve(UNION_PLAN_MODULE) as UnionPlanModuleService).updatePlanCadres(fields as never)
  }
)
export const updateCadreWorkflow = createWorkflow("update-plan-cadre", (input: { id: string } & Record<string, unknown>) => new WorkflowResponse(updateCadreStep(input)))

const createTrainingStep = createStep(
  "create-plan-training",
  async (input: { training: Record<string, unknown>; attendees: AttendeeInput[] }, { container }) => {
    const plan: UnionPlanModuleService = container.resolve(UNION_PLAN_MODULE)
    const training = await plan.createPlanTrainings(input.training as never)
    try {
      const rows = await resolveAttendees(container, training.id, input.attendees)
      if (rows.length) await plan.createTrainingAttendances(rows as never)
      return new StepResponse({ id: training.id, attendees: rows.length }, training.id)
    } catch (e) {
      await plan.deletePlanTrainings([training.id])
      throw e
    }
  },
  async (id, { container }) => {
    if (id) await (container.resolve(UNION_PLAN_MODULE) as UnionPlanModuleService).deletePlanTrainings([id])
  }
)
export const createTrainingWorkflow = createWorkflow(
  "create-plan-training",
  (input: { training: Record<string, unknown>; attendees: AttendeeInput[] }) => new WorkflowResponse(createTrainingStep(input))
)

const addAttendanceStep = createStep(
  "add-plan-training-attendance",
  async (input: { training_id: string; attendees: AttendeeInput[] }, { container }) => {
    const plan: UnionPlanModuleService = container.resolve(UNION_PLAN_MODULE)
    const rows = await resolveAttendees(container, input.training_id, input.attendees)
    const created: { id: string }[] = rows.length ? await plan.createTrainingAttendances(rows as never[]) : []
    return new StepResponse({ added: created.length, already_there: input.attendees.length - created.length }, created.map((c) => c.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await (container.resolve(UNION_PLAN_MODULE) as UnionPlanModuleService).deleteTrainingAttendances(ids)
  }
)
export const addTrainingAttendanceWorkflow = createWorkflow(
  "add-plan-training-attendance",
  (input: { training_id: string; attendees: AttendeeInput[] }) => new WorkflowResponse(addAttendanceStep(input))
)
