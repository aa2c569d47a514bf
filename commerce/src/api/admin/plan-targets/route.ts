import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { checkTargetsInput, TARGET_YEARS, targetsOfYear } from "../../../lib/plan-indicators/targets"
import { vietnamDate } from "../../../lib/plan-indicators/period"
import { UNION_PLAN_MODULE } from "../../../modules/union-plan"
import type UnionPlanModuleService from "../../../modules/union-plan/service"
import { setPlanTargetsWorkflow } from "../../../workflows/union-plan/set-plan-targets"
import { readJsonBody } from "../../utils/read-json-body"

async function answer(req: AuthenticatedMedusaRequest, year: number) {
  const service: UnionPlanModuleService = req.scope.resolve(UNION_PLAN_MODULE)
  const rows = await service.listPlanTargets({ year })
  return { year, targets: targetsOfYear(year, Object.fromEntries(rows.map((r) => [r.indicator_id, r.value]))) }
}

/** GET /admin/plan-targets?year=2026 — the year's targets (the plan's defaults where none was set). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const raw = req.query.year
  const year = raw === undefined ? Number(vietnamDate(new Date()).slice(0, 4)) : Number(raw)
  if (typeof raw === "object" || !Number.isInteger(year) || year < TARGET_YEARS.min || year > TARGET_YEARS.max) {
    res.status(400).json({ type: "invalid_data", field: "year", message: `Năm phải là số nguyên từ ${TARGET_YEARS.min} đến ${TARGET_YEARS.max}.` })
    return
  }
  res.json(await answer(req, year))
}

/** POST /admin/plan-targets { year, targets: { cadres_trained: 100, … } } — all checked before anything is written. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = await readJsonBody(req, 16 * 1024)
  const unreadable = body.ok ? null : body.reason === "too_large" ? "Nội dung gửi lên quá lớn." : "Nội dung gửi lên không phải JSON hợp lệ."
  const check = body.ok ? checkTargetsInput(body.value) : { ok: false as const, errors: [{ field: "(body)", message: unreadable! }] }
  if (!check.ok) {
    res.status(400).json({ type: "invalid_data", message: check.errors.map((e) => e.message).join(" "), errors: check.errors })
    return
  }
  await setPlanTargetsWorkflow(req.scope).run({ input: check.value })
  res.json(await answer(req, check.value.year))
}
