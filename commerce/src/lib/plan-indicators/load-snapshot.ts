/**
 * Reads the engine's snapshot straight from PostgreSQL (Medusa's PG_CONNECTION, a knex
 * instance), one query per kind of record, in parallel: the indicators read every cooperative,
 * seat, figure record and attendance of the province, which Query would fetch entity by entity.
 *  - `loadRegistry`: the whole registry and training register, every date (what changes only when
 *    someone edits it; `registry-cache.ts` keeps one copy per revision and, after a write, reads
 *    again only the cooperatives written — `loadCooperatives(db, ids)` — or the training register);
 *  - `loadMarketplace`: the orders inside the window and the OCOP products on sale (what changes with
 *    every order: read on each request).
 * Dates come back as Vietnamese calendar dates ("YYYY-MM-DD").
 */
import { PLAN_START, startOfVietnamDay, nextDay } from "./period"
import type { MarketplaceSnapshot, RegistrySnapshot, SnapshotCooperative } from "./snapshot"
import type { Area } from "./state"

/** The part of knex the loader uses. */
export interface SqlRunner {
  raw(sql: string, bindings?: readonly unknown[]): Promise<{ rows: Record<string, any>[] }>
}

/** Tables of our module links (Medusa names them after both modules and entities). */
export const LINK_TABLES = {
  cooperativeProduct: "cooperative_cooperative_product_product",
  productProvenance: "product_product_provenance_product_provenance",
} as const

const day = (column: string) => `to_char(${column} at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD')`

/** Narrows the cooperatives (and with them sales and products) to the area: SQL and its bindings. */
function areaFilter(area: Area = {}) {
  const value = area.ward_code ?? area.former_district
  return {
    sql: area.ward_code ? `and c.ward_code = ?` : area.former_district ? `and c.former_district = ?` : "",
    bindings: value ? [value] : [],
  }
}

export async function loadRegistry(db: SqlRunner): Promise<RegistrySnapshot> {
  const [cooperatives, training] = await Promise.all([loadCooperatives(db), loadTrainingRegister(db)])
  return { cooperatives, ...training }
}

/** The cooperative rows' order in the registry (the lists and reports follow it). */
const COOPERATIVE_ORDER = `order by c.former_district, c.ward_name, c.name, c.id`

/**
 * Cooperatives with their status changes, seats and figure records: all of them, or those of `ids`
 * (those that exist: a deleted one is left out).
 */
export async function loadCooperatives(db: SqlRunner, ids?: readonly string[]): Promise<SnapshotCooperative[]> {
  const only = ids ? `and c.id = any(?)` : ""
  const bindings = ids ? [ids] : []
  const [cooperatives, statusChanges, seats, figures] = await Promise.all([
    db.raw(
      `select c.id, c.name, c.handle, c.kind, c.registration_number, c.status, c.ward_code, c.ward_name, c.former_district, ${day("c.founded_on")} as founded_on
       from cooperative c where c.deleted_at is null ${only} ${COOPERATIVE_ORDER}`,
      bindings
    ),
    db.raw(
      `select s.cooperative_id, s.registry_status, ${day("s.effective_on")} as effective_on
       from cooperative_status_change s join cooperative c on c.id = s.cooperative_id
       where s.deleted_at is null and c.deleted_at is null ${only}`,
      bindings
    ),
    db.raw(
      `select r.id, r.cooperative_id, r.role, r.holder_name, r.holder_gender, ${day("r.started_on")} as started_on, ${day("r.ended_on")} as ended_on
       from cooperative_management_role r join cooperative c on c.id = r.cooperative_id
       where r.deleted_at is null and c.deleted_at is null ${only}`,
      bindings
    ),
    db.raw(
      `select f.cooperative_id, ${day("f.as_of")} as as_of, f.members_total, f.members_women, f.workers_total, f.workers_women, f.women_stable_jobs
       from cooperative_figure_record f join cooperative c on c.id = f.cooperative_id
       where f.deleted_at is null and c.deleted_at is null ${only}`,
      bindings
    ),
  ])

  const byId = new Map<string, SnapshotCooperative>()
  for (const row of cooperatives.rows) {
    byId.set(row.id, {
      id: row.id,
      name: row.name,
      handle: row.handle,
      kind: row.kind,
      registration_number: row.registration_number,
      status: row.status,
      ward_code: row.ward_code,
      ward_name: row.ward_name,
      former_district: row.former_district,
      founded_on: row.founded_on,
      status_changes: [],
      seats: [],
      figures: [],
    })
  }
  for (const row of statusChanges.rows) byId.get(row.cooperative_id)?.status_changes.push({ effective_on: row.effective_on, registry_status: row.registry_status })
  for (const row of seats.rows) {
    byId.get(row.cooperative_id)?.seats.push({
      id: row.id,
      role: row.role,
      holder_name: row.holder_name,
      holder_gender: row.holder_gender,
      started_on: row.started_on,
      ended_on: row.ended_on,
    })
  }
  for (const row of figures.rows) {
    byId.get(row.cooperative_id)?.figures.push({
      as_of: row.as_of,
      members_total: row.members_total,
      members_women: row.members_women,
      workers_total: row.workers_total,
      workers_women: row.workers_women,
      women_stable_jobs: row.women_stable_jobs,
    })
  }
  return [...byId.values()]
}

/** The ids of the registry's cooperatives, in its order. */
export async function loadCooperativeOrder(db: SqlRunner): Promise<string[]> {
  const { rows } = await db.raw(`select c.id from cooperative c where c.deleted_at is null ${COOPERATIVE_ORDER}`)
  return rows.map((r) => r.id)
}

/** Cadres, attendance from the plan's start, and the targets. */
export async function loadTrainingRegister(db: SqlRunner): Promise<Omit<RegistrySnapshot, "cooperatives">> {
  const [cadres, attendances, targets] = await Promise.all([
    db.raw(
      `select k.id, k.full_name, k.unit, k.role, k.ward_code, k.former_district, ${day("k.active_from")} as active_from, ${day("k.active_to")} as active_to
       from plan_cadre k where k.deleted_at is null`
    ),
    // a training recorded against a seat its holder has since left names her through the seat
    db.raw(
      `select a.training_id, ${day("t.held_on")} as held_on, a.cadre_id, a.management_role_id, a.cooperative_id, a.person_name, a.passed,
              r.cooperative_id as seat_cooperative_id, r.holder_name as seat_holder_name
       from plan_training_attendance a join plan_training t on t.id = a.training_id
       left join cooperative_management_role r on r.id = a.management_role_id
       where a.deleted_at is null and t.deleted_at is null and t.held_on >= ?`,
      [startOfVietnamDay(PLAN_START)]
    ),
    db.raw(`select year, indicator_id, value from plan_target where deleted_at is null`),
  ])
  const targetsByYear: RegistrySnapshot["targets"] = {}
  for (const row of targets.rows) (targetsByYear[row.year] ??= {})[row.indicator_id] = Number(row.value)
  return {
    cadres: cadres.rows.map((row) => ({
      id: row.id,
      full_name: row.full_name,
      unit: row.unit,
      role: row.role,
      ward_code: row.ward_code,
      former_district: row.former_district,
      active_from: row.active_from,
      active_to: row.active_to,
    })),
    attendances: attendances.rows.map((row) => ({
      training_id: row.training_id,
      held_on: row.held_on,
      cadre_id: row.cadre_id,
      management_role_id: row.management_role_id,
      cooperative_id: row.cooperative_id,
      person_name: row.person_name,
      passed: row.passed,
      seat_holder: row.seat_cooperative_id ? { cooperative_id: row.seat_cooperative_id, holder_name: row.seat_holder_name } : null,
    })),
    targets: targetsByYear,
  }
}

/** Each cooperative's lines of each order placed from `start` to `end` (dates, inclusive), and the OCOP products on sale now. */
export async function loadMarketplace(db: SqlRunner, window: { start: string; end: string; area?: Area }): Promise<MarketplaceSnapshot> {
  const area = areaFilter(window.area)
  const [sales, ocop] = await Promise.all([
    // the order's current version
    db.raw(
      `select o.id as order_id, ${day("o.created_at")} as placed_on, cp.cooperative_id,
              sum(coalesce(oi.unit_price, li.unit_price) * oi.quantity) as revenue_vnd, sum(oi.quantity) as items
       from "order" o
       join order_item oi on oi.order_id = o.id and oi.version = o.version and oi.deleted_at is null
       join order_line_item li on li.id = oi.item_id and li.deleted_at is null
       join ${LINK_TABLES.cooperativeProduct} cp on cp.product_id = li.product_id and cp.deleted_at is null
       join cooperative c on c.id = cp.cooperative_id and c.deleted_at is null
       where o.deleted_at is null and o.is_draft_order = false and o.status not in ('canceled', 'draft') and o.created_at >= ? and o.created_at < ? ${area.sql}
       group by o.id, o.created_at, cp.cooperative_id`,
      [startOfVietnamDay(window.start), startOfVietnamDay(nextDay(window.end)), ...area.bindings]
    ),
    db.raw(
      `select p.id as product_id, p.title, cp.cooperative_id, pv.ocop_stars as stars,
              ${day("pv.ocop_issued_on")} as issued_on, ${day("pv.ocop_expires_on")} as expires_on
       from product p
       join ${LINK_TABLES.cooperativeProduct} cp on cp.product_id = p.id and cp.deleted_at is null
       join cooperative c on c.id = cp.cooperative_id and c.deleted_at is null
       join ${LINK_TABLES.productProvenance} pp on pp.product_id = p.id and pp.deleted_at is null
       join product_provenance pv on pv.id = pp.product_provenance_id and pv.deleted_at is null
       where p.deleted_at is null and p.status = 'published' and pv.ocop_stars between 3 and 5 and pv.ocop_issued_on is not null ${area.sql}`,
      area.bindings
    ),
  ])
  return {
    sales: sales.rows.map((row) => ({
      order_id: row.order_id,
      placed_on: row.placed_on,
      cooperative_id: row.cooperative_id,
      revenue_vnd: Math.round(Number(row.revenue_vnd)),
      items: Number(row.items),
    })),
    ocop_products: ocop.rows.map((row) => ({
      product_id: row.product_id,
      title: row.title,
      cooperative_id: row.cooperative_id,
      stars: Number(row.stars) as 3 | 4 | 5,
      issued_on: row.issued_on,
      expires_on: row.expires_on,
    })),
  }
}
