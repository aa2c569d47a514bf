/**
 * The demo registry the dashboard shows on the first `npm start`: enough of it, in every former
 * district of today's Khánh Hòa, internally consistent (the registry's own rules hold for every
 * figure record), and every attendance naming someone who exists.
 */
import { describe, expect, it } from "vitest"
import { getWard, KHANH_HOA_PROVINCE_CODE, listFormerDistricts } from "../../commerce/src/lib/administrative-units"
import { DEMO_COOPERATIVES } from "../../commerce/src/scripts/demo-catalog/cooperatives"
import { DEMO_FIGURES_TO, demoFigureSeries } from "../../commerce/src/scripts/demo-catalog/figure-series"
import { DEMO_CADRES, DEMO_REGISTRY_COOPERATIVES, DEMO_TRAININGS } from "../../commerce/src/scripts/demo-catalog/seed-plan"
import { lastDayOfMonth } from "../../commerce/src/lib/plan-indicators/period"

const ALL = [...DEMO_COOPERATIVES, ...DEMO_REGISTRY_COOPERATIVES]
const TODAY = "2026-12-02"

describe("demo registry and plan data", () => {
  it("has at least 40 fictional cooperatives in every former district, some not selling", () => {
    expect(ALL.length).toBeGreaterThanOrEqual(40)
    expect(new Set(ALL.map((c) => c.handle)).size).toBe(ALL.length)
    expect(new Set(ALL.map((c) => c.registration_number)).size).toBe(ALL.length)
    for (const c of ALL) expect(c.name).toContain("(demo)")
    expect(new Set(ALL.map((c) => c.former_district))).toEqual(new Set(listFormerDistricts(KHANH_HOA_PROVINCE_CODE)))
    expect(DEMO_REGISTRY_COOPERATIVES.length).toBeGreaterThanOrEqual(26)
  })

  it("puts each cooperative in a ward of Khánh Hòa formed from its former district", () => {
    for (const c of ALL) {
      const ward = getWard(c.ward_code)
      expect(ward?.provinceCode, c.handle).toBe(KHANH_HOA_PROVINCE_CODE)
      expect(ward?.formerDistricts, c.handle).toContain(c.former_district)
    }
  })

  it("keeps current counts within the registry's rules", () => {
    for (const c of ALL) {
      expect(c.members_women, c.handle).toBeLessThanOrEqual(c.members_total)
      expect(c.workers_women, c.handle).toBeLessThanOrEqual(c.workers_total)
      expect(c.women_stable_jobs, c.handle).toBeLessThanOrEqual(c.workers_women)
    }
  })

  it("writes 24 months of figures that obey the same rules and end at the current counts", () => {
    for (const c of ALL) {
      const series = demoFigureSeries(c, TODAY)
      for (const r of series) {
        expect(r.members_women, `${c.handle} ${r.as_of}`).toBeLessThanOrEqual(r.members_total)
        expect(r.workers_women, `${c.handle} ${r.as_of}`).toBeLessThanOrEqual(r.workers_total)
        expect(r.women_stable_jobs, `${c.handle} ${r.as_of}`).toBeLessThanOrEqual(r.workers_women)
        expect(Math.min(r.members_total, r.workers_women, r.women_stable_jobs)).toBeGreaterThanOrEqual(0)
        if (c.founded_on) expect(r.as_of >= c.founded_on.slice(0, 7), `${c.handle} ${r.as_of}`).toBe(true)
      }
      const last = series.at(-1)!
      expect(last.as_of).toBe(lastDayOfMonth(DEMO_FIGURES_TO))
      expect(last).toMatchObject({ members_total: c.members_total, workers_total: c.workers_total, workers_women: c.workers_women, women_stable_jobs: c.women_stable_jobs })
    }
    const full = ALL.filter((c) => !("figures_from" in c) && !("figures_gap" in c) && !("figures_every" in c) && (c.founded_on ?? "") < "2024-12")
    for (const c of full) expect(demoFigureSeries(c, TODAY), c.handle).toHaveLength(24)
  })

  it("writes no record dated today or later", () => {
    for (const c of ALL) expect(demoFigureSeries(c, "2026-06-15").every((r) => r.as_of < "2026-06-15")).toBe(true)
  })

  it("has at least 60 cadres and 10 trainings whose attendance names existing cadres and women holding seats", () => {
    expect(DEMO_CADRES.length).toBeGreaterThanOrEqual(60)
    expect(DEMO_TRAININGS.length).toBeGreaterThanOrEqual(10)
    const cadres = new Set(DEMO_CADRES.map((c) => `${c.full_name}|${c.unit}`))
    expect(cadres.size).toBe(DEMO_CADRES.length)
    const seats = new Map(ALL.map((c) => [c.handle, [...c.management_roles, ...("seat_history" in c ? (c.seat_history ?? []) : [])]]))
    for (const t of DEMO_TRAININGS) {
      expect(t.held_on < TODAY).toBe(true)
      const people = t.attendance.map((a) => ("cadre" in a ? a.cadre : `${a.cooperative_handle}|${a.holder_name}`))
      expect(new Set(people).size, t.title).toBe(people.length)
      for (const a of t.attendance) {
        if ("cadre" in a) expect(cadres.has(a.cadre), a.cadre).toBe(true)
        else expect(seats.get(a.cooperative_handle)?.some((s) => s.holder_name === a.holder_name && s.holder_gender === "female"), `${a.cooperative_handle} ${a.holder_name}`).toBe(true)
      }
    }
    for (const c of DEMO_CADRES) if (c.ward_code) expect(getWard(c.ward_code)?.formerDistricts, c.full_name).toContain(c.former_district)
  })
})
