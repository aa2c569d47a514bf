/**
 * Reads the engine's snapshot straight from PostgreSQL (Medusa's PG_CONNECTION, a knex
 * instance), one query per kind of record, in parallel: the indicators read every cooperative,
 * seat, figure record and attendance of the province, which Query would fetch entity by entity.
 * Only what the dates asked about can use is read: each cooperative's latest figure record before
 * the first month-end asked about and its records after it (for one period: just the latest at its
 * end); trainings from the plan's start; orders inside the window.
 * Dates come back as Vietnamese calendar dates ("YYYY-MM-DD").
 */
import { PLAN_START, startOfVietnamDay, nextDay } from "./period"
import type { Snapshot, SnapshotCooperative } from "./snapshot"
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

export interface SnapshotWindow {
  /** first day any month asked about begins ("YYYY-MM-DD"): orders from then on */
  start: string
  /**
   * the first date whose figures are asked about (default: `end`, one period): the latest record
   * on or before it and every record after it are read
   */
  figuresFrom?: string
  /** last day (E) of the last month asked about */
  end: string
  area?: Area
}

export async function loadSnapshot(db: SqlRunner, window: SnapshotWindow): Promise<Snapshot> {
  const startTs = startOfVietnamDay(window.start)
  const endTs = startOfVietnamDay(nextDay(window.end))
  const figuresTs = startOfVietnamDay(nextDay(window.figuresFrom ?? window.end))
  const planStartTs = startOfVietnamDay(PLAN_START)
  const area = window.area ?? {}
  // The area narrows the cooperatives (and with them seats, figures and sales) and the cadres.
  const coopArea = area.ward_code ? `and c.ward_code = ?` : area.former_district ? `and c.former_district = ?` : ""
  const areaValue = area.ward_code ?? area.former_district
  const areaBindings = areaValue ? [areaValue] : []
  const cadreArea = coopArea.replace("c.", "k.")

  const [cooperatives, statusChanges, seats, figures, cadres, attendances, targets, sales, ocop] = await Promise.all([
    db.raw(
      `select c.id, c.name, c.handle, c.kind, c.registration_number, c.status, c.ward_code, c.ward_name, c.former_district, ${day("c.founded_on")} as founded_on
       from cooperative c where c.deleted_at is null ${coopArea} order by c.former_district, c.ward_name, c.name`,
      areaBindings
    ),
    db.raw(
      `select s.cooperative_id, s.registry_status, ${day("s.effective_on")} as effective_on
       from cooperative_status_change s join cooperative c on c.id = s.cooperative_id
       where s.deleted_at is null and c.deleted_at is null and s.effective_on < ? ${coopArea}`,
      [endTs, ...areaBindings]
    ),
    // the seats held on some date asked about (begun by the end, not ended before the first date);
    // a training recorded against a seat its holder has since left names her through the attendance query
    db.raw(
      `select r.id, r.cooperative_id, r.role, r.holder_name, r.holder_gender, ${day("r.started_on")} as started_on, ${day("r.ended_on")} as ended_on
       from cooperative_management_role r join cooperative c on c.id = r.cooperative_id
       where r.deleted_at is null and c.deleted_at is null and (r.started_on is null or r.started_on < ?) and (r.ended_on is null or r.ended_on >= ?) ${coopArea}`,
      [endTs, figuresTs, ...areaBindings]
    ),
    db.raw(
      // the latest record before the window: one index lookup per cooperative (cooperative_id, as_of)
      `(select c.id as cooperative_id, f.as_of, f.members_total, f.members_women, f.workers_total, f.workers_women, f.women_stable_jobs
        from cooperative c
        cross join lateral (
          select ${day("r.as_of")} as as_of, r.members_total, r.members_women, r.workers_total, r.workers_women, r.women_stable_jobs
          from cooperative_figure_record r
          where r.cooperative_id = c.id and r.deleted_at is null and r.as_of < ?
          order by r.as_of desc limit 1) f
        where c.deleted_at is null ${coopArea})
       union all
       (select f.cooperative_id, ${day("f.as_of")} as as_of, f.members_total, f.members_women, f.workers_total, f.workers_women, f.women_stable_jobs
        from cooperative_figure_record f join cooperative c on c.id = f.cooperative_id
        where f.deleted_at is null and c.deleted_at is null and f.as_of >= ? and f.as_of < ? ${coopArea})`,
      [figuresTs, ...areaBindings, figuresTs, endTs, ...areaBindings]
    ),
    db.raw(
      `select k.id, k.full_name, k.unit, k.role, k.ward_code, k.former_district, ${day("k.active_from")} as active_from, ${day("k.active_to")} as active_to
       from plan_cadre k where k.deleted_at is null ${cadreArea}`,
      areaBindings
    ),
    db.raw(
      `select a.training_id, ${day("t.held_on")} as held_on, a.cadre_id, a.management_role_id, a.cooperative_id, a.person_name, a.passed,
              r.cooperative_id as seat_cooperative_id, r.holder_name as seat_holder_name
       from plan_training_attendance a join plan_training t on t.id = a.training_id
       left join cooperative_management_role r on r.id = a.management_role_id
       where a.deleted_at is null and t.deleted_at is null and t.held_on >= ? and t.held_on < ?`,
      [planStartTs, endTs]
    ),
    db.raw(`select year, indicator_id, value from plan_target where deleted_at is null`),
    // each cooperative's lines of each order placed in the window (the order's current version)
    db.raw(
      `select o.id as order_id, ${day("o.created_at")} as placed_on, cp.cooperative_id,
              sum(coalesce(oi.unit_price, li.unit_price) * oi.quantity) as revenue_vnd, sum(oi.quantity) as items
       from "order" o
       join order_item oi on oi.order_id = o.id and oi.version = o.version and oi.deleted_at is null
       join order_line_item li on li.id = oi.item_id and li.deleted_at is null
       join ${LINK_TABLES.cooperativeProduct} cp on cp.product_id = li.product_id and cp.deleted_at is null
       join cooperative c on c.id = cp.cooperative_id and c.deleted_at is null
       where o.deleted_at is null and o.is_draft_order = false and o.status not in ('canceled', 'draft') and o.created_at >= ? and o.created_at < ? ${coopArea}
       group by o.id, o.created_at, cp.cooperative_id`,
      [startTs, endTs, ...areaBindings]
    ),
    db.raw(
      `select p.id as product_id, p.title, cp.cooperative_id, pv.ocop_stars as stars,
              ${day("pv.ocop_issued_on")} as issued_on, ${day("pv.ocop_expires_on")} as expires_on
       from product p
       join ${LINK_TABLES.cooperativeProduct} cp on cp.product_id = p.id and cp.deleted_at is null
       join cooperative c on c.id = cp.cooperative_id and c.deleted_at is null
       join ${LINK_TABLES.productProvenance} pp on pp.product_id = p.id and pp.deleted_at is null
       join product_provenance pv on pv.id = pp.product_provenance_id and pv.deleted_at is null
       where p.deleted_at is null and p.status = 'published' and pv.ocop_stars between 3 and 5 and pv.ocop_issued_on is not null ${coopArea}`,
      areaBindings
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
  const targetsByYear: Snapshot["targets"] = {}
  for (const row of targets.rows) (targetsByYear[row.year] ??= {})[row.indicator_id] = Number(row.value)

  return {
    cooperatives: [...byId.values()],
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
