/**
 * The registry's state on a date — the one place that says what "at the period's end" means:
 *  - a cooperative counts when it was founded on or before the date (or the date is unknown) and
 *    its registry status then (latest change effective on or before it, else operating) is operating;
 *  - the seats held then: started on or before it (or always held) and not ended by it;
 *  - its figures then: the latest record as of the date or before; none = missing, never zero.
 */
import { deriveWomenInManagement, type WomenInManagement } from "../women-in-management"
import type { RegistryStatus, Snapshot, SnapshotCooperative, SnapshotFigures, SnapshotSeat } from "./snapshot"

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

/** A cooperative with its records sorted once, so that its state on any date is a quick lookup. */
export class IndexedCooperative {
  readonly figures: SnapshotFigures[]
  private readonly statusChanges: SnapshotCooperative["status_changes"]

  constructor(readonly c: SnapshotCooperative) {
    this.figures = [...c.figures].sort((a, b) => (a.as_of < b.as_of ? -1 : a.as_of > b.as_of ? 1 : 0))
    this.statusChanges = [...c.status_changes].sort((a, b) => (a.effective_on < b.effective_on ? -1 : a.effective_on > b.effective_on ? 1 : 0))
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

  seatsOn(date: string): SnapshotSeat[] {
    return this.c.seats.filter((s) => seatHeldOn(s, date))
  }

  /** The latest figure record as of the date, or null (missing). */
  figuresOn(date: string): SnapshotFigures | null {
    let lo = 0
    let hi = this.figures.length - 1
    let found: SnapshotFigures | null = null
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (this.figures[mid].as_of <= date) {
        found = this.figures[mid]
        lo = mid + 1
      } else hi = mid - 1
    }
    return found
  }
}

/** A cooperative as the indicators see it on one date. */
export interface CooperativeOn {
  ic: IndexedCooperative
  c: SnapshotCooperative
  date: string
  counted: boolean
  registryStatus: RegistryStatus
  seats: SnapshotSeat[]
  figures: SnapshotFigures | null
  /** from the seats (women in management, woman-led) and the figures (women-majority workforce) */
  classes: WomenInManagement
}

export function cooperativeOn(ic: IndexedCooperative, date: string): CooperativeOn {
  const seats = ic.seatsOn(date)
  const figures = ic.figuresOn(date)
  const registryStatus = ic.registryStatusOn(date)
  return {
    ic,
    c: ic.c,
    date,
    counted: ic.foundedBy(date) && registryStatus === "operating",
    registryStatus,
    seats,
    figures,
    classes: deriveWomenInManagement({
      management_roles: seats,
      workers_total: figures?.workers_total ?? 0,
      workers_women: figures?.workers_women ?? 0,
    }),
  }
}

export interface IndexedSnapshot {
  snapshot: Snapshot
  cooperatives: IndexedCooperative[]
  cooperativeById: Map<string, IndexedCooperative>
  /** a woman's management seat id → the person (cooperative + name) who held it */
  seatPerson: Map<string, string>
  /** for each attendance (same order), the woman manager it was hers, or null (a cadre) */
  attendancePerson: (string | null)[]
}

export const womanManagerKey = (cooperativeId: string, name: string) => `${cooperativeId}|${personKey(name)}`

export function indexSnapshot(snapshot: Snapshot): IndexedSnapshot {
  const cooperatives = snapshot.cooperatives.map((c) => new IndexedCooperative(c))
  // only women's seats: the person behind a seat matters for "women managers trained"
  const seatPerson = new Map<string, string>()
  for (const c of snapshot.cooperatives) for (const s of c.seats) if (s.holder_gender === "female") seatPerson.set(s.id, womanManagerKey(c.id, s.holder_name))
  const attendancePerson = snapshot.attendances.map((a) => {
    if (a.management_role_id) {
      const known = seatPerson.get(a.management_role_id)
      if (known) return known
      if (a.seat_holder) return womanManagerKey(a.seat_holder.cooperative_id, a.seat_holder.holder_name)
    }
    return a.cooperative_id ? womanManagerKey(a.cooperative_id, a.person_name) : null
  })
  return { snapshot, cooperatives, cooperativeById: new Map(cooperatives.map((ic) => [ic.c.id, ic])), seatPerson, attendancePerson }
}
