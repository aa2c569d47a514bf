/**
 * The plan's indicators, targets and reports against the real Medusa with the demo data: Union
 * staff only (no session, a cooperative's portal login and a buyer's login are all refused), bad
 * query parameters answered in Vietnamese, and the XLSX/CSV exports read back with a spreadsheet
 * library equal to what the API says.
 */
import { readSheet } from "read-excel-file/node"
import { describe, expect, it } from "vitest"
import { admin, adminAuthorization, stack } from "../support/api"
import { customerToken, portalToken } from "../support/tokens"

const YEAR = { from: "2025-01", to: "2025-12" }
const H1 = new URLSearchParams({ from: "2026-01", to: "2026-06", former_district: "Huyện Thuận Nam" }).toString()

const ROUTES: [string, string][] = [
  ["GET", "/admin/plan-indicators?from=2025-01&to=2025-12"],
  ["GET", "/admin/plan-indicators/cadres_trained?from=2025-01&to=2025-12"],
  ["GET", "/admin/plan-targets?year=2026"],
  ["POST", "/admin/plan-targets"],
  ["GET", "/admin/plan-reports/xlsx?from=2025-01&to=2025-12"],
  ["GET", "/admin/plan-reports/csv?from=2025-01&to=2025-12"],
  ["GET", "/admin/plan-reports/html?from=2025-01&to=2025-12"],
]

async function call(method: string, path: string, authorization?: string) {
  const res = await fetch(`${stack().medusaUrl}${path}`, {
    method,
    headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
    body: method === "POST" ? JSON.stringify({ year: 2026, targets: { cadres_trained: 10 } }) : undefined,
  })
  return { status: res.status, body: (await res.json().catch(() => null)) as any }
}

async function download(path: string): Promise<{ status: number; type: string | null; disposition: string | null; bytes: Buffer }> {
  const res = await fetch(`${stack().medusaUrl}${path}`, { headers: { authorization: await adminAuthorization() } })
  return { status: res.status, type: res.headers.get("content-type"), disposition: res.headers.get("content-disposition"), bytes: Buffer.from(await res.arrayBuffer()) }
}

describe("plan indicators: who may ask", () => {
  it("answers 401 on every route without a Union staff session", async () => {
    for (const [method, path] of ROUTES) expect((await call(method, path)).status, `${method} ${path}`).toBe(401)
  })

  it("refuses a cooperative's portal login and a buyer's login", async () => {
    const tokens = { portal: await portalToken(), customer: await customerToken() }
    for (const [who, token] of Object.entries(tokens)) {
      for (const [method, path] of ROUTES) expect((await call(method, path, `Bearer ${token}`)).status, `${who}: ${method} ${path}`).toBe(401)
    }
  })
})

describe("plan indicators: the API", () => {
  it("gives every indicator with numerator, denominator, value, target, unit, missing and definition", async () => {
    const { status, body } = await admin(`/admin/plan-indicators?from=${YEAR.from}&to=${YEAR.to}`)
    expect(status).toBe(200)
    expect(body.period).toMatchObject({ from: "2025-01", to: "2025-12", end: "2025-12-31", label: "năm 2025" })
    expect(body.area).toMatchObject({ level: "province" })
    const ids = body.indicators.map((i: any) => i.id)
    for (const id of ["cadres_trained", "cadres_skilled", "women_stable_jobs_htx", "women_stable_jobs_tht", "women_managers_trained", "new_htx_women", "women_managed_htx", "women_managed_tht", "woman_led", "women_majority_workforce", "marketplace_orders", "marketplace_revenue_vnd", "marketplace_items_sold", "ocop_products_listed"]) {
      expect(ids).toContain(id)
    }
    for (const i of body.indicators) {
      expect(Object.keys(i)).toEqual(expect.arrayContaining(["id", "label", "numerator", "denominator", "value", "target", "unit", "missing", "definition"]))
      if (i.unit === "percent" && i.denominator > 0) expect(i.value).toBeCloseTo((i.numerator / i.denominator) * 100, 1)
    }
    const cadres = body.indicators.find((i: any) => i.id === "cadres_trained")
    expect(cadres.target).toBe(100)
    expect(cadres.denominator).toBeGreaterThanOrEqual(50)
    // the demo's new HTX with women in management, founded in 2025
    expect(body.indicators.find((i: any) => i.id === "new_htx_women").numerator).toBeGreaterThanOrEqual(1)
  })

  it("narrows to a former district, and the list behind a number adds up to it", async () => {
    const { body: whole } = await admin(`/admin/plan-indicators?from=2026-01&to=2026-06`)
    const { status, body } = await admin(`/admin/plan-indicators?${H1}&trend=1`)
    expect(status).toBe(200)
    expect(body.area).toMatchObject({ level: "former_district", former_district: "Huyện Thuận Nam" })
    const led = body.indicators.find((i: any) => i.id === "woman_led")
    expect(led.denominator).toBeLessThan(whole.indicators.find((i: any) => i.id === "woman_led").denominator)
    expect(led.trend.length).toBeGreaterThanOrEqual(12)
    const drill = await admin(`/admin/plan-indicators/woman_led?${H1}`)
    expect(drill.status).toBe(200)
    expect(drill.body.indicator).toMatchObject({ numerator: led.numerator, denominator: led.denominator, missing: led.missing })
    expect(drill.body.entities.counted).toHaveLength(led.numerator)
    expect(drill.body.entities.counted.length + drill.body.entities.not_counted.length).toBe(led.denominator)
    for (const e of [...drill.body.entities.counted, ...drill.body.entities.not_counted]) expect(e.former_district).toBe("Huyện Thuận Nam")
  })

  it("answers bad parameters with a Vietnamese 400", async () => {
    const cases: [string, string][] = [
      ["/admin/plan-indicators?from=2025-13&to=2025-12", "from"],
      ["/admin/plan-indicators?from=2025-06&to=2025-01", "from"],
      ["/admin/plan-indicators?from=2025-01&to=2099-12", "to"],
      ["/admin/plan-indicators?from=2025-01&to=2025-12&former_district=Qu%E1%BA%ADn%201", "former_district"],
      ["/admin/plan-indicators?from=2025-01&to=2025-12&ward_code=00004", "ward_code"],
      ["/admin/plan-indicators?from=2025-01&to=2025-12&former_district=Huy%E1%BB%87n%20B%C3%A1c%20%C3%81i&ward_code=22795", "ward_code"],
      ["/admin/plan-indicators?from=2025-01&from=2025-02", "from"],
      ["/admin/plan-indicators?tu=2025-01", "tu"],
      ["/admin/plan-reports/csv?from=2025-01&to=2025-12&table=orders", "table"],
    ]
    for (const [path, field] of cases) {
      const { status, body } = await admin(path)
      expect(status, path).toBe(400)
      expect(body, path).toMatchObject({ type: "invalid_data", field })
      expect(body.message, path).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i)
    }
    const unknown = await admin(`/admin/plan-indicators/nothing_here?from=2025-01&to=2025-12`)
    expect(unknown.status).toBe(404)
  })
})

describe("plan targets", () => {
  it("refuses an invalid set as a whole, per field, writing nothing; then saves a valid one", async () => {
    const before = await admin(`/admin/plan-targets?year=2026`)
    expect(before.status).toBe(200)
    const bad = await admin(`/admin/plan-targets`, { method: "POST", body: JSON.stringify({ year: 2026, targets: { cadres_trained: 90, cadres_skilled: 140, woman_led: 5 } }) })
    expect(bad.status).toBe(400)
    expect(bad.body.errors.map((e: any) => e.field).sort()).toEqual(["targets.cadres_skilled", "targets.woman_led"])
    expect((await admin(`/admin/plan-targets?year=2026`)).body).toEqual(before.body)
    const malformed = await admin(`/admin/plan-targets`, { method: "POST", body: "{" })
    expect(malformed.status).toBe(400)
    expect(malformed.body.message).toContain("JSON")

    const original = before.body.targets.find((t: any) => t.indicator_id === "cadres_trained").value
    try {
      const ok = await admin(`/admin/plan-targets`, { method: "POST", body: JSON.stringify({ year: 2026, targets: { cadres_trained: 95 } }) })
      expect(ok.status).toBe(200)
      const { body } = await admin(`/admin/plan-indicators?from=2026-01&to=2026-06`)
      expect(body.indicators.find((i: any) => i.id === "cadres_trained").target).toBe(95)
    } finally {
      await admin(`/admin/plan-targets`, { method: "POST", body: JSON.stringify({ year: 2026, targets: { cadres_trained: original } }) })
    }
  })
})

describe("plan reports", () => {
  it("the XLSX read back with a spreadsheet library equals the API's numbers, per area", async () => {
    const query = `from=${YEAR.from}&to=${YEAR.to}`
    const file = await download(`/admin/plan-reports/xlsx?${query}`)
    expect(file.status).toBe(200)
    expect(file.type).toContain("spreadsheetml")
    expect(file.disposition).toContain("bao-cao-de-an-01_2025-01_2025-12.xlsx")
    const rows = (await readSheet(file.bytes, "Chỉ tiêu")) as unknown[][]
    const [header, ...data] = rows
    expect(header.slice(0, 3)).toEqual(["Tỉnh", "Huyện/thị xã/thành phố cũ", "Phường/xã"])
    const col = (name: string) => header.indexOf(name)

    const compare = async (apiQuery: string, match: (r: unknown[]) => boolean) => {
      const { body } = await admin(`/admin/plan-indicators?${apiQuery}`)
      const sheetRows = data.filter(match)
      expect(sheetRows.length).toBe(body.indicators.length)
      for (const i of body.indicators) {
        const row = sheetRows.find((r) => r[col("Mã chỉ tiêu")] === i.id)!
        expect(row, i.id).toBeDefined()
        expect(row[col("Tử số")], i.id).toBe(i.numerator)
        expect(row[col("Mẫu số")] ?? null, i.id).toBe(i.denominator)
        expect(row[col("Giá trị")] ?? null, i.id).toBe(i.value)
        expect(row[col("Chỉ tiêu kế hoạch")] ?? null, i.id).toBe(i.target)
        expect(row[col("Thiếu số liệu")], i.id).toBe(i.missing)
      }
    }
    await compare(query, (r) => r[col("Cấp địa bàn")] === "Tỉnh")
    await compare(`${query}&former_district=${encodeURIComponent("Huyện Bác Ái")}`, (r) => r[col("Cấp địa bàn")] === "Huyện cũ" && r[col("Huyện/thị xã/thành phố cũ")] === "Huyện Bác Ái")
    await compare(`${query}&ward_code=22870`, (r) => r[col("Cấp địa bàn")] === "Phường/xã" && r[col("Phường/xã")] === "Xã Ninh Phước")

    // the classification review list: one row per cooperative, counts agreeing with the API's classification
    const review = (await readSheet(file.bytes, "Phân loại HTX, THT")) as unknown[][]
    const [rh, ...rr] = review
    const { body } = await admin(`/admin/plan-indicators?${query}`)
    const htx = rr.filter((r) => r[rh.indexOf("Loại hình")] === "Hợp tác xã" && r[rh.indexOf("Tình trạng ngày 31/12/2025")] === "Đang hoạt động")
    const managed = body.indicators.find((i: any) => i.id === "women_managed_htx")
    expect(htx.filter((r) => r[rh.indexOf("Có phụ nữ tham gia quản lý")] === "Có").length).toBe(managed.numerator)
    expect(htx.filter((r) => r[rh.indexOf("Có phụ nữ tham gia quản lý")] !== "Thiếu số liệu").length).toBe(managed.denominator)
  })

  it("gives each table as CSV in UTF-8 with a BOM, and the printable report in the Union's form", async () => {
    const csv = await download(`/admin/plan-reports/csv?${H1}&table=classification`)
    expect(csv.status).toBe(200)
    expect(csv.type).toContain("text/csv")
    const text = csv.bytes.toString("utf8")
    expect(text.startsWith("\uFEFFTỉnh,Huyện/thị xã/thành phố cũ,Phường/xã,Tên đơn vị")).toBe(true)
    expect(text).toContain("Huyện Thuận Nam")
    expect(text).not.toContain("Huyện Bác Ái")

    const html = await download(`/admin/plan-reports/html?from=2026-01&to=2026-06`)
    expect(html.status).toBe(200)
    expect(html.type).toContain("text/html")
    const page = html.bytes.toString("utf8")
    for (const s of ["HỘI LHPN TỈNH KHÁNH HÒA", "Số: …/BC-HPN", "Khánh Hòa, ngày … tháng … năm …", "6 tháng đầu năm 2026", "I. Kết quả thực hiện các chỉ tiêu", "Nơi nhận"]) expect(page).toContain(s)
    expect(page).not.toContain("<script")
  })
})
