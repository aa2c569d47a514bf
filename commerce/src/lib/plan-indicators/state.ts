/**
 * The registry's state on a date — the one place that says what "at the period's end" means:
 *  - a cooperative counts when it was founded on or before the date (or the date is unknown) and
 *    its registry status then (latest change effective on or before it, else operating) is operating;
 *  - the seats held then: started on or before it (or always held) and not ended by it;
 *  - its figures then: the latest record as of the date or before; none = missing, never zero.
 */
import { deriveWomenInManagement, type WomenInManagement } from "../women-in-management"
import { PLAN_START } from "./period"
import type { RegistrySnapshot, RegistryStatus, SnapshotCooperative, SnapshotFigures, SnapshotSeat } from "./snapshot"

export interface Area {
  former_district?: string
  ward_code?: string
}

export function inArea(place: { former_district: string | null; ward_code: string | null }, area: Area): boolean {
  if (area.ward_code) return place.ward_code === area.ward_code
  if (area.former_district) return place.former_district === area.former_district
  return true
}

/**
 * "Nguyễn  Thị Hoa " and "nguyễn thị hoa" are one person (names are NFC-normalised, case and spacing
 * ignored; Vietnamese has no locale-specific case rules, and the locale-aware call is much slower).
 */
export function personKey(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase()
}

export function seatHeldOn(seat: Pick<SnapshotSeat, "started_on" | "ended_on">, date: string): boolean {
  return (seat.started_on === null || seat.started_on <= date) && (seat.ended_on === null || seat.ended_on > date)
}

/** The first index whose value is greater than `date` in a sorted list (so `- 1` is the last ≤ it). */
export function upperBound(sorted: readonly string[], date: string): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid] <= date) lo = mid + 1
    else hi = mid
  }
  return lo
}

const byDate = <T>(key: (x: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)

/** The management on a date: the seats held, and who among their holders are women (one per person). */
export interface SeatsOn {
  seats: SnapshotSeat[]
  womenManagers: { key: string; name: string; roles: SnapshotSeat["role"][] }[]
}

/**
 * A cooperative with its records sorted once, so that its state on any date is a quick lookup:
 * figures and status by binary search; the seats change on few dates (a handover), so the seats
 * held between two such dates, with their women holders, are worked out once and shared by every
 * date in between (read-only) — across requests too, when the registry's index is cached.
 */
export class IndexedCooperative {
  readonly figures: SnapshotFigures[]
  private readonly figureDates: string[]
  private readonly statusChanges: SnapshotCooperative["status_changes"]
  /** the dates on which a seat begins or ends, sorted, without repeats */
  private readonly seatDates: string[]
  /** the seats from each of those dates on (index + 1; [0] = before the first) */
  private readonly seatsFrom: (SeatsOn | undefined)[]
  private womanKeys?: Map<string, string>

  constructor(readonly c: SnapshotCooperative) {
    this.figures = [...c.figures].sort(byDate((f) => f.as_of))
    this.figureDates = this.figures.map((f) => f.as_of)
    this.statusChanges = [...c.status_changes].sort(byDate((s) => s.effective_on))
    const dates = new Set<string>()
    for (const s of c.seats) {
      if (s.started_on) dates.add(s.started_on)
      if (s.ended_on) dates.add(s.ended_on)
    }
    this.seatDates = [...dates].sort()
    this.seatsFrom = new Array(this.seatDates.length + 1)
  }

  registryStatusOn(date: string): RegistryStatus {
    let status: RegistryStatus = "operating"
    for (const change of this.statusChanges) {
      if (change.effective_on > date) break
      status = change.registry_status
    }
    return status
  }

  foundedBy(date: string): boolean {
    return this.c.founded_on === null || this.c.founded_on <= date
  }

  /** In the registry and operating on that date: the cooperatives an indicator counts. */
  countsOn(date: string): boolean {
    return this.foundedBy(date) && this.registryStatusOn(date) === "operating"
  }

  /** The seats held on the date, and the women holding them (shared with every date until the next handover: do not modify). */
  seatsOn(date: string): SeatsOn {
    const i = upperBound(this.seatDates, date)
    let found = this.seatsFrom[i]
    if (!found) {
      const seats = this.c.seats.filter((s) => seatHeldOn(s, date))
      const women = new Map<string, SeatsOn["womenManagers"][number]>()
      for (const seat of seats) {
        if (seat.holder_gender !== "female") continue
        const key = this.womanManagerKey(seat)
        const person = women.get(key) ?? { key, name: seat.holder_name, roles: [] }
        person.roles.push(seat.role)
        women.set(key, person)
      }
      this.seatsFrom[i] = found = { seats, womenManagers: [...women.values()] }
    }
    return found
  }

  /** The latest figure record as of the date, or null (missing). */
  figuresOn(date: string): SnapshotFigures | null {
    const i = upperBound(this.figureDates, date) - 1
    return i >= 0 ? this.figures[i] : null
  }

  /** The person a woman's seat names (cooperative + name), computed once per seat. */
  womanManagerKey(seat: SnapshotSeat): string {
    this.womanKeys ??= new Map()
    let key = this.womanKeys.get(seat.id)
    if (key === undefined) this.womanKeys.set(seat.id, (key = womanManagerKey(this.c.id, seat.holder_name)))
    return key
  }
}

/** A cooperative as the indicators see it on one date. */
export interface CooperativeOn {
  ic: IndexedCooperative
  c: SnapshotCooperative
  /** founded on or before the date (or founding date unknown) */
  founded: boolean
  counted: boolean
  registryStatus: RegistryStatus
  seats: SnapshotSeat[]
  figures: SnapshotFigures | null
  /** from the seats (women in management, woman-led) and the figures (women-majority workforce) */
  classes: WomenInManagement
  /** the women holding seats then, one per person (a woman in two seats once), with her seats' roles */
  womenManagers: SeatsOn["womenManagers"]
}

export function cooperativeOn(ic: IndexedCooperative, date: string): CooperativeOn {
  const { seats, womenManagers } = ic.seatsOn(date)
  const figures = ic.figuresOn(date)
  const registryStatus = ic.registryStatusOn(date)
  const founded = ic.foundedBy(date)
  return {
    ic,
    c: ic.c,
    founded,
    counted: founded && registryStatus === "operating",
    registryStatus,
    seats,
    figures,
    classes: deriveWomenInManagement({
      management_roles: seats,
      workers_total: figures?.workers_total ?? 0,
      workers_women: figures?.workers_women ?? 0,
    }),
    womenManagers,
  }
}

export const womanManagerKey = (cooperativeId: string, name: string) => `${cooperativeId}|${personKey(name)}`

/** The registry and training register indexed once; read-only, so that one copy serves many requests. */
export interface IndexedRegistry {
  registry: RegistrySnapshot
  cooperatives: IndexedCooperative[]
  cooperativeById: Map<string, IndexedCooperative>
  /** per woman manager (cooperative + name): the dates of her attendances from the plan's start, sorted */
  womanTrainings: Map<string, string[]>
  /** per cadre: the dates of the distinct trainings she attended from the plan's start, and of each one she passed, sorted */
  cadreTrainings: Map<string, { attended: string[]; passed: string[] }>
}

/** How many dates of a sorted list are on or before `date`. */
export const countUpTo = (sorted: readonly string[] | undefined, date: string) => (sorted ? upperBound(sorted, date) : 0)

/**
 * Indexes the registry. `previous`: an index of an earlier version of it, whose cooperatives are
 * reused where the registry still holds the very same record objects (the cache's update after a
 * write replaces only the cooperatives written).
 */
export function indexRegistry(registry: RegistrySnapshot, previous?: IndexedRegistry): IndexedRegistry {
  const cooperatives = registry.cooperatives.map((c) => {
    const known = previous?.cooperativeById.get(c.id)
    return known?.c === c ? known : new IndexedCooperative(c)
  })
  // only women's seats: the person behind a seat matters for "women managers trained"
  const seatPerson = new Map<string, string>()
  for (const ic of cooperatives) for (const s of ic.c.seats) if (s.holder_gender === "female") seatPerson.set(s.id, ic.womanManagerKey(s))
  const womanTrainings = new Map<string, string[]>()
  const cadreTrainings = new Map<string, { attended: string[]; passed: string[]; ids: Set<string> }>()
  for (const a of registry.attendances) {
    if (a.held_on < PLAN_START) continue
    if (a.cadre_id) {
      const seen = cadreTrainings.get(a.cadre_id) ?? { attended: [], passed: [], ids: new Set<string>() }
      if (!seen.ids.has(a.training_id)) {
        seen.ids.add(a.training_id)
        seen.attended.push(a.held_on)
      }
      if (a.passed === true) seen.passed.push(a.held_on)
      cadreTrainings.set(a.cadre_id, seen)
    }
    // the woman manager it was hers: the seat's holder (a training recorded against a seat she has since left still names her), else the name given
    let person: string | null = null
    if (a.management_role_id) person = seatPerson.get(a.management_role_id) ?? (a.seat_holder ? womanManagerKey(a.seat_holder.cooperative_id, a.seat_holder.holder_name) : null)
    if (!person && a.cooperative_id) person = womanManagerKey(a.cooperative_id, a.person_name)
    if (person) {
      const dates = womanTrainings.get(person) ?? []
      dates.push(a.held_on)
      womanTrainings.set(person, dates)
    }
  }
  for (const dates of womanTrainings.values()) dates.sort()
  for (const seen of cadreTrainings.values()) {
    seen.attended.sort()
    seen.passed.sort()
  }
  return {
    registry,
    cooperatives,
    cooperativeById: new Map(cooperatives.map((ic) => [ic.c.id, ic])),
    womanTrainings,
    cadreTrainings: new Map([...cadreTrainings].map(([id, { attended, passed }]) => [id, { attended, passed }])),
  }
}
