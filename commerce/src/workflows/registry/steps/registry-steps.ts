/**
 * Steps that change the Union's registry. Each records who changed what (the change history)
 * and undoes its writes if a later step fails, so that an edit is written whole or not at all.
 */
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { FigureCounts } from "../../../lib/registry/figures"
import { diffRegistry, historyValue, type FieldChange } from "../../../lib/registry/history"
import { SEAT_LABELS } from "../../../lib/registry/labels"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export interface RegistryActor {
  id: string | null
  name: string
}

type Service = CooperativeModuleService
type Row = Record<string, unknown>
const FIGURE_FIELDS = ["members_total", "members_women", "workers_total", "workers_women", "women_stable_jobs", "women_avg_monthly_income_vnd"] as const

const startOfDay = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()))

/** What a step wrote, so that its compensation can put everything back. */
export interface Undo {
  cooperative?: Row
  createdChanges: string[]
  createdFigure?: string
  replacedFigure?: Row
  createdStatusChange?: string
  createdSeat?: string
  endedSeat?: { id: string; ended_on: Date | null }
}

export async function undo(service: Service, u: Undo | undefined) {
  if (!u) return
  if (u.createdChanges.length) await service.deleteCooperativeChanges(u.createdChanges)
  if (u.createdFigure) await service.deleteCooperativeFigureRecords([u.createdFigure])
  if (u.replacedFigure) await service.updateCooperativeFigureRecords(u.replacedFigure as never)
  if (u.createdStatusChange) await service.deleteCooperativeStatusChanges([u.createdStatusChange])
  if (u.createdSeat) await service.deleteManagementRoles([u.createdSeat])
  if (u.endedSeat) await service.updateManagementRoles(u.endedSeat as never)
  if (u.cooperative) await service.updateCooperatives(u.cooperative as never)
}

async function recordChanges(service: Service, cooperativeId: string, changes: FieldChange[], actor: RegistryActor, reason: string | null, u: Undo) {
  if (!changes.length) return
  const rows = await service.createCooperativeChanges(
    changes.map((c) => ({ ...c, reason, actor_id: actor.id, actor_name: actor.name, cooperative_id: cooperativeId }))
  )
  u.createdChanges.push(...rows.map((r) => r.id))
}

/** The unique registration number: a clear message naming the cooperative that already has it. */
export async function assertRegistrationNumberFree(service: Service, registrationNumber: string | null | undefined, exceptId?: string) {
  if (!registrationNumber) return
  const [other] = await service.listCooperatives({ registration_number: registrationNumber }, { select: ["id", "name"] })
  if (other && other.id !== exceptId) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `registration_number: Số đăng ký “${registrationNumber}” đã thuộc về ${other.name}`)
  }
}

/**
 * Writes a dated figure record (replacing one of the same date) and, when it is the latest,
 * copies its counts onto the cooperative as its current figures.
 */
async function writeFigures(
  service: Service,
  cooperative: Row,
  counts: FigureCounts,
  asOf: Date,
  source: "registry" | "import" | "portal" | "demo",
  actor: RegistryActor,
  u: Undo
): Promise<{ current: boolean; changes: FieldChange[]; asOf: Date }> {
  const id = cooperative.id as string
  const day = startOfDay(asOf)
  const record = {
    as_of: day,
    members_total: counts.members_total,
    members_women: counts.members_women,
    workers_total: counts.workers_total,
    workers_women: counts.workers_women,
    women_stable_jobs: counts.women_stable_jobs,
    women_avg_monthly_income_vnd: counts.women_avg_monthly_income_vnd ?? null,
    source,
    entered_by_id: actor.id,
    entered_by_name: actor.name,
  }
  const [same] = await service.listCooperativeFigureRecords({ cooperative_id: id, as_of: day })
  if (same) {
    u.replacedFigure = { id: same.id, ...Object.fromEntries([...FIGURE_FIELDS, "source", "entered_by_id", "entered_by_name"].map((f) => [f, (same as Row)[f]])) }
    await service.updateCooperativeFigureRecords({ id: same.id, ...record })
  } else {
    const created = await service.createCooperativeFigureRecords({ ...record, cooperative_id: id })
    u.createdFigure = created.id
  }
  const latest = cooperative.figures_as_of ? new Date(cooperative.figures_as_of as string) : null
  if (latest && day < startOfDay(latest)) return { current: false, changes: [], asOf: day }
  return { current: true, changes: diffRegistry(cooperative, Object.fromEntries(FIGURE_FIELDS.map((f) => [f, record[f]]))), asOf: day }
}

/** The cooperative's current counts := the figure record just written (when it is the latest). */
function currentFiguresUpdate(written: { current: boolean; changes: FieldChange[]; asOf: Date }): Row {
  if (!written.current) return {}
  const update: Row = { figures_as_of: written.asOf }
  for (const c of written.changes) update[c.field] = c.new_value === null ? null : Number(c.new_value)
  return update
}

function current(cooperative: Row): Row {
  const fields = [
    "id", "name", "kind", "province_code", "ward_code", "ward_name", "former_district", "street_address", "registration_number",
    "founded_on", "contact_name", "phone", "zalo_phone", "facebook_url", "email", "description", "logo_url", "status",
    "registry_status", "figures_as_of", ...FIGURE_FIELDS,
  ]
  return Object.fromEntries(fields.map((f) => [f, cooperative[f] ?? null]))
}

export interface UpdateRegistryInput {
  id: string
  /** validated by `registryUpdateSchema` */
  changes: Row & FigureCounts & { figures_as_of?: Date | string | null }
  actor: RegistryActor
  reason?: string | null
  source?: "registry" | "import"
}

/** Edits registry fields; counts that change become a figure record. Records in `u` what it wrote. */
export async function applyRegistryUpdate(service: Service, input: UpdateRegistryInput, u: Undo) {
  const before = current((await service.retrieveCooperative(input.id)) as unknown as Row)
  u.cooperative = before
  const { figures_as_of, ...fields } = input.changes
  await assertRegistrationNumberFree(service, fields.registration_number as string | null, input.id)
  const changes = diffRegistry(before, fields)
  const countsChanged = changes.some((c) => (FIGURE_FIELDS as readonly string[]).includes(c.field))
  const nonFigureChanges = changes.filter((c) => !(FIGURE_FIELDS as readonly string[]).includes(c.field))
  let figureChanges: FieldChange[] = []
  const update: Row = { id: input.id }
  if (countsChanged || figures_as_of) {
    const asOf = figures_as_of ? new Date(figures_as_of) : new Date()
    const written = await writeFigures(service, before, input.changes, asOf, input.source ?? "registry", input.actor, u)
    figureChanges = written.changes
    Object.assign(update, currentFiguresUpdate(written))
  }
  for (const c of nonFigureChanges) update[c.field] = fields[c.field] ?? null
  if (Object.keys(update).length > 1) await service.updateCooperatives(update as never)
  await recordChanges(service, input.id, [...nonFigureChanges, ...figureChanges], input.actor, input.reason ?? null, u)
  return { id: input.id, changed: nonFigureChanges.length + figureChanges.length, figures_written: Boolean(u.createdFigure || u.replacedFigure) }
}

/** Edits registry fields; counts that change become a figure record dated `figures_as_of` (default today). */
export const updateRegistryStep = createStep(
  "update-cooperative-registry",
  async (input: UpdateRegistryInput, { container }) => {
    const service: Service = container.resolve(COOPERATIVE_MODULE)
    const u: Undo = { createdChanges: [] }
    try {
      return new StepResponse(await applyRegistryUpdate(service, input, u), u)
    } catch (e) {
      await undo(service, u)
      throw e
    }
  },
  async (u, { container }) => undo(container.resolve(COOPERATIVE_MODULE), u)
)

export interface AddFiguresInput {
  id: string
  record: FigureCounts & { as_of: Date | string }
  actor: RegistryActor
  source?: "registry" | "import" | "portal"
}

/** A dated figure record (e.g. the six-monthly review); the latest one becomes the cooperative's current counts. */
export const addFigureRecordStep = createStep(
  "add-cooperative-figure-record",
  async (input: AddFiguresInput, { container }) => {
    const service: Service = container.resolve(COOPERATIVE_MODULE)
    const before = current((await service.retrieveCooperative(input.id)) as unknown as Row)
    const u: Undo = { cooperative: before, createdChanges: [] }
    try {
      const asOf = new Date(input.record.as_of)
      const written = await writeFigures(service, before, input.record, asOf, input.source ?? "registry", input.actor, u)
      if (written.current) await service.updateCooperatives({ id: input.id, ...currentFiguresUpdate(written) } as never)
      const reason = `Số liệu ngày ${historyValue(asOf)!.split("-").reverse().join("/")}`
      await recordChanges(service, input.id, written.changes, input.actor, reason, u)
      return new StepResponse({ id: input.id, became_current: written.current }, u)
    } catch (e) {
      await undo(service, u)
      throw e
    }
  },
  async (u, { container }) => undo(container.resolve(COOPERATIVE_MODULE), u)
)

export interface ChangeRegistryStatusInput {
  id: string
  registry_status: "operating" | "suspended" | "dissolved"
  effective_on: Date | string
  reason: string
  actor: RegistryActor
}

/** Suspends, resumes or dissolves from a date, with the reason; the current status follows the latest change in effect. */
export const changeRegistryStatusStep = createStep(
  "change-cooperative-registry-status",
  async (input: ChangeRegistryStatusInput, { container }) => {
    const service: Service = container.resolve(COOPERATIVE_MODULE)
    const before = current((await service.retrieveCooperative(input.id)) as unknown as Row)
    const u: Undo = { cooperative: before, createdChanges: [] }
    try {
      const effective = startOfDay(new Date(input.effective_on))
      const created = await service.createCooperativeStatusChanges({
        registry_status: input.registry_status,
        effective_on: effective,
        reason: input.reason,
        actor_id: input.actor.id,
        actor_name: input.actor.name,
        cooperative_id: input.id,
      })
      u.createdStatusChange = created.id
      const [latest] = await service.listCooperativeStatusChanges(
        { cooperative_id: input.id, effective_on: { $lte: new Date() } },
        { order: { effective_on: "DESC", created_at: "DESC" }, take: 1 }
      )
      const now = latest?.registry_status ?? "operating"
      if (now !== before.registry_status) await service.updateCooperatives({ id: input.id, registry_status: now })
      await recordChanges(
        service,
        input.id,
        [{ field: "registry_status", old_value: before.registry_status as string, new_value: `${input.registry_status} từ ${historyValue(effective)}` }],
        input.actor,
        input.reason,
        u
      )
      return new StepResponse({ id: input.id, registry_status: now, status_change_id: created.id }, u)
    } catch (e) {
      await undo(service, u)
      throw e
    }
  },
  async (u, { container }) => undo(container.resolve(COOPERATIVE_MODULE), u)
)

export interface ChangeSeatInput {
  id: string
  add?: { role: string; holder_name: string; holder_gender: "female" | "male"; started_on?: Date | string | null }
  end?: { seat_id: string; ended_on: Date | string }
  actor: RegistryActor
  reason?: string | null
}

const describeSeat = (s: { role: string; holder_name: string; holder_gender: string }) =>
  `${SEAT_LABELS[s.role] ?? s.role}: ${s.holder_name} (${s.holder_gender === "female" ? "nữ" : "nam"})`

/** Opens a management seat, or ends one (a change of holder = end the old seat, open a new one). */
export const changeManagementSeatStep = createStep(
  "change-cooperative-management-seat",
  async (input: ChangeSeatInput, { container }) => {
    const service: Service = container.resolve(COOPERATIVE_MODULE)
    const u: Undo = { createdChanges: [] }
    try {
      const changes: FieldChange[] = []
      if (input.end) {
        const [seat] = await service.listManagementRoles({ id: input.end.seat_id, cooperative_id: input.id })
        if (!seat) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy chức danh này trong ban quản lý của hợp tác xã")
        if (seat.ended_on) throw new MedusaError(MedusaError.Types.INVALID_DATA, "ended_on: Chức danh này đã kết thúc nhiệm kỳ")
        const endedOn = startOfDay(new Date(input.end.ended_on))
        if (seat.started_on && endedOn < new Date(seat.started_on)) {
          throw new MedusaError(MedusaError.Types.INVALID_DATA, "ended_on: Ngày kết thúc không được trước ngày nhận chức")
        }
        u.endedSeat = { id: seat.id, ended_on: null }
        await service.updateManagementRoles({ id: seat.id, ended_on: endedOn })
        changes.push({ field: "management", old_value: describeSeat(seat), new_value: `kết thúc ${historyValue(endedOn)}` })
      }
      if (input.add) {
        const seat = await service.createManagementRoles({
          role: input.add.role as never,
          holder_name: input.add.holder_name,
          holder_gender: input.add.holder_gender,
          started_on: input.add.started_on ? startOfDay(new Date(input.add.started_on)) : startOfDay(new Date()),
          cooperative_id: input.id,
        })
        u.createdSeat = seat.id
        changes.push({ field: "management", old_value: null, new_value: `${describeSeat(input.add)} từ ${historyValue(seat.started_on)}` })
      }
      await recordChanges(service, input.id, changes, input.actor, input.reason ?? null, u)
      return new StepResponse({ id: input.id, seat_id: u.createdSeat ?? input.end?.seat_id }, u)
    } catch (e) {
      await undo(service, u)
      throw e
    }
  },
  async (u, { container }) => undo(container.resolve(COOPERATIVE_MODULE), u)
)
