/**
 * Adds a province-sized registry for the indicators benchmark (`npm run bench` runs it against the
 * bench database only): BENCH_REGISTRY_COOPERATIVES cooperatives (default 2,000) across every ward
 * of Khánh Hòa with 4–6 management seats each (some holders changed), 36 monthly figure records
 * each, a few suspensions, and BENCH_REGISTRY_CADRES Union cadres (default 1,000) who, with about
 * 4,000 women holding seats, make up the ~5,000 people attending 40 trainings. Written in bulk
 * through the cooperative and union-plan module services. Prints one JSON line `{"generated": …}`.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { KHANH_HOA_PROVINCE_CODE, listWards } from "../lib/administrative-units"
import { addMonths, lastDayOfMonth, monthsOf, vietnamMonth } from "../lib/plan-indicators/period"
import { COOPERATIVE_MODULE } from "../modules/cooperative"
import type CooperativeModuleService from "../modules/cooperative/service"
import { UNION_PLAN_MODULE } from "../modules/union-plan"
import type UnionPlanModuleService from "../modules/union-plan/service"

const KINDS = ["hop_tac_xa", "hop_tac_xa", "hop_tac_xa", "to_hop_tac", "to_hop_tac", "to_lien_ket", "ho_kinh_doanh"] as const
const ROLES = ["chair", "director", "deputy_director", "board_member", "supervisory_board", "board_member"] as const
const CHUNK = 5000

/** A small deterministic generator, so that every bench run measures the same registry. */
function random(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

const day = (date: string) => new Date(`${date}T00:00:00Z`)

async function inChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK))
}

export default async function generateBenchRegistry({ container }: ExecArgs) {
  const count = Number(process.env.BENCH_REGISTRY_COOPERATIVES || 2000)
  const cadreCount = Number(process.env.BENCH_REGISTRY_CADRES || 1000)
  const months = monthsOf({ from: addMonths(vietnamMonth(new Date()), -36), to: addMonths(vietnamMonth(new Date()), -1) })
  const rnd = random(2025)
  const wards = listWards(KHANH_HOA_PROVINCE_CODE)
  const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
  const plan: UnionPlanModuleService = container.resolve(UNION_PLAN_MODULE)
  const started = performance.now()

  const created = await cooperatives.createCooperatives(
    Array.from({ length: count }, (_, i) => {
      const ward = wards[i % wards.length]
      const workers = 5 + Math.floor(rnd() * 60)
      const women = Math.floor(workers * (0.3 + rnd() * 0.6))
      return {
        handle: `bench-registry-${i}`,
        name: `HTX thử tải số ${i}`,
        kind: KINDS[i % KINDS.length],
        status: "unlisted" as const,
        province_code: KHANH_HOA_PROVINCE_CODE,
        ward_code: ward.code,
        ward_name: ward.name,
        former_district: ward.formerDistricts[0],
        registration_number: `BENCH-${i}`,
        founded_on: day(`${2000 + Math.floor(rnd() * 27)}-0${1 + Math.floor(rnd() * 9)}-15`),
        members_total: workers,
        members_women: women,
        workers_total: workers,
        workers_women: women,
        women_stable_jobs: Math.floor(women * rnd()),
      }
    })
  )

  type Seat = { cooperative_id: string; role: (typeof ROLES)[number]; holder_name: string; holder_gender: "female" | "male"; started_on: Date | null; ended_on: Date | null }
  type Figures = { cooperative_id: string; as_of: Date; members_total: number; members_women: number; workers_total: number; workers_women: number; women_stable_jobs: number; source: "import"; entered_by_name: string }
  const seats: Seat[] = []
  const figures: Figures[] = []
  const statusChanges: { cooperative_id: string; registry_status: "suspended"; effective_on: Date; reason: string; actor_name: string }[] = []
  created.forEach((c, i) => {
    const n = 4 + (i % 3)
    for (let k = 0; k < n; k++) {
      const female = rnd() < 0.45
      // one seat in five changed holder during the window
      if (rnd() < 0.2) {
        const change = lastDayOfMonth(months[Math.floor(rnd() * months.length)])
        seats.push({ cooperative_id: c.id, role: ROLES[k], holder_name: `Người giữ ghế cũ ${i}-${k}`, holder_gender: female ? "male" : "female", started_on: null, ended_on: day(change) })
        seats.push({ cooperative_id: c.id, role: ROLES[k], holder_name: `Người giữ ghế ${i}-${k}`, holder_gender: female ? "female" : "male", started_on: day(change), ended_on: null })
      } else seats.push({ cooperative_id: c.id, role: ROLES[k], holder_name: `Người giữ ghế ${i}-${k}`, holder_gender: female ? "female" : "male", started_on: null, ended_on: null })
    }
    for (const [m, month] of months.entries()) {
      const t = m / months.length
      const workers = Math.round(c.workers_total * (0.8 + 0.2 * t))
      const women = Math.min(workers, Math.round(c.workers_women * (0.8 + 0.2 * t)))
      figures.push({
        cooperative_id: c.id,
        as_of: day(lastDayOfMonth(month)),
        members_total: workers,
        members_women: women,
        workers_total: workers,
        workers_women: women,
        women_stable_jobs: Math.min(women, Math.round(c.women_stable_jobs * (0.6 + 0.4 * t))),
        source: "import",
        entered_by_name: "Dữ liệu thử tải",
      })
    }
    if (i % 50 === 0) statusChanges.push({ cooperative_id: c.id, registry_status: "suspended", effective_on: day(lastDayOfMonth(months[12])), reason: "Thử tải", actor_name: "Dữ liệu thử tải" })
  })
  const savedSeats: { id: string; cooperative_id: string; holder_name: string; holder_gender: string }[] = []
  await inChunks(seats, async (chunk) => savedSeats.push(...(await cooperatives.createManagementRoles(chunk))))
  await inChunks(figures, (chunk) => cooperatives.createCooperativeFigureRecords(chunk))
  await cooperatives.createCooperativeStatusChanges(statusChanges)

  const cadres = await plan.createPlanCadres(
    Array.from({ length: cadreCount }, (_, i) => {
      const ward = wards[i % wards.length]
      return { full_name: `Cán bộ thử tải ${i}`, unit: `Hội LHPN ${ward.name}`, role: "Cán bộ phụ trách kinh tế tập thể", ward_code: ward.code, former_district: ward.formerDistricts[0] }
    })
  )
  const trainings = await plan.createPlanTrainings(
    Array.from({ length: 40 }, (_, i) => ({ held_on: day(lastDayOfMonth(months[Math.floor((i * months.length) / 40)])), title: `Lớp tập huấn thử tải ${i}`, organiser: "Hội LHPN tỉnh", topic: "other" as const }))
  )
  const attendances: { training_id: string; person_name: string; passed: boolean | null; cadre_id?: string; management_role_id?: string; cooperative_id?: string }[] = []
  const pick = () => trainings[Math.floor(rnd() * trainings.length)].id
  for (const c of cadres) {
    const times = Math.floor(rnd() * 4)
    for (const training_id of new Set(Array.from({ length: times }, pick))) attendances.push({ training_id, cadre_id: c.id, person_name: c.full_name, passed: rnd() < 0.8 })
  }
  const women = savedSeats.filter((s) => s.holder_gender === "female")
  for (const s of women) {
    const times = Math.floor(rnd() * 3)
    for (const training_id of new Set(Array.from({ length: times }, pick))) {
      attendances.push({ training_id, management_role_id: s.id, cooperative_id: s.cooperative_id, person_name: s.holder_name, passed: rnd() < 0.8 ? true : null })
    }
  }
  await inChunks(attendances, (chunk) => plan.createTrainingAttendances(chunk))

  const generated = {
    cooperatives: created.length,
    months: months.length,
    figureRecords: figures.length,
    seats: savedSeats.length,
    cadres: cadres.length,
    womenHoldingSeats: women.length,
    attendances: attendances.length,
    seconds: (performance.now() - started) / 1000,
  }
  console.log(JSON.stringify({ generated }))
}
