/**
 * The indicator engine's speed-ups must not change a single number. On generated registries
 * (seeded, so every run checks the same ones) with seats changing hands, suspensions, missing and
 * mid-month figures, trainings before and after the plan's start and orders across cooperatives:
 *  - a cooperative's state on a date, looked up in its sorted history, is what the definitions say
 *    when applied straight to its records;
 *  - the monthly trend equals each month evaluated on its own by a fresh engine;
 *  - an index of the registry shared between requests (the server's cached copy) gives the same
 *    answers and lists as a fresh one, whatever was asked of it before.
 */
import { describe, expect, it } from "vitest"
import { INDICATOR_IDS } from "../../commerce/src/lib/plan-indicators/definitions"
import { IndicatorEngine } from "../../commerce/src/lib/plan-indicators/engine"
import { addMonths, lastDayOfMonth, monthsOf } from "../../commerce/src/lib/plan-indicators/period"
import type { MarketplaceSnapshot, RegistrySnapshot, RegistryStatus, SnapshotCooperative, SnapshotSeat } from "../../commerce/src/lib/plan-indicators/snapshot"
import { updatedRegistry } from "../../commerce/src/lib/plan-indicators/registry-cache"
import { cooperativeOn, indexRegistry, personKey, type Area } from "../../commerce/src/lib/plan-indicators/state"

/** A small deterministic generator (the bench registry's). */
function random(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

const WARDS = [
  { ward_code: "22498", ward_name: "Xã Tu Bông", former_district: "Huyện Vạn Ninh" },
  { ward_code: "22489", ward_name: "Xã Vạn Ninh", former_district: "Huyện Vạn Ninh" },
  { ward_code: "22528", ward_name: "Phường Ninh Hòa", former_district: "Thị xã Ninh Hòa" },
]
const KINDS = ["hop_tac_xa", "hop_tac_xa", "to_hop_tac", "to_lien_ket", "ho_kinh_doanh"] as const
const ROLES = ["chair", "director", "deputy_director", "board_member", "supervisory_board"] as const
const NAMES = ["Nguyễn Thị Hoa", "Trần Thị Bình", "Lê Văn An", "Phạm Thị Cúc", "Võ Văn Giang", "Đặng Thị Hạnh"]

function generate(seed: number): { registry: RegistrySnapshot; marketplace: MarketplaceSnapshot } {
  const rnd = random(seed)
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]
  // a day between 2023-06 and 2026-09; month ends and first days often (the boundaries that matter)
  const date = () => {
    const month = addMonths("2023-06", Math.floor(rnd() * 40))
    const r = rnd()
    return r < 0.3 ? lastDayOfMonth(month) : r < 0.45 ? `${month}-01` : `${month}-${String(1 + Math.floor(rnd() * 28)).padStart(2, "0")}`
  }
  const distinctDates = (n: number) => [...new Set(Array.from({ length: n }, date))]
  const cooperatives: SnapshotCooperative[] = Array.from({ length: 50 }, (_, i) => {
    const id = `coop${i}`
    const seats: SnapshotSeat[] = Array.from({ length: Math.floor(rnd() * 6) }, (_, k) => {
      const [a, b] = [date(), date()].sort()
      return {
        id: `${id}-seat${k}`,
        role: pick(ROLES),
        holder_name: pick(NAMES),
        holder_gender: rnd() < 0.55 ? "female" : "male",
        started_on: rnd() < 0.4 ? null : a,
        ended_on: rnd() < 0.5 ? null : b,
      }
    })
    const statuses: RegistryStatus[] = ["suspended", "operating", "dissolved"]
    return {
      id,
      name: `Đơn vị ${i}`,
      handle: id,
      kind: pick(KINDS),
      status: pick(["active", "unlisted", "pending"]),
      ...pick(WARDS),
      founded_on: rnd() < 0.2 ? null : date(),
      status_changes: distinctDates(Math.floor(rnd() * 3)).map((effective_on) => ({ effective_on, registry_status: pick(statuses) })),
      seats,
      figures: distinctDates(Math.floor(rnd() * 14)).map((as_of) => {
        const workers_total = Math.floor(rnd() * 30)
        const workers_women = Math.floor(rnd() * (workers_total + 1))
        return { as_of, members_total: workers_total, members_women: workers_women, workers_total, workers_women, women_stable_jobs: Math.floor(rnd() * (workers_women + 1)) }
      }),
    }
  })
  const cadres = Array.from({ length: 15 }, (_, i) => {
    const [from, to] = [date(), date()].sort()
    return { id: `k${i}`, full_name: `Cán bộ ${i}`, unit: "Hội LHPN", role: "Ủy viên", ...(rnd() < 0.2 ? { ward_code: null, former_district: null } : pick(WARDS)), active_from: rnd() < 0.5 ? null : from, active_to: rnd() < 0.6 ? null : to }
  })
  const trainings = Array.from({ length: 8 }, (_, i) => ({ id: `t${i}`, held_on: date() }))
  const seats = cooperatives.flatMap((c) => c.seats.map((s) => ({ c, s })))
  const attendances: RegistrySnapshot["attendances"] = []
  for (const t of trainings) {
    for (const k of cadres) if (rnd() < 0.3) attendances.push({ training_id: t.id, held_on: t.held_on, cadre_id: k.id, management_role_id: null, cooperative_id: null, person_name: k.full_name, passed: pick([true, false, null]) })
    for (const { c, s } of seats) {
      const r = rnd()
      // by her seat; by name only, spelt differently; or by a seat she has since left (the holder read with it)
      if (r < 0.15) attendances.push({ training_id: t.id, held_on: t.held_on, cadre_id: null, management_role_id: s.id, cooperative_id: c.id, person_name: s.holder_name, passed: null, seat_holder: { cooperative_id: c.id, holder_name: s.holder_name } })
      else if (r < 0.22) attendances.push({ training_id: t.id, held_on: t.held_on, cadre_id: null, management_role_id: null, cooperative_id: c.id, person_name: `  ${s.holder_name.toUpperCase()} `, passed: true })
      else if (r < 0.25) attendances.push({ training_id: t.id, held_on: t.held_on, cadre_id: null, management_role_id: `${s.id}-gone`, cooperative_id: c.id, person_name: "?", passed: null, seat_holder: { cooperative_id: c.id, holder_name: s.holder_name } })
    }
  }
  const sales: MarketplaceSnapshot["sales"] = []
  for (let o = 0; o < 120; o++) {
    const placed_on = date()
    for (const c of new Set([pick(cooperatives), pick(cooperatives)])) sales.push({ order_id: `o${o}`, placed_on, cooperative_id: c.id, revenue_vnd: 1000 * Math.floor(1 + rnd() * 500), items: 1 + Math.floor(rnd() * 5) })
  }
  const ocop_products = Array.from({ length: 20 }, (_, i) => {
    const issued_on = date()
    return { product_id: `p${i}`, title: `Sản phẩm ${i}`, cooperative_id: pick(cooperatives).id, stars: pick([3, 4, 5] as const), issued_on, expires_on: rnd() < 0.3 ? null : lastDayOfMonth(addMonths(issued_on.slice(0, 7), Math.floor(rnd() * 30))) }
  })
  return { registry: { cooperatives, cadres, attendances, targets: { 2025: { cadres_trained: 90 } } }, marketplace: { sales, ocop_products } }
}

const AREAS: Area[] = [{}, { former_district: "Huyện Vạn Ninh" }, { former_district: "Thị xã Ninh Hòa" }, ...WARDS.map((w) => ({ ward_code: w.ward_code }))]
const MONTHS = monthsOf({ from: "2024-01", to: "2026-06" })
const SEEDS = [1, 2, 3, 2025]

/** The definitions (README, "How every indicator is computed") applied straight to the records. */
function byTheDefinitions(c: SnapshotCooperative, date: string) {
  const founded = c.founded_on === null || c.founded_on <= date
  const changes = c.status_changes.filter((s) => s.effective_on <= date).sort((a, b) => a.effective_on.localeCompare(b.effective_on))
  const registryStatus = changes.at(-1)?.registry_status ?? "operating"
  const seats = c.seats.filter((s) => (s.started_on === null || s.started_on <= date) && (s.ended_on === null || s.ended_on > date))
  const figures = c.figures.filter((f) => f.as_of <= date).sort((a, b) => a.as_of.localeCompare(b.as_of)).at(-1) ?? null
  const women = seats.filter((s) => s.holder_gender === "female")
  return {
    founded,
    counted: founded && registryStatus === "operating",
    registryStatus,
    seats: seats.map((s) => s.id).sort(),
    figures: figures?.as_of ?? null,
    women_in_management: women.length > 0,
    woman_led: women.some((s) => s.role === "chair" || s.role === "director"),
    women_majority_workforce: !!figures && figures.workers_total > 0 && figures.workers_women * 2 > figures.workers_total,
    womenManagers: [...new Set(women.map((s) => `${c.id}|${personKey(s.holder_name)}`))].sort(),
  }
}

describe("plan indicators — the indexed registry", () => {
  it("finds each cooperative's state on any date as the definitions say", () => {
    for (const seed of SEEDS) {
      const { registry } = generate(seed)
      const index = indexRegistry(registry)
      for (const ic of index.cooperatives) {
        const c = ic.c
        // every date on which something changes, the day before it, and every month's end — in a shuffled order
        const dates = [...c.figures.map((f) => f.as_of), ...c.seats.flatMap((s) => [s.started_on, s.ended_on]), ...c.status_changes.map((s) => s.effective_on), c.founded_on]
          .filter((d): d is string => d !== null)
          .flatMap((d) => [d, new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)])
          .concat(MONTHS.map(lastDayOfMonth))
          .sort(() => random(seed)() - 0.5)
        for (const date of dates) {
          const s = cooperativeOn(ic, date)
          expect(
            {
              founded: s.founded,
              counted: s.counted,
              registryStatus: s.registryStatus,
              seats: s.seats.map((x) => x.id).sort(),
              figures: s.figures?.as_of ?? null,
              women_in_management: s.classes.women_in_management,
              woman_led: s.classes.woman_led,
              women_majority_workforce: s.classes.women_majority_workforce,
              womenManagers: s.womenManagers.map((w) => w.key).sort(),
            },
            `seed ${seed}, ${c.id} on ${date}`
          ).toEqual(byTheDefinitions(c, date))
        }
      }
    }
  })

  it("gives the monthly trend equal to each month evaluated on its own, in every area", () => {
    for (const seed of SEEDS) {
      const { registry, marketplace } = generate(seed)
      const snapshot = { ...registry, ...marketplace }
      const engine = new IndicatorEngine(snapshot)
      const trends = AREAS.map((area) => engine.trend(MONTHS, area))
      for (const [i, month] of MONTHS.entries()) {
        const alone = new IndicatorEngine(snapshot)
        for (const [a, area] of AREAS.entries()) {
          for (const r of alone.evaluate({ from: month, to: month }, area)) expect(trends[a][r.id][i], `seed ${seed}, ${JSON.stringify(area)}, ${month}, ${r.id}`).toEqual({ month, value: r.value })
        }
      }
    }
  })

  it("the last 13 months of the trend are 13 evaluations of one month each (the dashboard's request)", () => {
    const { registry, marketplace } = generate(7)
    const snapshot = { ...registry, ...marketplace }
    const months = monthsOf({ from: "2024-12", to: "2025-12" })
    const trend = new IndicatorEngine(snapshot).trend(months, {})
    const values = INDICATOR_IDS.map((id) => months.map((m) => new IndicatorEngine(snapshot).evaluate({ from: m, to: m }, {}).find((r) => r.id === id)!.value))
    expect(INDICATOR_IDS.map((id) => trend[id].map((p) => p.value))).toEqual(values)
    // not a degenerate registry: the months differ
    expect(new Set(trend.woman_led.map((p) => p.value)).size).toBeGreaterThan(1)
    expect(new Set(trend.women_stable_jobs_htx.map((p) => p.value)).size).toBeGreaterThan(1)
  })

  it("an index shared between requests answers as a fresh one, lists included, whatever was asked of it before", () => {
    for (const seed of SEEDS) {
      const { registry, marketplace } = generate(seed)
      const shared = indexRegistry(registry)
      // an earlier request over the same copy, with other sales, asked about other periods and areas
      const earlier = IndicatorEngine.over(shared, { sales: marketplace.sales.slice(0, 10), ocop_products: [] })
      for (const area of AREAS) earlier.trend(MONTHS, area)
      for (const id of INDICATOR_IDS) earlier.drilldown(id, { from: "2025-01", to: "2025-12" }, {})

      const periods = [{ from: "2025-01", to: "2025-06" }, { from: "2024-01", to: "2026-06" }, { from: "2025-03", to: "2025-03" }]
      for (const period of periods) {
        for (const area of AREAS) {
          const cached = IndicatorEngine.over(shared, marketplace)
          const fresh = new IndicatorEngine({ ...registry, ...marketplace })
          expect(cached.evaluate(period, area), `seed ${seed}`).toEqual(fresh.evaluate(period, area))
          expect(cached.warnings(period, area)).toEqual(fresh.warnings(period, area))
          for (const id of INDICATOR_IDS) expect(cached.drilldown(id, period, area), `seed ${seed} ${id}`).toEqual(fresh.drilldown(id, period, area))
        }
      }
    }
  })

  it("a copy brought up to date after writes (cooperatives edited, added, deleted; trainings) answers as the registry read whole", () => {
    for (const seed of SEEDS) {
      const { registry: before, marketplace } = generate(seed)
      const { registry: other } = generate(seed + 100)
      const indexBefore = indexRegistry(before)
      for (const area of AREAS) IndicatorEngine.over(indexBefore, marketplace).trend(MONTHS, area)

      // what the database holds after the writes: coop3 and coop7 edited (another unit's records), coop5 deleted,
      // a new cooperative, the training register replaced; the rest untouched (the very same rows)
      const edited = (id: string, from: SnapshotCooperative): SnapshotCooperative => ({ ...from, id, handle: id, seats: from.seats.map((x) => ({ ...x, id: `${id}-${x.id}` })) })
      const created = edited("coop-new", other.cooperatives[9])
      const after: RegistrySnapshot = {
        ...before,
        cadres: other.cadres,
        attendances: other.attendances,
        cooperatives: [
          created,
          ...before.cooperatives
            .filter((c) => c.id !== "coop5")
            .map((c) => (c.id === "coop3" ? edited("coop3", other.cooperatives[3]) : c.id === "coop7" ? edited("coop7", other.cooperatives[7]) : c)),
        ],
      }
      const ids = new Set(["coop3", "coop7", "coop5", "coop-new"])
      const written = after.cooperatives.filter((c) => ids.has(c.id))
      const updated = updatedRegistry(before, after.cooperatives.map((c) => c.id), ids, written, { cadres: other.cadres, attendances: other.attendances, targets: before.targets })
      expect(updated).toEqual(after)

      const index = indexRegistry(updated, indexBefore)
      // the untouched cooperatives keep their index (and what it has worked out)
      expect(index.cooperativeById.get("coop1")).toBe(indexBefore.cooperativeById.get("coop1"))
      expect(index.cooperativeById.get("coop3")).not.toBe(indexBefore.cooperativeById.get("coop3"))
      for (const period of [{ from: "2025-01", to: "2025-12" }, { from: "2026-02", to: "2026-02" }]) {
        for (const area of AREAS) {
          const cached = IndicatorEngine.over(index, marketplace)
          const fresh = new IndicatorEngine({ ...after, ...marketplace })
          expect(cached.evaluate(period, area), `seed ${seed}`).toEqual(fresh.evaluate(period, area))
          expect(cached.trend(MONTHS, area)).toEqual(fresh.trend(MONTHS, area))
          for (const id of INDICATOR_IDS) expect(cached.drilldown(id, period, area)).toEqual(fresh.drilldown(id, period, area))
        }
      }
    }
  })
})
