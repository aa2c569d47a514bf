/**
 * The Union's cooperative registry through the real Medusa: only Union staff (admin users) reach
 * it; bad input is refused field by field in Vietnamese and writes nothing; edits leave a history
 * and dated figure records; status and management changes are dated and give their reason.
 */
import { beforeAll, describe, expect, it } from "vitest"
import { admin, stack } from "../support/api"
import { customerToken, portalToken } from "../support/tokens"

const TU_BONG = { ward_code: "22498", former_district: "Huyện Vạn Ninh" }
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`

const validCooperative = (over: Record<string, unknown> = {}) => ({
  name: `Tổ hợp tác Đan lát Tu Bông ${unique()}`,
  kind: "to_hop_tac",
  ...TU_BONG,
  street_address: "Thôn Tân Mỹ",
  registration_number: `KH-THT-${unique()}`,
  founded_on: "2019-04-02",
  members_total: 12,
  members_women: 10,
  workers_total: 9,
  workers_women: 8,
  women_stable_jobs: 6,
  management_roles: [{ role: "chair", holder_name: "Võ Thị Lan", holder_gender: "female" }],
  ...over,
})

async function create(over: Record<string, unknown> = {}) {
  const res = await admin("/admin/cooperatives", { method: "POST", body: JSON.stringify(validCooperative(over)) })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.cooperative as { id: string; name: string }
}

const record = async (id: string) => (await admin(`/admin/cooperatives/${id}`)).body.cooperative

describe("registry routes are for Union staff only", () => {
  let id: string
  let portal: string
  let buyer: string
  beforeAll(async () => {
    id = (await create()).id
    ;[portal, buyer] = await Promise.all([portalToken(), customerToken()])
  })

  const routes = () => [
    ["GET", "/admin/cooperatives"],
    ["POST", "/admin/cooperatives"],
    ["GET", `/admin/cooperatives/${id}`],
    ["POST", `/admin/cooperatives/${id}`],
    ["POST", `/admin/cooperatives/${id}/figures`],
    ["POST", `/admin/cooperatives/${id}/registry-status`],
    ["POST", `/admin/cooperatives/${id}/management`],
  ]

  it("answers 401 without a session, and refuses portal and buyer tokens", async () => {
    for (const [method, path] of routes()) {
      for (const authorization of [undefined, `Bearer ${portal}`, `Bearer ${buyer}`, "Bearer forged.token.value"]) {
        const res = await fetch(`${stack().medusaUrl}${path}`, {
          method,
          headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
          body: method === "POST" ? JSON.stringify(validCooperative()) : undefined,
        })
        expect(res.status, `${method} ${path} with ${authorization?.slice(0, 12) ?? "nothing"}`).toBe(401)
      }
    }
    // and nothing was written by those attempts: the record has no history beyond its creation
    expect((await record(id)).history).toEqual([])
  })
})

describe("registry: create, search, filter", () => {
  it("creates a record that is in the registry but not selling, findable by registration number and area", async () => {
    const c = await create({ registration_number: `KH-SEARCH-${unique()}` })
    const full = await record(c.id)
    expect(full).toMatchObject({ status: "unlisted", selling: false, registry_status: "operating", ward_name: "Xã Tu Bông", province_name: "Khánh Hòa" })
    expect(full.figure_records).toHaveLength(1)
    expect(full.figure_records[0]).toMatchObject({ workers_total: 9, workers_women: 8, women_stable_jobs: 6 })

    const byNumber = await admin(`/admin/cooperatives?q=${encodeURIComponent(full.registration_number)}`)
    expect(byNumber.body.cooperatives.map((x: any) => x.id)).toEqual([c.id])
    expect(byNumber.body.count).toBe(1)

    const area = await admin(`/admin/cooperatives?former_district=${encodeURIComponent("Huyện Vạn Ninh")}&selling=false&woman_led=true&limit=500`)
    expect(area.status).toBe(200)
    expect(area.body.cooperatives.map((x: any) => x.id)).toContain(c.id)
    expect(area.body.count).toBe(area.body.cooperatives.length)
    for (const x of area.body.cooperatives) expect(x).toMatchObject({ former_district: "Huyện Vạn Ninh", selling: false, woman_led: true })

    const men = await admin(`/admin/cooperatives?woman_led=false&limit=500`)
    expect(men.body.cooperatives.map((x: any) => x.id)).not.toContain(c.id)
  })

  it("refuses bad filters in Vietnamese", async () => {
    const res = await admin(`/admin/cooperatives?kind=hop-tac&selling=maybe`)
    expect(res.status).toBe(400)
    expect(res.body.errors.map((e: any) => e.field).sort()).toEqual(["kind", "selling"])
  })
})

describe("registry: bad input is refused field by field and writes nothing", () => {
  it("a new record: women > total, unknown ward, future date, negative count, duplicate registration number", async () => {
    const before = (await admin(`/admin/cooperatives?limit=1`)).body.count
    const taken = await create()
    const takenNumber = (await record(taken.id)).registration_number
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ workers_women: 12 }, "workers_women", /Số lao động nữ không được lớn hơn tổng số lao động/],
      [{ members_women: 13 }, "members_women", /Số thành viên nữ không được lớn hơn tổng số thành viên/],
      [{ ward_code: "99999" }, "ward_code", /không thuộc tỉnh/],
      [{ former_district: "Huyện Khánh Sơn" }, "former_district", /Xã Tu Bông được lập từ Huyện Vạn Ninh/],
      [{ founded_on: "2999-01-01" }, "founded_on", /không được ở tương lai/],
      [{ members_total: -1 }, "members_total", /không được âm/],
      [{ registration_number: takenNumber }, "registration_number", /đã thuộc về/],
    ]
    for (const [over, field, message] of cases) {
      const res = await admin("/admin/cooperatives", { method: "POST", body: JSON.stringify(validCooperative(over)) })
      expect(res.status, JSON.stringify(over)).toBe(400)
      const error = res.body.errors.find((e: any) => e.field === field)
      expect(error?.message, JSON.stringify(res.body)).toMatch(message)
      expect(JSON.stringify(res.body)).not.toMatch(/at \w+ \(|node_modules/)
    }
    expect((await admin(`/admin/cooperatives?limit=1`)).body.count).toBe(before + 1)
  })

  it("an edit with a bad worker count changes nothing; the corrected edit is recorded with who, old → new", async () => {
    const c = await create()
    const before = await record(c.id)
    const form = {
      name: before.name, kind: before.kind, ward_code: before.ward_code, former_district: before.former_district,
      registration_number: before.registration_number, founded_on: "2019-04-02",
      members_total: 12, members_women: 10, workers_total: 9, workers_women: 8, women_stable_jobs: 6,
    }
    const bad = await admin(`/admin/cooperatives/${c.id}`, { method: "POST", body: JSON.stringify({ ...form, name: "Tên mới", workers_total: 7 }) })
    expect(bad.status).toBe(400)
    expect(bad.body.errors).toEqual([{ field: "workers_women", message: "Số lao động nữ không được lớn hơn tổng số lao động" }])
    const unchanged = await record(c.id)
    expect(unchanged.name).toBe(before.name)
    expect(unchanged.history).toEqual([])
    expect(unchanged.figure_records).toHaveLength(1)

    const good = await admin(`/admin/cooperatives/${c.id}`, {
      method: "POST",
      body: JSON.stringify({ ...form, workers_total: 15, workers_women: 11, women_stable_jobs: 7 }),
    })
    expect(good.status, JSON.stringify(good.body)).toBe(200)
    const after = await record(c.id)
    expect(after).toMatchObject({ workers_total: 15, workers_women: 11, women_stable_jobs: 7 })
    // today's record was replaced (same date), not duplicated
    expect(after.figure_records).toHaveLength(1)
    expect(after.figure_records[0]).toMatchObject({ workers_total: 15, workers_women: 11 })
    const fields = after.history.map((h: any) => [h.field, h.old_value, h.new_value])
    expect(fields).toEqual(expect.arrayContaining([["workers_total", "9", "15"], ["workers_women", "8", "11"], ["women_stable_jobs", "6", "7"]]))

    // an older review is kept as history: it does not replace today's current figures
    const older = await admin(`/admin/cooperatives/${c.id}/figures`, {
      method: "POST",
      body: JSON.stringify({ as_of: "2026-06-30", members_total: 11, members_women: 9, workers_total: 8, workers_women: 7, women_stable_jobs: 5 }),
    })
    expect(older.status, JSON.stringify(older.body)).toBe(201)
    expect(older.body.became_current).toBe(false)
    const withOlder = await record(c.id)
    expect(withOlder).toMatchObject({ workers_total: 15, workers_women: 11 })
    expect(withOlder.figure_records.map((r: any) => r.as_of.slice(0, 10))).toEqual([expect.any(String), "2026-06-30"])
    const badFigures = await admin(`/admin/cooperatives/${c.id}/figures`, {
      method: "POST",
      body: JSON.stringify({ as_of: "2026-07-31", members_total: 11, members_women: 9, workers_total: 8, workers_women: 9, women_stable_jobs: 5 }),
    })
    expect(badFigures.status).toBe(400)
    expect(badFigures.body.errors).toEqual([{ field: "workers_women", message: "Số lao động nữ không được lớn hơn tổng số lao động" }])
    expect((await record(c.id)).figure_records).toHaveLength(2)
    expect(after.history.every((h: any) => h.at && h.actor_name === "Quản trị Demo")).toBe(true)
  })
})

describe("registry: dated status and management changes", () => {
  it("a suspension needs a reason and a date not in the future; it is dated and in the history", async () => {
    const c = await create()
    const noReason = await admin(`/admin/cooperatives/${c.id}/registry-status`, { method: "POST", body: JSON.stringify({ registry_status: "suspended", effective_on: "2026-03-01" }) })
    expect(noReason.status).toBe(400)
    expect(noReason.body.errors[0]).toMatchObject({ field: "reason" })
    const future = await admin(`/admin/cooperatives/${c.id}/registry-status`, { method: "POST", body: JSON.stringify({ registry_status: "suspended", effective_on: "2999-03-01", reason: "Thiếu vốn lưu động" }) })
    expect(future.status).toBe(400)
    expect((await record(c.id)).status_changes).toEqual([])

    const ok = await admin(`/admin/cooperatives/${c.id}/registry-status`, { method: "POST", body: JSON.stringify({ registry_status: "suspended", effective_on: "2026-03-01", reason: "Tạm ngừng để chuyển địa điểm sản xuất" }) })
    expect(ok.status, JSON.stringify(ok.body)).toBe(200)
    const after = await record(c.id)
    expect(after.registry_status).toBe("suspended")
    expect(after.status_changes[0]).toMatchObject({ registry_status: "suspended", reason: "Tạm ngừng để chuyển địa điểm sản xuất" })
    expect(after.history[0]).toMatchObject({ field: "registry_status", reason: "Tạm ngừng để chuyển địa điểm sản xuất" })
  })

  it("a change of chair ends the old seat and opens a new one; today's classification follows", async () => {
    const c = await create()
    const before = await record(c.id)
    expect(before.woman_led).toBe(true)
    const seat = before.management_seats.find((s: any) => s.role === "chair")
    const res = await admin(`/admin/cooperatives/${c.id}/management`, {
      method: "POST",
      body: JSON.stringify({
        end: { seat_id: seat.id, ended_on: "2026-05-31" },
        add: { role: "chair", holder_name: "Nguyễn Văn Bình", holder_gender: "male", started_on: "2026-06-01" },
        reason: "Đại hội thành viên bầu chủ tịch mới",
      }),
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const after = await record(c.id)
    expect(after.woman_led).toBe(false)
    expect(after.management_seats.filter((s: any) => s.current).map((s: any) => s.holder_name)).toEqual(["Nguyễn Văn Bình"])
    expect(after.management_seats.find((s: any) => s.id === seat.id).ended_on.slice(0, 10)).toBe("2026-05-31")
    expect(after.history.filter((h: any) => h.field === "management")).toHaveLength(2)

    const ended = await admin(`/admin/cooperatives/${c.id}/management`, { method: "POST", body: JSON.stringify({ end: { seat_id: seat.id, ended_on: "2026-06-01" } }) })
    expect(ended.status).toBe(400)
    expect(ended.body.errors[0].message).toMatch(/đã kết thúc/)
  })
})

describe("registry import (the districts' review lists)", () => {
  const header = "Tên,Loại hình,Số đăng ký,Ngày thành lập,Phường/xã,Huyện cũ,Tổng số thành viên,Thành viên nữ,Tổng số lao động,Lao động nữ,Lao động nữ có việc làm ổn định,Số liệu đến ngày,Chủ tịch HĐQT,Giới tính chủ tịch"
  const upload = async (lines: string[], dryRun: boolean) => {
    const form = new FormData()
    form.append("file", new Blob([[header, ...lines].join("\n")], { type: "text/csv" }), "danh-sach.csv")
    form.append("dry_run", String(dryRun))
    const { status, body } = await admin("/admin/cooperative-imports", { method: "POST", body: form })
    return { status, body }
  }

  it("a file with a bad row is reported by row and column and writes nothing; the good file creates and updates", async () => {
    const existing = await create()
    const existingNumber = (await record(existing.id)).registration_number
    const n = unique()
    const before = (await admin(`/admin/cooperatives?limit=1`)).body.count
    const goodLine = `THT Mây tre Tu Bông ${n},THT,KH-IMP-${n},02/04/2020,Xã Tu Bông,Vạn Ninh,14,12,10,9,7,30/06/2026,Đặng Thị Hoa,Nữ`
    const update = `Tổ hợp tác Đan lát cập nhật ${n},THT,${existingNumber},02/04/2019,Xã Tu Bông,Huyện Vạn Ninh,12,10,20,15,9,,,`
    const bad = `HTX Sai ${n},HTX,KH-BAD-${n},01/01/2020,Xã Không Có,Vạn Ninh,10,12,5,3,1,,,`

    const refused = await upload([goodLine, update, bad], false)
    expect(refused.status).toBe(422)
    expect(refused.body.errors.map((e: any) => [e.row, e.column])).toEqual([[4, "Phường/xã"]])
    expect((await admin(`/admin/cooperatives?limit=1`)).body.count).toBe(before)
    expect((await record(existing.id)).history).toEqual([])

    const dry = await upload([goodLine, update], true)
    expect(dry.status).toBe(200)
    expect(dry.body).toMatchObject({ ok: true, dry_run: true })
    expect((await admin(`/admin/cooperatives?limit=1`)).body.count).toBe(before)

    const done = await upload([goodLine, update], false)
    expect(done.status, JSON.stringify(done.body)).toBe(200)
    expect(done.body.created).toHaveLength(1)
    expect(done.body.updated).toEqual([expect.objectContaining({ id: existing.id })])
    expect((await admin(`/admin/cooperatives?limit=1`)).body.count).toBe(before + 1)
    const updated = await record(existing.id)
    expect(updated).toMatchObject({ workers_total: 20, workers_women: 15, women_stable_jobs: 9 })
    // no "Số liệu đến ngày": the counts are as of the import day, which replaces that day's record
    expect(updated.figure_records).toHaveLength(1)
    expect(updated.history.map((h: any) => h.reason)).toContain("Nhập danh sách, dòng 3")
    const created = await record(done.body.created[0].id)
    expect(created).toMatchObject({ status: "unlisted", kind: "to_hop_tac", former_district: "Huyện Vạn Ninh", woman_led: true })
    expect(created.figure_records.map((r: any) => r.as_of.slice(0, 10))).toEqual(["2026-06-30"])
    expect(created.figures_as_of.slice(0, 10)).toBe("2026-06-30")
  })
})
