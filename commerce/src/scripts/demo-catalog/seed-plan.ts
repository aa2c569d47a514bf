/**
 * The Union's side of the demo: the registry cooperatives that do not sell here, 24 months of
 * figure records for every demo cooperative, seat changes and registry status changes, Union
 * cadres, trainings with attendance, and the plan's yearly targets — fictional and marked demo.
 *
 * Idempotent like the rest of the seed: each part is added only where it is missing (a cooperative
 * by handle, its monthly series when it has none, its history when it has no ended seat
 * or status change, a cadre by name and unit, a training by title and date, a target by year and
 * indicator), so a second run adds nothing and nothing staff changed is overwritten.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { KHANH_HOA_PROVINCE_CODE } from "../../lib/administrative-units"
import { INDICATORS, TARGETED_INDICATORS } from "../../lib/plan-indicators/definitions"
import { vietnamDate } from "../../lib/plan-indicators/period"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import { UNION_PLAN_MODULE } from "../../modules/union-plan"
import type UnionPlanModuleService from "../../modules/union-plan/service"
import { createCooperativesWorkflow } from "../../workflows/cooperative/create-cooperatives"
import cadresData from "./cadres.json"
import { DEMO_COOPERATIVES } from "./cooperatives"
import { demoFigureSeries } from "./figure-series"
import registryData from "./registry-cooperatives.json"
import trainingsData from "./trainings.json"
import type { DemoCadre, DemoRegistryCooperative, DemoTraining } from "./types"

type Container = ExecArgs["container"]

export const DEMO_REGISTRY_COOPERATIVES = registryData as DemoRegistryCooperative[]
export const DEMO_CADRES = cadresData as DemoCadre[]
export const DEMO_TRAININGS = trainingsData as DemoTraining[]
/** The years the demo sets targets for (the plan's defaults). */
export const DEMO_TARGET_YEARS = [2025, 2026]

const DEMO_ACTOR = "Dữ liệu mẫu (demo)"
/** Who "entered" the monthly series: tells it apart from the record a cooperative gets when it is created. */
const DEMO_SERIES_ACTOR = "Số liệu mẫu hằng tháng (demo)"
/** A date as stored: midnight UTC of that calendar day (read back as the same day in Vietnam). */
const day = (date: string) => new Date(`${date}T00:00:00Z`)

export async function ensurePlanDemo(container: Container, sellingCooperativeIds: Map<string, string>): Promise<void> {
  const ids = new Map(sellingCooperativeIds)
  for (const [handle, id] of await ensureRegistryCooperatives(container)) ids.set(handle, id)
  await ensureFigureSeries(container, ids)
  await ensureHistory(container, ids)
  const cadreIds = await ensureCadres(container)
  await ensureTrainings(container, ids, cadreIds)
  await ensureTargets(container)
}

async function ensureRegistryCooperatives(container: Container): Promise<Map<string, string>> {
  const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
  const existing = await service.listCooperatives({ handle: DEMO_REGISTRY_COOPERATIVES.map((c) => c.handle) }, { select: ["id", "handle"] })
  const ids = new Map(existing.map((c) => [c.handle, c.id]))
  const missing = DEMO_REGISTRY_COOPERATIVES.filter((c) => !ids.has(c.handle))
  if (!missing.length) return ids
  const { result } = await createCooperativesWorkflow(container).run({
    input: {
      actor: { id: null, name: DEMO_ACTOR },
      cooperatives: missing.map(({ seat_history: _h, status_changes: _s, figures_from: _f, figures_gap: _g, figures_every: _e, ...c }) => ({
        ...c,
        province_code: KHANH_HOA_PROVINCE_CODE,
        status: "unlisted" as const,
        zalo_phone: c.phone,
        is_demo: true,
      })),
    },
  })
  for (const c of result as { id: string; handle: string }[]) ids.set(c.handle, c.id)
  return ids
}

/** Every demo cooperative without its monthly series gets it. */
async function ensureFigureSeries(container: Container, ids: Map<string, string>) {
  const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
  const withSeries = new Set(
    (await service.listCooperativeFigureRecords({ cooperative_id: [...ids.values()], entered_by_name: DEMO_SERIES_ACTOR }, { select: ["cooperative_id"] })).map((r) => r.cooperative_id)
  )
  const todo = [...DEMO_COOPERATIVES, ...DEMO_REGISTRY_COOPERATIVES].filter((c) => ids.has(c.handle) && !withSeries.has(ids.get(c.handle)!))
  if (!todo.length) return
  const taken = new Set(
    (await service.listCooperativeFigureRecords({ cooperative_id: todo.map((c) => ids.get(c.handle)!) }, { select: ["cooperative_id", "as_of"] })).map(
      (r) => `${r.cooperative_id}|${vietnamDate(new Date(r.as_of))}`
    )
  )
  const today = vietnamDate(new Date())
  const records = todo.flatMap((c) => {
    const cooperative_id = ids.get(c.handle)!
    return demoFigureSeries(c, today)
      .filter((r) => !taken.has(`${cooperative_id}|${r.as_of}`))
      .map((r) => ({ ...r, as_of: day(r.as_of), cooperative_id, source: "demo" as const, entered_by_name: DEMO_SERIES_ACTOR }))
  })
  if (records.length) await service.createCooperativeFigureRecords(records)
}

/** Earlier seat holders and registry status changes of the registry cooperatives. */
async function ensureHistory(container: Container, ids: Map<string, string>) {
  const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
  const specs = DEMO_REGISTRY_COOPERATIVES.filter((c) => ids.has(c.handle) && (c.seat_history?.length || c.status_changes?.length))
  if (!specs.length) return
  const coopIds = specs.map((c) => ids.get(c.handle)!)
  const ended = new Set((await service.listManagementRoles({ cooperative_id: coopIds, ended_on: { $ne: null } }, { select: ["cooperative_id"] })).map((r) => r.cooperative_id))
  const changed = new Set((await service.listCooperativeStatusChanges({ cooperative_id: coopIds }, { select: ["cooperative_id"] })).map((r) => r.cooperative_id))
  const today = vietnamDate(new Date())
  for (const c of specs) {
    const cooperative_id = ids.get(c.handle)!
    if (c.seat_history?.length && !ended.has(cooperative_id)) {
      await service.createManagementRoles(
        c.seat_history.map((s) => ({
          cooperative_id,
          role: s.role,
          holder_name: s.holder_name,
          holder_gender: s.holder_gender,
          started_on: s.started_on ? day(s.started_on) : null,
          ended_on: s.ended_on ? day(s.ended_on) : null,
        }))
      )
    }
    const changes = (c.status_changes ?? []).filter((s) => s.effective_on <= today)
    if (changes.length && !changed.has(cooperative_id)) {
      await service.createCooperativeStatusChanges(
        changes.map((s) => ({ cooperative_id, registry_status: s.registry_status, effective_on: day(s.effective_on), reason: s.reason, actor_name: DEMO_ACTOR }))
      )
      await service.updateCooperatives({ id: cooperative_id, registry_status: changes[changes.length - 1].registry_status })
    }
  }
}

const cadreKey = (c: { full_name: string; unit: string }) => `${c.full_name}|${c.unit}`

async function ensureCadres(container: Container): Promise<Map<string, string>> {
  const service: UnionPlanModuleService = container.resolve(UNION_PLAN_MODULE)
  const existing = await service.listPlanCadres({ full_name: DEMO_CADRES.map((c) => c.full_name) }, { select: ["id", "full_name", "unit"] })
  const ids = new Map(existing.map((c) => [cadreKey(c), c.id]))
  const missing = DEMO_CADRES.filter((c) => !ids.has(cadreKey(c)))
  if (missing.length) {
    const created = await service.createPlanCadres(
      missing.map((c) => ({ ...c, active_from: c.active_from ? day(c.active_from) : null, active_to: c.active_to ? day(c.active_to) : null, is_demo: true }))
    )
    for (const c of created) ids.set(cadreKey(c), c.id)
  }
  return ids
}

async function ensureTrainings(container: Container, coopIds: Map<string, string>, cadreIds: Map<string, string>) {
  const plan: UnionPlanModuleService = container.resolve(UNION_PLAN_MODULE)
  const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
  const existing = await plan.listPlanTrainings({ title: DEMO_TRAININGS.map((t) => t.title) }, { select: ["title", "held_on"] })
  const have = new Set(existing.map((t) => `${t.title}|${vietnamDate(new Date(t.held_on))}`))
  const today = vietnamDate(new Date())
  const missing = DEMO_TRAININGS.filter((t) => !have.has(`${t.title}|${t.held_on}`) && t.held_on < today)
  if (!missing.length) return
  const seats = await cooperatives.listManagementRoles({ cooperative_id: [...coopIds.values()] }, { select: ["id", "cooperative_id", "holder_name", "started_on", "ended_on"] })
  /** The seat a woman held on the training day (else any of hers in that cooperative). */
  const seatOf = (cooperativeId: string, name: string, on: string) => {
    const hers = seats.filter((s) => s.cooperative_id === cooperativeId && s.holder_name === name)
    const held = hers.find((s) => (!s.started_on || vietnamDate(new Date(s.started_on)) <= on) && (!s.ended_on || vietnamDate(new Date(s.ended_on)) > on))
    return held ?? hers[0]
  }
  for (const t of missing) {
    const [training] = await plan.createPlanTrainings([
      { held_on: day(t.held_on), title: t.title, organiser: t.organiser, topic: t.topic, location: t.location, former_district: t.former_district, is_demo: true },
    ])
    type Attendance = { training_id: string; person_name: string; passed: boolean | null; cadre_id?: string; management_role_id?: string; cooperative_id?: string }
    const attendances = t.attendance.flatMap((a): Attendance[] => {
      if ("cadre" in a) {
        const cadre_id = cadreIds.get(a.cadre)
        return cadre_id ? [{ training_id: training.id, cadre_id, person_name: a.cadre.split("|")[0], passed: a.passed }] : []
      }
      const cooperative_id = coopIds.get(a.cooperative_handle)
      const seat = cooperative_id ? seatOf(cooperative_id, a.holder_name, t.held_on) : undefined
      return cooperative_id && seat ? [{ training_id: training.id, management_role_id: seat.id, cooperative_id, person_name: a.holder_name, passed: a.passed }] : []
    })
    if (attendances.length) await plan.createTrainingAttendances(attendances)
  }
}

async function ensureTargets(container: Container) {
  const service: UnionPlanModuleService = container.resolve(UNION_PLAN_MODULE)
  const existing = await service.listPlanTargets({ year: DEMO_TARGET_YEARS }, { select: ["year", "indicator_id"] })
  const have = new Set(existing.map((t) => `${t.year}|${t.indicator_id}`))
  const missing = DEMO_TARGET_YEARS.flatMap((year) =>
    TARGETED_INDICATORS.filter((id) => !have.has(`${year}|${id}`)).map((indicator_id) => ({ year, indicator_id, value: INDICATORS[indicator_id].defaultTarget! }))
  )
  if (missing.length) await service.createPlanTargets(missing)
}
