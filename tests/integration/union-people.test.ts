/**
 * Union cadres, trainings and attendance through the real Medusa: Union staff only; bad input is
 * refused by field and writes nothing; a person attends a training once; an attendance sheet is
 * matched to known people or refused whole.
 */
import { beforeAll, describe, expect, it } from "vitest"
import { admin, stack } from "../support/api"
import { customerToken, portalToken } from "../support/tokens"

const n = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
const cadre = (over: Record<string, unknown> = {}) => ({
  full_name: `Nguyễn Thị Cán Bộ ${n()}`,
  gender: "female",
  unit: "Hội LHPN xã Tu Bông",
  role: "Phó Chủ tịch phụ trách kinh tế tập thể",
  ward_code: "22498",
  active_from: "2024-01-01",
  ...over,
})

async function createCadre(over: Record<string, unknown> = {}) {
  const res = await admin("/admin/plan-cadres", { method: "POST", body: JSON.stringify(cadre(over)) })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.cadre as { id: string; full_name: string; former_district: string }
}

describe("cadres and trainings are for Union staff only", () => {
  it("answers 401 without a session and to portal, buyer and forged tokens", async () => {
    const [portal, buyer] = await Promise.all([portalToken(), customerToken()])
    for (const [method, path] of [["GET", "/admin/plan-cadres"], ["POST", "/admin/plan-cadres"], ["POST", "/admin/plan-cadres/cadre_x"], ["GET", "/admin/plan-trainings"], ["POST", "/admin/plan-trainings"], ["GET", "/admin/plan-trainings/trn_x"], ["POST", "/admin/plan-trainings/trn_x/attendance"], ["POST", "/admin/plan-trainings/trn_x/attendance-import"]]) {
      for (const authorization of [undefined, `Bearer ${portal}`, `Bearer ${buyer}`, "Bearer forged.token.value"]) {
        const res = await fetch(`${stack().medusaUrl}${path}`, { method, headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) }, body: method === "POST" ? JSON.stringify(cadre()) : undefined })
        expect(res.status, `${method} ${path}`).toBe(401)
      }
    }
  })
})

describe("cadres", () => {
  it("a cadre's ward tells her former district; a wrong ward or district, a future date, a bad phone are refused by field", async () => {
    const c = await createCadre()
    expect(c.former_district).toBe("Huyện Vạn Ninh")
    const before = (await admin("/admin/plan-cadres?limit=1")).body.count
    const cases: [Record<string, unknown>, string][] = [
      [{ ward_code: "99999" }, "ward_code"],
      [{ former_district: "Huyện Khánh Sơn" }, "former_district"],
      [{ active_from: "2999-01-01" }, "active_from"],
      [{ phone: "12345" }, "phone"],
      [{ full_name: "" }, "full_name"],
    ]
    for (const [over, field] of cases) {
      const res = await admin("/admin/plan-cadres", { method: "POST", body: JSON.stringify(cadre(over)) })
      expect(res.status, JSON.stringify(over)).toBe(400)
      expect(res.body.errors.map((e: any) => e.field)).toContain(field)
    }
    expect((await admin("/admin/plan-cadres?limit=1")).body.count).toBe(before)
  })
})

describe("trainings and attendance", () => {
  let a: { id: string; full_name: string }
  let b: { id: string; full_name: string }
  let seat: { id: string; holder_name: string; cooperative: string }
  beforeAll(async () => {
    ;[a, b] = [await createCadre(), await createCadre({ unit: "Hội LHPN phường Bắc Nha Trang", ward_code: null })]
    const { body } = await admin("/admin/cooperatives?limit=500&woman_led=true")
    const coop = (await admin(`/admin/cooperatives/${body.cooperatives[0].id}`)).body.cooperative
    const s = coop.management_seats.find((x: any) => x.current)
    seat = { id: s.id, holder_name: s.holder_name, cooperative: coop.name }
  })

  it("creates a training with a cadre and a management-seat holder; a person is listed once", async () => {
    const res = await admin("/admin/plan-trainings", {
      method: "POST",
      body: JSON.stringify({ held_on: "2026-04-10", title: "Quản trị hợp tác xã cho cán bộ Hội cơ sở", organiser: "Hội LHPN tỉnh Khánh Hòa", topic: "cooperative_governance", attendees: [{ cadre_id: a.id, passed: true }, { cadre_id: a.id }, { management_role_id: seat.id }] }),
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.training.attendees).toBe(2)
    const again = await admin(`/admin/plan-trainings/${res.body.training.id}/attendance`, { method: "POST", body: JSON.stringify({ attendees: [{ cadre_id: a.id }, { cadre_id: b.id }] }) })
    expect(again.status, JSON.stringify(again.body)).toBe(200)
    expect(again.body).toMatchObject({ added: 1, already_there: 1 })
    const training = (await admin(`/admin/plan-trainings/${res.body.training.id}`)).body.training
    expect(training.attendances.map((x: any) => x.person_name).sort()).toEqual([a.full_name, b.full_name, seat.holder_name].sort())
    const cadres = (await admin(`/admin/plan-cadres?q=${encodeURIComponent(a.full_name)}`)).body.cadres
    expect(cadres[0]).toMatchObject({ trainings_attended: 1, passed_assessment: true })
  })

  it("refuses a future date, an unknown topic and an unknown person, writing nothing", async () => {
    const before = (await admin("/admin/plan-trainings")).body.trainings.length
    const bad = await admin("/admin/plan-trainings", { method: "POST", body: JSON.stringify({ held_on: "2999-01-01", title: "Lớp chưa diễn ra", organiser: "Hội LHPN tỉnh", topic: "marketing" }) })
    expect(bad.status).toBe(400)
    expect(bad.body.errors.map((e: any) => e.field).sort()).toEqual(["held_on", "topic"])
    const unknown = await admin("/admin/plan-trainings", { method: "POST", body: JSON.stringify({ held_on: "2026-05-01", title: "Chuyển đổi số cho HTX", organiser: "Hội LHPN tỉnh", topic: "digital_transformation", attendees: [{ cadre_id: "cadre_khong_co" }] }) })
    expect(unknown.status).toBe(400)
    expect(unknown.body.errors[0]).toMatchObject({ field: "attendees" })
    expect((await admin("/admin/plan-trainings")).body.trainings.length).toBe(before)
  })

  it("an attendance sheet is matched to known people, or refused whole with the row", async () => {
    const created = await admin("/admin/plan-trainings", { method: "POST", body: JSON.stringify({ held_on: "2026-06-12", title: "Xây dựng thương hiệu sản phẩm OCOP", organiser: "Hội LHPN tỉnh Khánh Hòa", topic: "branding_ip" }) })
    const id = created.body.training.id
    const sheet = (lines: string[]) => {
      const form = new FormData()
      form.append("file", new Blob([["Họ tên,Đơn vị,Đạt yêu cầu", ...lines].join("\n")], { type: "text/csv" }), "diem-danh.csv")
      return admin(`/admin/plan-trainings/${id}/attendance-import`, { method: "POST", body: form })
    }
    const refused = await sheet([`${a.full_name},Hội LHPN xã Tu Bông,Đạt`, "Người Lạ Mặt,Hội LHPN xã Không Có,"])
    expect(refused.status).toBe(422)
    expect(refused.body.errors).toEqual([expect.objectContaining({ row: 3, column: "Họ tên" })])
    expect((await admin(`/admin/plan-trainings/${id}`)).body.training.attendances).toEqual([])

    const ok = await sheet([`${a.full_name},Hội LHPN xã Tu Bông,Đạt`, `${seat.holder_name},${seat.cooperative},Không`])
    expect(ok.status, JSON.stringify(ok.body)).toBe(200)
    expect(ok.body.added).toBe(2)
  })
})
