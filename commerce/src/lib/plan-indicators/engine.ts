/**
 * Computes the plan's indicators for a period and an area from a snapshot: numerator,
 * denominator, value, target, and — for the drill-down — the entities counted, not counted and
 * missing. Pure: no database, no clock. Semantics in `state.ts` and `definitions.ts`.
 */
import { INDICATORS, INDICATOR_IDS, KIND_LABELS, STALE_FIGURES_MONTHS, type IndicatorId, type IndicatorUnit } from "./definitions"
import { addMonths, bounds, formatDay, lastDayOfMonth, monthsOf, type Period, type PeriodBounds } from "./period"
import type { MarketplaceSnapshot, Snapshot, SnapshotCadre, SnapshotCooperative, SnapshotOcopProduct } from "./snapshot"
import { cooperativeOn, countUpTo, inArea, indexRegistry, type Area, type CooperativeOn, type IndexedRegistry } from "./state"
import { formatVndPlain } from "../money"

export interface EntityRow {
  type: "cooperative" | "cadre" | "woman_manager" | "product"
  id: string
  name: string
  kind?: string
  ward_code?: string | null
  ward_name?: string | null
  former_district?: string | null
  cooperative_id?: string
  cooperative_name?: string
  /** why it is (not) counted, with its numbers, Vietnamese */
  detail: string
}

export interface Breakdown {
  key: string
  label: string
  numerator: number
  denominator: number | null
}

export interface IndicatorResult {
  id: IndicatorId
  label: string
  unit: IndicatorUnit
  numerator: number
  denominator: number | null
  /** percent (one decimal) for percent indicators, else the numerator; null when the denominator is 0 */
  value: number | null
  target: number | null
  target_met: boolean | null
  /** entities left out because their data is missing at the period's end */
  missing: number
  definition: string
  note?: string
  breakdown?: Breakdown[]
}

export interface Drilldown {
  counted: EntityRow[]
  not_counted: EntityRow[]
  missing: EntityRow[]
}

export interface DataWarning {
  code: "missing_figures" | "stale_figures" | "no_management_seats"
  message: string
  cooperatives: { id: string; name: string; former_district: string; ward_name: string; figures_as_of: string | null }[]
}

/**
 * Collects one indicator's counts, and its entities only when asked: each method returns the list
 * the entity belongs to, or null when not collecting, so `tally.hit()?.push(row(…))` builds no row
 * (and allocates nothing) for the summary and the trend.
 */
class Tally {
  numerator = 0
  denominator = 0
  missingCount = 0
  readonly rows: Drilldown = { counted: [], not_counted: [], missing: [] }
  constructor(private readonly collect: boolean) {}

  hit(numerator = 1, denominator = 1): EntityRow[] | null {
    this.numerator += numerator
    this.denominator += denominator
    return this.collect ? this.rows.counted : null
  }
  miss(denominator = 1): EntityRow[] | null {
    this.denominator += denominator
    return this.collect ? this.rows.not_counted : null
  }
  unknown(): EntityRow[] | null {
    this.missingCount++
    return this.collect ? this.rows.missing : null
  }
}

interface Evaluated {
  tally: Tally
  /** a total with no denominator (orders, revenue, products) */
  noDenominator?: boolean
  breakdown?: Breakdown[]
}

const round1 = (v: number) => Math.round(v * 10) / 10

function coopRow(s: CooperativeOn, detail: string): EntityRow {
  return {
    type: "cooperative",
    id: s.c.id,
    name: s.c.name,
    kind: s.c.kind,
    ward_code: s.c.ward_code,
    ward_name: s.c.ward_name,
    former_district: s.c.former_district,
    detail: detail.charAt(0).toUpperCase() + detail.slice(1),
  }
}

function cadreRow(cadre: SnapshotCadre, detail: string): EntityRow {
  return { type: "cadre", id: cadre.id, name: cadre.full_name, ward_code: cadre.ward_code, former_district: cadre.former_district, detail: `${cadre.role}, ${cadre.unit}. ${detail}` }
}

const figuresText = (s: CooperativeOn) =>
  s.figures ? `số liệu ngày ${formatDay(s.figures.as_of)}: ${s.figures.workers_women}/${s.figures.workers_total} lao động nữ, ${s.figures.women_stable_jobs} có việc làm ổn định` : "chưa có số liệu đến cuối kỳ"
const seatsText = (s: CooperativeOn) =>
  s.seats.length ? `${s.classes.women_manager_count}/${s.classes.manager_count} ghế quản lý do nữ giữ` : "chưa ghi nhận ghế quản lý nào vào cuối kỳ"

/**
 * The engine over one snapshot; build it once per request and ask for as many periods and areas as
 * needed. The registry's index (`indexRegistry`) is read-only and may be shared between engines:
 * `IndicatorEngine.over` pairs a cached one with this request's marketplace figures.
 */
export class IndicatorEngine {
  private readonly ix: IndexedRegistry
  readonly snapshot: Snapshot

  constructor(snapshot: Snapshot, indexed: IndexedRegistry = indexRegistry(snapshot)) {
    this.snapshot = snapshot
    this.ix = indexed
  }

  static over(indexed: IndexedRegistry, marketplace: MarketplaceSnapshot): IndicatorEngine {
    return new IndicatorEngine({ ...indexed.registry, ...marketplace }, indexed)
  }

  private readonly statesByDate = new Map<string, CooperativeOn[]>()

  /** Every cooperative in the area, as on the date (counted or not); looked up once per date (and request) for all areas. */
  cooperativesOn(date: string, area: Area): CooperativeOn[] {
    let all = this.statesByDate.get(date)
    if (!all) {
      all = this.ix.cooperatives.map((ic) => cooperativeOn(ic, date))
      this.statesByDate.set(date, all)
    }
    return area.ward_code || area.former_district ? all.filter((s) => inArea(s.c, area)) : all
  }

  /** The cooperative, when it is in the registry and in the area. */
  private cooperativeIn(id: string, area: Area): SnapshotCooperative | undefined {
    const c = this.ix.cooperativeById.get(id)?.c
    return c && inArea(c, area) ? c : undefined
  }

  target(id: IndicatorId, year: number): number | null {
    const set = this.snapshot.targets[year]?.[id]
    return set ?? INDICATORS[id].defaultTarget
  }

  evaluate(period: Period, area: Area): IndicatorResult[] {
    return this.run(period, area, false).map(({ result }) => result)
  }

  drilldown(id: IndicatorId, period: Period, area: Area): { indicator: IndicatorResult; entities: Drilldown } {
    const one = this.run(period, area, true, [id])[0]
    return { indicator: one.result, entities: one.rows }
  }

  /** Each month's value: stocks at the month's end, flows within the month. */
  trend(months: string[], area: Area, ids: readonly IndicatorId[] = INDICATOR_IDS): Record<IndicatorId, { month: string; value: number | null }[]> {
    const out = Object.fromEntries(ids.map((id) => [id, [] as { month: string; value: number | null }[]])) as Record<IndicatorId, { month: string; value: number | null }[]>
    for (const month of months) {
      for (const { result } of this.run({ from: month, to: month }, area, false, ids)) out[result.id].push({ month, value: result.value })
    }
    return out
  }

  warnings(period: Period, area: Area): DataWarning[] {
    const b = bounds(period)
    const staleBefore = lastDayOfMonth(addMonths(period.to, -STALE_FIGURES_MONTHS))
    const counted = this.cooperativesOn(b.end, area).filter((s) => s.counted)
    const item = (s: CooperativeOn) => ({ id: s.c.id, name: s.c.name, former_district: s.c.former_district, ward_name: s.c.ward_name, figures_as_of: s.figures?.as_of ?? null })
    const missing = counted.filter((s) => !s.figures)
    const stale = counted.filter((s) => s.figures && s.figures.as_of <= staleBefore)
    const noSeats = counted.filter((s) => s.seats.length === 0)
    const warnings: DataWarning[] = []
    if (missing.length) warnings.push({ code: "missing_figures", message: `${missing.length} đơn vị chưa có số liệu thành viên, lao động đến ngày ${formatDay(b.end)}: các chỉ tiêu dựa trên số liệu báo các đơn vị này là thiếu.`, cooperatives: missing.map(item) })
    if (stale.length) warnings.push({ code: "stale_figures", message: `${stale.length} đơn vị có số liệu mới nhất cũ hơn ${STALE_FIGURES_MONTHS} tháng so với cuối kỳ: đề nghị cơ sở cập nhật.`, cooperatives: stale.map(item) })
    if (noSeats.length) warnings.push({ code: "no_management_seats", message: `${noSeats.length} đơn vị chưa ghi nhận ai giữ ghế quản lý vào cuối kỳ: không phân loại được, báo là thiếu.`, cooperatives: noSeats.map(item) })
    return warnings
  }

  private run(period: Period, area: Area, collect: boolean, ids: readonly IndicatorId[] = INDICATOR_IDS) {
    const b = bounds(period)
    const states = this.cooperativesOn(b.end, area)
    const year = Number(b.end.slice(0, 4))
    return ids.map((id) => {
      const evaluated = this.evaluateOne(id, b, area, states, collect)
      const { tally } = evaluated
      const def = INDICATORS[id]
      const denominator = evaluated.noDenominator ? null : tally.denominator
      const value = def.unit === "percent" ? (tally.denominator > 0 ? round1((tally.numerator / tally.denominator) * 100) : null) : tally.numerator
      // A rate's target holds in every area; a count (≥ 1 new HTX a year) is the province's.
      const target = def.unit !== "percent" && (area.ward_code || area.former_district) ? null : this.target(id, year)
      const result: IndicatorResult = {
        id,
        label: def.label,
        unit: def.unit,
        numerator: tally.numerator,
        denominator,
        value,
        target,
        target_met: targetMet(def.measure, value, target, period),
        missing: tally.missingCount,
        definition: def.definition,
        ...(def.note ? { note: def.note } : {}),
        ...(evaluated.breakdown ? { breakdown: evaluated.breakdown } : {}),
      }
      return { result, rows: tally.rows }
    })
  }

  private evaluateOne(id: IndicatorId, b: PeriodBounds, area: Area, states: CooperativeOn[], collect: boolean): Evaluated {
    switch (id) {
      case "cadres_trained":
        return this.cadres(b, area, collect, false)
      case "cadres_skilled":
        return this.cadres(b, area, collect, true)
      case "women_managers_trained":
        return this.womenManagersTrained(b, states, collect)
      case "women_stable_jobs_htx":
        return stableJobs(states, "hop_tac_xa", collect)
      case "women_stable_jobs_tht":
        return stableJobs(states, "to_hop_tac", collect)
      case "new_htx_women":
        return newHtxWomen(b, states, collect)
      case "women_managed_htx":
        return classify(states, collect, (s) => s.c.kind === "hop_tac_xa", (s) => s.classes.women_in_management, "seats")
      case "women_managed_tht":
        return classify(states, collect, (s) => s.c.kind === "to_hop_tac", (s) => s.classes.women_in_management, "seats")
      case "woman_led":
        return classify(states, collect, () => true, (s) => s.classes.woman_led, "seats")
      case "women_majority_workforce":
        return classify(states, collect, () => true, (s) => s.classes.women_majority_workforce, "figures")
      case "marketplace_orders":
      case "marketplace_revenue_vnd":
      case "marketplace_items_sold":
        return this.marketplace(id, b, area, states, collect)
      case "ocop_products_listed":
        return this.ocop(b, area, collect)
    }
  }

  private cadres(b: PeriodBounds, area: Area, collect: boolean, skilled: boolean): Evaluated {
    const tally = new Tally(collect)
    for (const cadre of this.snapshot.cadres) {
      if (!inArea(cadre, area)) continue
      const inPost = (cadre.active_from === null || cadre.active_from <= b.end) && (cadre.active_to === null || cadre.active_to > b.end)
      if (!inPost) continue
      const seen = this.ix.cadreTrainings.get(cadre.id)
      const trainings = countUpTo(seen?.attended, b.end)
      const passed = countUpTo(seen?.passed, b.end)
      const list = (skilled ? passed > 0 : trainings > 0) ? tally.hit() : tally.miss()
      list?.push(cadreRow(cadre, trainings ? `Đã dự ${trainings} lớp${skilled ? `, đạt yêu cầu ${passed} lớp` : ""}.` : "Chưa dự lớp tập huấn nào."))
    }
    return { tally }
  }

  private womenManagersTrained(b: PeriodBounds, states: CooperativeOn[], collect: boolean): Evaluated {
    const tally = new Tally(collect)
    for (const s of states) {
      if (!s.counted || s.c.kind !== "hop_tac_xa") continue
      for (const person of s.womenManagers) {
        const times = countUpTo(this.ix.womanTrainings.get(person.key), b.end)
        ;(times > 0 ? tally.hit() : tally.miss())?.push({
          type: "woman_manager",
          id: person.key,
          name: person.name,
          cooperative_id: s.c.id,
          cooperative_name: s.c.name,
          ward_code: s.c.ward_code,
          ward_name: s.c.ward_name,
          former_district: s.c.former_district,
          detail: `${person.roles.map((role) => ROLE_LABELS[role]).join(", ")} — ${times ? `đã dự ${times} lớp tập huấn` : "chưa dự lớp tập huấn nào"}.`,
        })
      }
    }
    return { tally }
  }

  private readonly salesByPeriod = new Map<string, { byCooperative: Map<string, { orders: Set<string>; revenue: number; items: number }>; orders: Set<string> }>()

  /** The period's sales in the area, per cooperative (once for the three marketplace indicators). */
  private salesIn(b: PeriodBounds, area: Area) {
    const key = `${b.start}|${b.end}|${area.ward_code ?? ""}|${area.former_district ?? ""}`
    let found = this.salesByPeriod.get(key)
    if (found) return found
    const byCooperative = new Map<string, { orders: Set<string>; revenue: number; items: number }>()
    const orders = new Set<string>()
    for (const sale of this.snapshot.sales) {
      if (sale.placed_on < b.start || sale.placed_on > b.end || !this.cooperativeIn(sale.cooperative_id, area)) continue
      const agg = byCooperative.get(sale.cooperative_id) ?? { orders: new Set<string>(), revenue: 0, items: 0 }
      agg.orders.add(sale.order_id)
      agg.revenue += sale.revenue_vnd
      agg.items += sale.items
      byCooperative.set(sale.cooperative_id, agg)
      orders.add(sale.order_id)
    }
    found = { byCooperative, orders }
    this.salesByPeriod.set(key, found)
    return found
  }

  private marketplace(id: "marketplace_orders" | "marketplace_revenue_vnd" | "marketplace_items_sold", b: PeriodBounds, area: Area, states: CooperativeOn[], collect: boolean): Evaluated {
    const tally = new Tally(collect)
    const { byCooperative, orders } = this.salesIn(b, area)
    for (const s of states) {
      const agg = byCooperative.get(s.c.id)
      // only the cooperatives that sell (or sold) here are listed
      if (agg) {
        const amount = id === "marketplace_orders" ? agg.orders.size : id === "marketplace_revenue_vnd" ? agg.revenue : agg.items
        tally.hit(amount, 0)?.push(coopRow(s, `${agg.orders.size} đơn, ${agg.items} sản phẩm, ${formatVndPlain(agg.revenue)}`))
      } else if (s.c.status === "active") tally.miss(0)?.push(coopRow(s, "Không có đơn trong kỳ"))
    }
    // An order with products of two cooperatives of the area is one order of the area.
    if (id === "marketplace_orders") tally.numerator = orders.size
    return { tally, noDenominator: true }
  }

  private ocop(b: PeriodBounds, area: Area, collect: boolean): Evaluated {
    const tally = new Tally(collect)
    const byStars = new Map<number, number>([[3, 0], [4, 0], [5, 0]])
    for (const p of this.snapshot.ocop_products) {
      const s = this.cooperativeIn(p.cooperative_id, area)
      if (!s) continue
      const valid = p.issued_on <= b.end && (p.expires_on === null || p.expires_on >= b.end)
      if (valid) byStars.set(p.stars, (byStars.get(p.stars) ?? 0) + 1)
      ;(valid ? tally.hit(1, 0) : tally.miss(0))?.push(productRow(p, s, valid))
    }
    return {
      tally,
      noDenominator: true,
      breakdown: [...byStars].map(([stars, n]) => ({ key: String(stars), label: `${stars} sao`, numerator: n, denominator: null })),
    }
  }
}

export const ROLE_LABELS: Record<string, string> = {
  chair: "Chủ tịch HĐQT",
  board_member: "Thành viên HĐQT",
  director: "Giám đốc",
  deputy_director: "Phó giám đốc",
  supervisory_board: "Ban kiểm soát",
}

function productRow(p: SnapshotOcopProduct, c: SnapshotCooperative, valid: boolean): EntityRow {
  return {
    type: "product",
    id: p.product_id,
    name: p.title,
    cooperative_id: c.id,
    cooperative_name: c.name,
    ward_code: c.ward_code,
    ward_name: c.ward_name,
    former_district: c.former_district,
    detail: `OCOP ${p.stars} sao, công nhận ${formatDay(p.issued_on)}${p.expires_on ? `, hiệu lực đến ${formatDay(p.expires_on)}` : ""}${valid ? "" : " — chưa có hoặc đã hết hiệu lực vào cuối kỳ"}.`,
  }
}

/**
 * The plan's target is stable jobs for the women working in HTX and THT "do phụ nữ tham gia quản
 * lý": the population is the women-managed units of the kind; one whose seats or figures are
 * unknown at E is missing.
 */
function stableJobs(states: CooperativeOn[], kind: "hop_tac_xa" | "to_hop_tac", collect: boolean): Evaluated {
  const tally = new Tally(collect)
  for (const s of states) {
    if (!s.counted || s.c.kind !== kind) continue
    if (s.seats.length > 0 && !s.classes.women_in_management) continue
    if (!s.figures || s.seats.length === 0) {
      tally.unknown()?.push(coopRow(s, `${seatsText(s)}; ${figuresText(s)}`))
      continue
    }
    const f = s.figures
    // Every woman worker of the cooperative is in the denominator; those with stable jobs in the numerator.
    ;(f.women_stable_jobs > 0 ? tally.hit(f.women_stable_jobs, f.workers_women) : tally.miss(f.workers_women))?.push(coopRow(s, figuresText(s)))
  }
  return { tally }
}

function classify(
  states: CooperativeOn[],
  collect: boolean,
  population: (s: CooperativeOn) => boolean,
  test: (s: CooperativeOn) => boolean,
  needs: "seats" | "figures"
): Evaluated {
  const tally = new Tally(collect)
  const byKind = new Map<string, { numerator: number; denominator: number }>()
  const detail = needs === "seats" ? seatsText : figuresText
  for (const s of states) {
    if (!s.counted || !population(s)) continue
    if (needs === "seats" ? s.seats.length === 0 : !s.figures) {
      tally.unknown()?.push(coopRow(s, detail(s)))
      continue
    }
    let kind = byKind.get(s.c.kind)
    if (!kind) byKind.set(s.c.kind, (kind = { numerator: 0, denominator: 0 }))
    kind.denominator++
    const counted = test(s)
    if (counted) kind.numerator++
    ;(counted ? tally.hit() : tally.miss())?.push(coopRow(s, detail(s)))
  }
  return {
    tally,
    breakdown: Object.keys(KIND_LABELS)
      .filter((k) => byKind.has(k))
      .map((k) => ({ key: k, label: KIND_LABELS[k], ...byKind.get(k)! })),
  }
}

function newHtxWomen(b: PeriodBounds, states: CooperativeOn[], collect: boolean): Evaluated {
  const tally = new Tally(collect)
  for (const s of states) {
    const founded = s.c.founded_on
    if (!s.counted || s.c.kind !== "hop_tac_xa" || !founded || founded < b.start || founded > b.end) continue
    const list = !s.figures || s.seats.length === 0 ? tally.unknown() : s.classes.women_in_management && s.classes.women_majority_workforce ? tally.hit() : tally.miss()
    list?.push(coopRow(s, `Thành lập ${formatDay(founded)}; ${seatsText(s)}; ${figuresText(s)}.`))
  }
  return { tally }
}

/**
 * Met or not. A yearly count of events (new HTX) is met as soon as it is reached, but a period
 * shorter than the year that has not reached it yet is not judged (null), not "not met".
 */
function targetMet(measure: "stock" | "flow", value: number | null, target: number | null, period: Period): boolean | null {
  if (target === null || value === null) return null
  if (value >= target) return true
  const wholeYear = period.from.endsWith("-01") && period.to === `${period.from.slice(0, 4)}-12`
  return measure === "flow" && !wholeYear ? null : false
}

/** Months shown in a card's trend: the period's, and at least the 12 months up to its end. */
export function trendMonths(period: Period, minimum = 12): string[] {
  const months = monthsOf(period)
  if (months.length >= minimum) return months
  return monthsOf({ from: addMonths(period.to, -(minimum - 1)), to: period.to })
}


