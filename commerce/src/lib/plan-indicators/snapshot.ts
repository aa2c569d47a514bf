/**
 * What the indicator engine reads: the registry, the people and trainings, the targets and the
 * marketplace's sales, as plain values. The loader (`load-snapshot.ts`) fills it from the
 * database; unit tests write it by hand. Dates are Vietnamese calendar dates "YYYY-MM-DD".
 */
import type { FigureCounts } from "../registry/figures"
import type { ManagementSeat } from "../women-in-management"

export type CooperativeKind = "hop_tac_xa" | "to_hop_tac" | "to_lien_ket" | "ho_kinh_doanh"
export type RegistryStatus = "operating" | "suspended" | "dissolved"

export interface SnapshotSeat {
  id: string
  role: ManagementSeat["role"]
  holder_name: string
  holder_gender: ManagementSeat["holder_gender"]
  /** null = held since founding */
  started_on: string | null
  /** null = still held; the holder no longer holds it from this date on */
  ended_on: string | null
}

/** A figure record as of a date (its counts; the income is not used by any indicator). */
export type SnapshotFigures = { as_of: string } & Omit<FigureCounts, "women_avg_monthly_income_vnd">

export interface SnapshotCooperative {
  id: string
  name: string
  handle: string
  kind: CooperativeKind
  registration_number?: string | null
  /** selling on the marketplace (pending | active | suspended | unlisted) — not the registry state */
  status: string
  ward_code: string
  ward_name: string
  former_district: string
  founded_on: string | null
  /** registry status changes, any order */
  status_changes: { effective_on: string; registry_status: RegistryStatus }[]
  seats: SnapshotSeat[]
  /** figure records, any order (the loader may leave out those no period asked about can use) */
  figures: SnapshotFigures[]
}

export interface SnapshotCadre {
  id: string
  full_name: string
  unit: string
  role: string
  ward_code: string | null
  former_district: string | null
  active_from: string | null
  active_to: string | null
}

export interface SnapshotAttendance {
  training_id: string
  held_on: string
  cadre_id: string | null
  management_role_id: string | null
  cooperative_id: string | null
  person_name: string
  passed: boolean | null
  /** the holder of `management_role_id`, when the loader read it with the attendance */
  seat_holder?: { cooperative_id: string; holder_name: string } | null
}

/** One cooperative's part of one order: its lines' total and quantity. */
export interface SnapshotSale {
  order_id: string
  placed_on: string
  cooperative_id: string
  revenue_vnd: number
  items: number
}

/**
 * A product on sale now with an OCOP rating; counted at E when its certificate is valid then (the
 * shop keeps no history of when a product was on sale, so "listed" means listed today).
 */
export interface SnapshotOcopProduct {
  product_id: string
  title: string
  cooperative_id: string
  stars: 3 | 4 | 5
  issued_on: string
  expires_on: string | null
}

export interface Snapshot {
  cooperatives: SnapshotCooperative[]
  cadres: SnapshotCadre[]
  attendances: SnapshotAttendance[]
  /** year → indicator id → value; missing entries fall back to the plan's defaults */
  targets: Record<number, Record<string, number>>
  sales: SnapshotSale[]
  ocop_products: SnapshotOcopProduct[]
}

/** The registry and the training register: what only changes when someone edits them (cached by revision). */
export type RegistrySnapshot = Omit<Snapshot, "sales" | "ocop_products">

/** What changes with orders and the catalogue: read on every request. */
export type MarketplaceSnapshot = Pick<Snapshot, "sales" | "ocop_products">
