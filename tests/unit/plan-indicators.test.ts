/**
 * The plan's indicators computed on a small registry worked out by hand (comments give the
 * arithmetic). Period "6 tháng đầu năm 2025": E = 30/06/2025; and the month 03/2025: E = 31/03/2025.
 */
import { describe, expect, it } from "vitest"
import { IndicatorEngine, trendMonths, type IndicatorResult } from "../../commerce/src/lib/plan-indicators/engine"
import type { Snapshot, SnapshotCooperative, SnapshotFigures } from "../../commerce/src/lib/plan-indicators/snapshot"
import type { IndicatorId } from "../../commerce/src/lib/plan-indicators/definitions"
import { describePeriod, figuresAsOf, parsePeriod, presetPeriod } from "../../commerce/src/lib/plan-indicators/period"
import { readPlanQuery } from "../../commerce/src/lib/plan-indicators/query"

const VAN_NINH = "Huyện Vạn Ninh"
const NINH_HOA = "Thị xã Ninh Hòa"

const figures = (as_of: string, workers_total: number, workers_women: number, women_stable_jobs: number): SnapshotFigures => ({
  as_of,
  members_total: workers_total,
  members_women: workers_women,
  workers_total,
  workers_women,
  women_stable_jobs,
})

const coop = (c: Partial<SnapshotCooperative> & Pick<SnapshotCooperative, "id" | "kind" | "ward_code" | "former_district">): SnapshotCooperative => ({
  name: `Đơn vị ${c.id}`,
  handle: c.id,
  status: "unlisted",
  ward_name: `Xã ${c.ward_code}`,
  founded_on: null,
  status_changes: [],
  seats: [],
  figures: [],
  ...c,
})

const seat = (id: string, role: "chair" | "board_member" | "director" | "deputy_director" | "supervisory_board", holder_name: string, holder_gender: "female" | "male", started_on: string | null = null, ended_on: string | null = null) => ({
  id,
  role,
  holder_name,
  holder_gender,
  started_on,
  ended_on,
})

const snapshot: Snapshot = {
  cooperatives: [
    // A: HTX, Vạn Ninh. Its woman director hands over to a man on 15/04/2025 and becomes deputy director.
    coop({
      id: "A",
      kind: "hop_tac_xa",
      ward_code: "22498",
      former_district: VAN_NINH,
      founded_on: "2015-06-01",
      status: "active",
      seats: [
        seat("a-chair", "chair", "Lê Văn An", "male"),
        seat("a-dir-old", "director", "Ngô Thị Dung", "female", null, "2025-04-15"),
        seat("a-dir-new", "director", "Hồ Văn Em", "male", "2025-04-15"),
        seat("a-deputy", "deputy_director", "Ngô Thị Dung", "female", "2025-04-15"),
        seat("a-board", "board_member", "Trần Thị Bình", "female"),
      ],
      figures: [figures("2025-05-31", 20, 10, 8), figures("2024-12-31", 20, 12, 6)],
    }),
    // B: HTX founded in the period (10/03/2025), woman chair, 6 of 8 workers women from 30/04/2025.
    coop({
      id: "B",
      kind: "hop_tac_xa",
      ward_code: "22528",
      former_district: NINH_HOA,
      founded_on: "2025-03-10",
      seats: [seat("b-chair", "chair", "Phạm Thị Cúc", "female", "2025-03-10"), seat("b-dir", "director", "Võ Văn Giang", "male", "2025-03-10")],
      figures: [figures("2025-04-30", 8, 6, 2)],
    }),
    // C: HTX, Vạn Ninh, suspended from 01/05/2025, resumed 01/09/2025.
    coop({
      id: "C",
      kind: "hop_tac_xa",
      ward_code: "22489",
      former_district: VAN_NINH,
      founded_on: "2010-01-01",
      status_changes: [
        { effective_on: "2025-09-01", registry_status: "operating" },
        { effective_on: "2025-05-01", registry_status: "suspended" },
      ],
      seats: [seat("c-chair", "chair", "Đặng Thị Hạnh", "female")],
      figures: [figures("2024-12-31", 10, 8, 5)],
    }),
    // D: THT, Ninh Hòa, woman leader, no figure record at all.
    coop({ id: "D", kind: "to_hop_tac", ward_code: "22528", former_district: NINH_HOA, founded_on: "2020-01-01", seats: [seat("d-chair", "chair", "Bùi Thị Lan", "female")] }),
    // E: THT, Vạn Ninh, man leader, a woman on its board until 30/06/2025 (not held on that day), figures from 30/06/2025 only.
    coop({
      id: "E",
      kind: "to_hop_tac",
      ward_code: "22498",
      former_district: VAN_NINH,
      founded_on: "2019-01-01",
      status: "active",
      seats: [seat("e-chair", "chair", "Mai Văn Khoa", "male"), seat("e-board", "board_member", "Châu Thị Oanh", "female", null, "2025-06-30")],
      figures: [figures("2025-06-30", 5, 4, 3)],
    }),
    // H: THT, Ninh Hòa, woman leader, figures from 01/06/2025.
    coop({ id: "H", kind: "to_hop_tac", ward_code: "22528", former_district: NINH_HOA, founded_on: "2021-01-01", seats: [seat("h-chair", "chair", "Kiều Thị Phương", "female")], figures: [figures("2025-06-01", 6, 5, 2)] }),
    // F: HTX founded after the period.
    coop({ id: "F", kind: "hop_tac_xa", ward_code: "22528", former_district: NINH_HOA, founded_on: "2025-08-01", seats: [seat("f-chair", "chair", "Lý Thị Mai", "female", "2025-08-01")], figures: [figures("2025-08-31", 4, 4, 1)] }),
    // G: household business, founding date unknown, woman director, figures from 20/12/2024 (stale by 30/06/2025).
    coop({ id: "G", kind: "ho_kinh_doanh", ward_code: "22528", former_district: NINH_HOA, seats: [seat("g-dir", "director", "Đoàn Thị Nga", "female")], figures: [figures("2024-12-20", 3, 3, 0)] }),
  ],
  cadres: [
    { id: "K1", full_name: "Lê Thị Một", unit: "Hội LHPN xã Tu Bông", role: "Chủ tịch", ward_code: "22498", former_district: VAN_NINH, active_from: null, active_to: null },
    { id: "K2", full_name: "Lê Thị Hai", unit: "Hội LHPN phường Ninh Hòa", role: "Phó Chủ tịch", ward_code: "22528", former_district: NINH_HOA, active_from: "2020-01-01", active_to: null },
    { id: "K3", full_name: "Lê Thị Ba", unit: "Hội LHPN xã Vạn Ninh", role: "Ủy viên", ward_code: "22489", former_district: VAN_NINH, active_from: null, active_to: null },
    { id: "K4", full_name: "Lê Thị Bốn", unit: "Hội LHPN phường Ninh Hòa", role: "Chủ tịch", ward_code: "22528", former_district: NINH_HOA, active_from: null, active_to: "2025-04-01" },
    { id: "K5", full_name: "Lê Thị Năm", unit: "Hội LHPN tỉnh", role: "Chuyên viên", ward_code: null, former_district: null, active_from: "2025-07-01", active_to: null },
    { id: "K6", full_name: "Lê Thị Sáu", unit: "Hội LHPN tỉnh", role: "Trưởng ban", ward_code: null, former_district: null, active_from: null, active_to: null },
  ],
  attendances: [
    // T0 was held before the plan started: it does not count.
    { training_id: "T0", held_on: "2024-11-05", cadre_id: "K2", management_role_id: null, cooperative_id: null, person_name: "Lê Thị Hai", passed: true },
    // K1 at two trainings: one person.
    { training_id: "T1", held_on: "2025-02-10", cadre_id: "K1", management_role_id: null, cooperative_id: null, person_name: "Lê Thị Một", passed: true },
    { training_id: "T2", held_on: "2025-05-20", cadre_id: "K1", management_role_id: null, cooperative_id: null, person_name: "Lê Thị Một", passed: false },
    { training_id: "T2", held_on: "2025-05-20", cadre_id: "K3", management_role_id: null, cooperative_id: null, person_name: "Lê Thị Ba", passed: null },
    { training_id: "T1", held_on: "2025-02-10", cadre_id: "K4", management_role_id: null, cooperative_id: null, person_name: "Lê Thị Bốn", passed: true },
    { training_id: "T3", held_on: "2025-07-15", cadre_id: "K6", management_role_id: null, cooperative_id: null, person_name: "Lê Thị Sáu", passed: true },
    // Trần Thị Bình twice (by her seat, then by name only, spelt with other spacing and case): one person.
    { training_id: "T1", held_on: "2025-02-10", cadre_id: null, management_role_id: "a-board", cooperative_id: "A", person_name: "Trần Thị Bình", passed: true },
    { training_id: "T2", held_on: "2025-05-20", cadre_id: null, management_role_id: null, cooperative_id: "A", person_name: "trần thị  Bình", passed: null },
    // Ngô Thị Dung attended as director; at E she is deputy director: still trained.
    { training_id: "T1", held_on: "2025-02-10", cadre_id: null, management_role_id: "a-dir-old", cooperative_id: "A", person_name: "Ngô Thị Dung", passed: true },
    // C is suspended at E: its chair is not among the women managers then.
    { training_id: "T1", held_on: "2025-02-10", cadre_id: null, management_role_id: "c-chair", cooperative_id: "C", person_name: "Đặng Thị Hạnh", passed: true },
  ],
  targets: { 2025: { cadres_trained: 90 } },
  sales: [
    { order_id: "o1", placed_on: "2025-02-03", cooperative_id: "A", revenue_vnd: 100_000, items: 2 },
    // one order, two cooperatives
    { order_id: "o2", placed_on: "2025-04-10", cooperative_id: "A", revenue_vnd: 50_000, items: 1 },
    { order_id: "o2", placed_on: "2025-04-10", cooperative_id: "B", revenue_vnd: 30_000, items: 3 },
    { order_id: "o3", placed_on: "2025-07-01", cooperative_id: "A", revenue_vnd: 999_000, items: 9 },
    { order_id: "o4", placed_on: "2025-06-30", cooperative_id: "E", revenue_vnd: 20_000, items: 1 },
  ],
  ocop_products: [
    { product_id: "p1", title: "Nước mắm", cooperative_id: "A", stars: 4, issued_on: "2023-01-10", expires_on: "2026-01-10" },
    { product_id: "p2", title: "Muối", cooperative_id: "B", stars: 3, issued_on: "2025-07-01", expires_on: "2028-07-01" },
    { product_id: "p3", title: "Yến", cooperative_id: "E", stars: 5, issued_on: "2021-05-01", expires_on: "2024-05-01" },
    { product_id: "p4", title: "Mật ong", cooperative_id: "G", stars: 3, issued_on: "2025-02-01", expires_on: "2028-02-01" },
  ],
}

const engine = new IndicatorEngine(snapshot)
const H1 = { from: "2025-01", to: "2025-06" }
const MARCH = { from: "2025-03", to: "2025-03" }

function byId(results: IndicatorResult[]): Record<IndicatorId, IndicatorResult> {
  return Object.fromEntries(results.map((r) => [r.id, r])) as Record<IndicatorId, IndicatorResult>
}
const pick = (r: IndicatorResult) => ({ numerator: r.numerator, denominator: r.denominator, value: r.value, missing: r.missing })
const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort()

describe("plan indicators — province, first six months of 2025 (E = 30/06/2025)", () => {
  const r = byId(engine.evaluate(H1, {}))

  it("counts Union cadres in post at E, each once however many trainings, from 01/01/2025 only", () => {
    // in post: K1, K2, K3, K6 (K4 left 01/04, K5 joined 01/07). Trained by E: K1 (T1, T2), K3 (T2).
    // K2's only training was before the plan; K6's after E.
    expect(pick(r.cadres_trained)).toEqual({ numerator: 2, denominator: 4, value: 50, missing: 0 })
    // passed: K1 (T1). K3 was not assessed (null), K2's pass was before the plan.
    expect(pick(r.cadres_skilled)).toEqual({ numerator: 1, denominator: 4, value: 25, missing: 0 })
  })

  it("takes a year's target from the targets set, else the plan's default", () => {
    expect(r.cadres_trained).toMatchObject({ target: 90, target_met: false })
    expect(r.cadres_skilled).toMatchObject({ target: 80, target_met: false })
    expect(r.women_stable_jobs_htx.target).toBe(50)
    expect(r.woman_led.target).toBeNull()
  })

  it("counts women holding HTX seats at E once, following a woman whose seat changed mid-period", () => {
    // HTX counted at E: A, B (C suspended, F not founded). Women seated at E: Bình, Dung (A), Cúc (B).
    // Trained: Bình (twice, one person), Dung (trained as director, deputy at E). 2/3.
    expect(pick(r.women_managers_trained)).toEqual({ numerator: 2, denominator: 3, value: 66.7, missing: 0 })
  })

  it("follows a woman whose earlier seat is not in the snapshot through the holder read with her attendance", () => {
    // the loader reads only the seats held in the months asked about
    const trimmed: Snapshot = {
      ...snapshot,
      cooperatives: snapshot.cooperatives.map((c) => (c.id === "A" ? { ...c, seats: c.seats.filter((s) => s.id !== "a-dir-old") } : c)),
      attendances: snapshot.attendances.map((a) => (a.management_role_id === "a-dir-old" ? { ...a, person_name: "N. T. Dung", seat_holder: { cooperative_id: "A", holder_name: "Ngô Thị Dung" } } : a)),
    }
    const trimmedResult = byId(new IndicatorEngine(trimmed).evaluate(H1, {}))
    expect(pick(trimmedResult.women_managers_trained)).toEqual({ numerator: 2, denominator: 3, value: 66.7, missing: 0 })
  })

  it("sums stable jobs over women workers of women-managed units from each one's latest record, missing figures left out", () => {
    // A (31/05: 8 of 10) + B (30/04: 2 of 6) = 10/16
    expect(pick(r.women_stable_jobs_htx)).toEqual({ numerator: 10, denominator: 16, value: 62.5, missing: 0 })
    // D is women-managed but has no record (missing, not zero); E has no woman in management at E; H 2 of 5
    expect(pick(r.women_stable_jobs_tht)).toEqual({ numerator: 2, denominator: 5, value: 40, missing: 1 })
  })

  it("classifies by the seats held at E: the mid-period handover makes A no longer woman-led", () => {
    expect(pick(r.women_managed_htx)).toEqual({ numerator: 2, denominator: 2, value: 2, missing: 0 })
    // E's woman board member left on E itself
    expect(pick(r.women_managed_tht)).toEqual({ numerator: 2, denominator: 3, value: 2, missing: 0 })
    // counted at E: A (no), B (yes), D (yes), E (no), G (yes), H (yes)
    expect(pick(r.woman_led)).toEqual({ numerator: 4, denominator: 6, value: 4, missing: 0 })
    expect(r.woman_led.breakdown).toEqual([
      { key: "hop_tac_xa", label: "Hợp tác xã", numerator: 1, denominator: 2 },
      { key: "to_hop_tac", label: "Tổ hợp tác", numerator: 2, denominator: 3 },
      { key: "ho_kinh_doanh", label: "Hộ sản xuất kinh doanh", numerator: 1, denominator: 1 },
    ])
  })

  it("needs strictly more than half women workers, and reports units without figures as missing", () => {
    // A 10/20 no, B 6/8 yes, E 4/5 yes, G 3/3 yes, H 5/6 yes; D missing
    expect(pick(r.women_majority_workforce)).toEqual({ numerator: 4, denominator: 5, value: 4, missing: 1 })
  })

  it("counts a new HTX founded in the period with women in management and a women majority", () => {
    expect(pick(r.new_htx_women)).toEqual({ numerator: 1, denominator: 1, value: 1, missing: 0 })
    expect(r.new_htx_women).toMatchObject({ target: 1, target_met: true })
  })

  it("counts marketplace orders once across cooperatives, within the period", () => {
    // o1, o2 (A and B), o4; o3 is after E
    expect(pick(r.marketplace_orders)).toEqual({ numerator: 3, denominator: null, value: 3, missing: 0 })
    expect(r.marketplace_revenue_vnd.value).toBe(200_000)
    expect(r.marketplace_items_sold.value).toBe(7)
  })

  it("lists OCOP products whose certificate is valid at E, by stars", () => {
    // p1 (4★) and p4 (3★); p2 certified after E, p3 expired
    expect(r.ocop_products_listed.value).toBe(2)
    expect(r.ocop_products_listed.breakdown?.map((b) => [b.key, b.numerator])).toEqual([["3", 1], ["4", 1], ["5", 0]])
  })
})

describe("plan indicators — the month 03/2025 (E = 31/03/2025)", () => {
  const r = byId(engine.evaluate(MARCH, {}))

  it("counts the cooperative suspended later and uses the seats held then", () => {
    // counted: A (director Dung, woman), B (founded 10/03), C (not yet suspended), D, E (no), G, H
    expect(pick(r.woman_led)).toEqual({ numerator: 6, denominator: 7, value: 6, missing: 0 })
    expect(pick(r.women_managed_htx)).toEqual({ numerator: 3, denominator: 3, value: 3, missing: 0 })
    // D, H, and E whose woman board member was still seated
    expect(pick(r.women_managed_tht)).toEqual({ numerator: 3, denominator: 3, value: 3, missing: 0 })
  })

  it("uses the latest record on or before E, and none yet means missing", () => {
    // A 12/20 (31/12/2024) yes, C 8/10 yes, G 3/3 yes; B, D, E, H have no record by 31/03
    expect(pick(r.women_majority_workforce)).toEqual({ numerator: 3, denominator: 3, value: 3, missing: 4 })
    // A 6/12 + C 5/8 = 11/20
    expect(pick(r.women_stable_jobs_htx)).toEqual({ numerator: 11, denominator: 20, value: 55, missing: 1 })
  })

  it("reports a new HTX without figures yet as missing rather than not qualifying", () => {
    expect(pick(r.new_htx_women)).toEqual({ numerator: 0, denominator: 0, value: 0, missing: 1 })
    // a yearly target is not judged on a month that has not reached it
    expect(r.new_htx_women).toMatchObject({ target: 1, target_met: null })
    expect(byId(engine.evaluate({ from: "2024-01", to: "2024-12" }, {})).new_htx_women).toMatchObject({ value: 0, target: 1, target_met: false })
  })

  it("counts only the trainings held by E", () => {
    // in post at 31/03: K1..K4, K6; trained by then: K1 (T1), K4 (T1)
    expect(pick(r.cadres_trained)).toEqual({ numerator: 2, denominator: 5, value: 40, missing: 0 })
  })
})

describe("plan indicators — area filters", () => {
  it("filters by former district", () => {
    const r = byId(engine.evaluate(H1, { former_district: VAN_NINH }))
    // counted in Vạn Ninh at E: A, E (C suspended)
    expect(pick(r.woman_led)).toEqual({ numerator: 0, denominator: 2, value: 0, missing: 0 })
    expect(pick(r.women_majority_workforce)).toEqual({ numerator: 1, denominator: 2, value: 1, missing: 0 })
    // cadres of Vạn Ninh: K1, K3
    expect(pick(r.cadres_trained)).toEqual({ numerator: 2, denominator: 2, value: 100, missing: 0 })
    expect(pick(r.cadres_skilled)).toEqual({ numerator: 1, denominator: 2, value: 50, missing: 0 })
    // women managers of A: Bình, Dung
    expect(pick(r.women_managers_trained)).toEqual({ numerator: 2, denominator: 2, value: 100, missing: 0 })
    // a rate's target holds in a district; the yearly count of new HTX is the province's
    expect(r.cadres_trained.target).toBe(90)
    expect(r.new_htx_women).toMatchObject({ target: null, target_met: null })
    // o1, o2 (A's part), o4
    expect(r.marketplace_orders.value).toBe(3)
    expect(r.marketplace_revenue_vnd.value).toBe(170_000)
    expect(r.marketplace_items_sold.value).toBe(4)
  })

  it("filters by ward", () => {
    const r = byId(engine.evaluate(H1, { ward_code: "22528" }))
    // B, D, G, H counted (F founded after E)
    expect(pick(r.woman_led)).toEqual({ numerator: 4, denominator: 4, value: 4, missing: 0 })
    expect(pick(r.women_managed_htx)).toEqual({ numerator: 1, denominator: 1, value: 1, missing: 0 })
    expect(pick(r.cadres_trained)).toEqual({ numerator: 0, denominator: 1, value: 0, missing: 0 })
    expect(pick(r.women_managers_trained)).toEqual({ numerator: 0, denominator: 1, value: 0, missing: 0 })
    expect(r.marketplace_orders.value).toBe(1)
    expect(r.marketplace_revenue_vnd.value).toBe(30_000)
  })

  it("gives no percentage rather than 0 % when nobody is in the denominator", () => {
    const r = byId(engine.evaluate(H1, { ward_code: "22489" }))
    // only C in that ward, suspended at E; K3 is the ward's cadre
    expect(pick(r.women_stable_jobs_htx)).toEqual({ numerator: 0, denominator: 0, value: null, missing: 0 })
    expect(r.women_stable_jobs_htx.target_met).toBeNull()
  })
})

describe("plan indicators — the list behind a number", () => {
  it("lists counted, not counted and missing entities", () => {
    const { entities } = engine.drilldown("women_stable_jobs_tht", H1, {})
    expect(ids(entities.counted)).toEqual(["H"])
    expect(ids(entities.missing)).toEqual(["D"])
    expect(entities.missing[0].detail).toContain("chưa có số liệu")

    const led = engine.drilldown("woman_led", H1, {}).entities
    expect(ids(led.counted)).toEqual(["B", "D", "G", "H"])
    expect(ids(led.not_counted)).toEqual(["A", "E"])
  })

  it("lists a woman manager trained twice once", () => {
    const { entities, indicator } = engine.drilldown("women_managers_trained", H1, {})
    expect(entities.counted.map((e) => e.name).sort()).toEqual(["Ngô Thị Dung", "Trần Thị Bình"])
    expect(entities.not_counted.map((e) => e.name)).toEqual(["Phạm Thị Cúc"])
    expect(indicator.numerator).toBe(entities.counted.length)
  })

  it("lists cadres with their trainings", () => {
    const { entities } = engine.drilldown("cadres_trained", H1, {})
    expect(ids(entities.counted)).toEqual(["K1", "K3"])
    expect(ids(entities.not_counted)).toEqual(["K2", "K6"])
    expect(entities.counted.find((e) => e.id === "K1")!.detail).toContain("Đã dự 2 lớp")
  })

  it("agrees with the summary for every indicator", () => {
    for (const summary of engine.evaluate(H1, {})) {
      const { indicator, entities } = engine.drilldown(summary.id, H1, {})
      expect(indicator).toEqual(summary)
      expect(entities.missing.length).toBe(summary.missing)
    }
  })
})

describe("plan indicators — data quality and trend", () => {
  it("warns about missing and stale figures at E", () => {
    const warnings = engine.warnings(H1, {})
    expect(warnings.find((w) => w.code === "missing_figures")?.cooperatives.map((c) => c.id)).toEqual(["D"])
    // G's latest record (20/12/2024) is more than 6 months before 30/06/2025
    expect(warnings.find((w) => w.code === "stale_figures")?.cooperatives.map((c) => c.id)).toEqual(["G"])
    expect(warnings.find((w) => w.code === "no_management_seats")).toBeUndefined()
  })

  it("gives each month's value: stocks at the month's end, flows within the month", () => {
    const months = trendMonths(H1)
    expect(months).toHaveLength(12)
    expect(months[0]).toBe("2024-07")
    expect(months.at(-1)).toBe("2025-06")
    const trend = engine.trend(["2025-02", "2025-03", "2025-04", "2025-05", "2025-06"], {}, ["marketplace_orders", "new_htx_women", "woman_led"])
    expect(trend.marketplace_orders.map((p) => p.value)).toEqual([1, 0, 1, 0, 1])
    // B founded in March (figures missing then): counted in no month — April onwards it was not founded in that month
    expect(trend.new_htx_women.map((p) => p.value)).toEqual([0, 0, 0, 0, 0])
    // B counts from March; A stops being woman-led in April; C suspended from May
    expect(trend.woman_led.map((p) => p.value)).toEqual([5, 6, 5, 4, 4])
  })
})

describe("reporting periods", () => {
  it("turns the dashboard's presets into months, cut at the current month", () => {
    expect(presetPeriod("half", { year: 2025 }, "2026-11")).toEqual({ from: "2025-01", to: "2025-06" })
    expect(presetPeriod("year", { year: 2026 }, "2026-11")).toEqual({ from: "2026-01", to: "2026-11" })
    expect(presetPeriod("quarter", { year: 2026, quarter: 2 }, "2026-11")).toEqual({ from: "2026-04", to: "2026-06" })
    expect(presetPeriod("month", { year: 2026, month: 12 }, "2026-11")).toBeNull()
    expect(presetPeriod("custom", { year: 2026, from: "2026-05", to: "2026-03" }, "2026-11")).toBeNull()
  })

  it("names periods the way the Union's reports do", () => {
    expect(describePeriod({ from: "2025-06", to: "2025-06" }).label).toBe("tháng 6/2025")
    expect(describePeriod({ from: "2025-01", to: "2025-06" }).label).toBe("6 tháng đầu năm 2025")
    expect(describePeriod({ from: "2025-04", to: "2025-06" }).label).toBe("quý II/2025")
    expect(describePeriod({ from: "2025-01", to: "2025-12" }).label).toBe("năm 2025")
  })

  it("states figures as of the period's last day, or today in Vietnam while the period runs", () => {
    // 02/12/2026 10:00 in Vietnam
    const now = new Date("2026-12-02T03:00:00Z")
    expect(figuresAsOf("2026-12-31", now)).toBe("2026-12-02")
    expect(figuresAsOf("2026-06-30", now)).toBe("2026-06-30")
    expect(figuresAsOf("2026-12-02", now)).toBe("2026-12-02")
    // 17:30 UTC on 31/12 is 00:30 on 01/01 in Vietnam: the day counted is Vietnam's
    expect(figuresAsOf("2027-01-31", new Date("2026-12-31T17:30:00Z"))).toBe("2027-01-01")
  })

  it("refuses malformed, reversed, too long or future periods in Vietnamese", () => {
    const today = new Date("2026-12-02T03:00:00Z")
    expect(parsePeriod({ from: "2025-1", to: "2025-06" }, today)).toMatchObject({ ok: false, field: "from" })
    expect(parsePeriod({ from: "2025-07", to: "2025-06" }, today)).toMatchObject({ ok: false, message: expect.stringContaining("phải trước") })
    expect(parsePeriod({ from: "2027-01", to: "2027-01" }, today)).toMatchObject({ ok: false, field: "to", message: expect.stringContaining("chưa tới") })
    expect(parsePeriod({ from: "2010-01", to: "2026-12" }, today)).toMatchObject({ ok: false, message: expect.stringContaining("tối đa") })
    expect(parsePeriod({}, today)).toEqual({ ok: true, period: { from: "2026-12", to: "2026-12" } })
  })
})

describe("plan query parameters", () => {
  const today = new Date("2026-12-02T03:00:00Z")
  it("accepts a former district or a ward of Khánh Hòa, not both, nothing unknown", () => {
    expect(readPlanQuery({ from: "2026-01", to: "2026-06", former_district: "Huyện Bác Ái" }, {}, today)).toMatchObject({ ok: true, query: { area: { former_district: "Huyện Bác Ái" } } })
    expect(readPlanQuery({ to: "2026-06", ward_code: "22498" }, {}, today)).toMatchObject({ ok: true, query: { area: { ward_code: "22498" } } })
    expect(readPlanQuery({ former_district: "Quận 1" }, {}, today)).toMatchObject({ ok: false, field: "former_district" })
    // a Hà Nội ward
    expect(readPlanQuery({ ward_code: "00004" }, {}, today)).toMatchObject({ ok: false, field: "ward_code" })
    expect(readPlanQuery({ former_district: "Huyện Bác Ái", ward_code: "22795" }, {}, today)).toMatchObject({ ok: false, field: "ward_code" })
    expect(readPlanQuery({ form: "2026-01" }, {}, today)).toMatchObject({ ok: false, field: "form" })
    expect(readPlanQuery({ from: ["2026-01", "2026-02"] }, {}, today)).toMatchObject({ ok: false, field: "from" })
    expect(readPlanQuery({ trend: "yes" }, { trend: ["0", "1"] }, today)).toMatchObject({ ok: false, field: "trend" })
  })
})
