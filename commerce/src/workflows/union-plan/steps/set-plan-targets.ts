import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { TargetsInput } from "../../../lib/plan-indicators/targets"
import { UNION_PLAN_MODULE } from "../../../modules/union-plan"
import type UnionPlanModuleService from "../../../modules/union-plan/service"

type Undo = { restore: { id: string; value: number }[]; created: string[] }

/** Writes a year's targets (updating those set before); undone by restoring the old values. */
export const setPlanTargetsStep = createStep(
  "set-plan-targets",
  async (input: TargetsInput, { container }) => {
    const service: UnionPlanModuleService = container.resolve(UNION_PLAN_MODULE)
    const ids = Object.keys(input.targets)
    const existing = await service.listPlanTargets({ year: input.year, indicator_id: ids })
    const byIndicator = new Map(existing.map((t) => [t.indicator_id, t]))
    const undo: Undo = { restore: existing.map((t) => ({ id: t.id, value: t.value })), created: [] }
    const updates = existing.map((t) => ({ id: t.id, value: input.targets[t.indicator_id as keyof TargetsInput["targets"]]! }))
    if (updates.length) await service.updatePlanTargets(updates)
    const missing = ids.filter((id) => !byIndicator.has(id))
    if (missing.length) {
      const created = await service.createPlanTargets(missing.map((indicator_id) => ({ year: input.year, indicator_id, value: input.targets[indicator_id as keyof TargetsInput["targets"]]! })))
      undo.created = created.map((t) => t.id)
    }
    return new StepResponse(null, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: UnionPlanModuleService = container.resolve(UNION_PLAN_MODULE)
    if (undo.created.length) await service.deletePlanTargets(undo.created)
    if (undo.restore.length) await service.updatePlanTargets(undo.restore)
  }
)
