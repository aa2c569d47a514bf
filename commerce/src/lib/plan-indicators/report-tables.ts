/**
 * The report tables (XLSX sheets, CSV files): the indicators by area with one column per area
 * level (province, former district, ward), the classification review list (section IV.2 of the
 * plan), the marketplace linkage per cooperative, and the definitions. Cells are plain values;
 * `export-files.ts` writes them.
 */
import { getWard, KHANH_HOA_PROVINCE_CODE, getProvince, listFormerDistricts } from "../administrative-units"
import { STABLE_JOB_DEFINITION } from "../registry/figures"
import { INDICATORS, INDICATOR_IDS, KIND_LABELS } from "./definitions"
import type { IndicatorEngine } from "./engine"
import { bounds, formatDay, formatMonth, type Period } from "./period"
import type { Area, CooperativeOn } from "./state"

export type Cell = string | number | null

export interface Table {
  /** sheet name (≤ 31 characters) and CSV file stem */
  name: string
  key: "indicators" | "classification" | "marketplace" | "definitions"
  header: string[]
  /** Excel column widths, in characters */
  widths: number[]
  rows: Cell[][]
}

const PROVINCE = () => getProvince(KHANH_HOA_PROVINCE_CODE)?.name ?? "Khánh Hòa"

const UNIT_LABELS = { percent: "%", count: "số lượng", vnd: "đồng" } as const
const yesNo = (v: boolean | null) => (v === null ? "Thiếu số liệu" : v ? "Có" : "Không")
const REGISTRY_LABELS = { operating: "Đang hoạt động", suspended: "Tạm ngừng", dissolved: "Giải thể" } as const
const SELLING_LABELS: Record<string, string> = { active: "Đang bán", pending: "Chờ duyệt", suspended: "Tạm ngừng bán", unlisted: "Không bán trên sàn" }

interface AreaRow {
  area: Area
  level: string
  formerDistrict: string
  ward: string
}

/** The province, each of its former districts, and each ward the snapshot has a cooperative or cadre in. */
function reportAreas(engine: IndicatorEngine, area: Area): AreaRow[] {
  if (area.ward_code) {
    const ward = getWard(area.ward_code)
    return [{ area, level: "Phường/xã", formerDistrict: ward?.formerDistricts.join(", ") ?? "", ward: ward?.name ?? area.ward_code }]
  }
  const rows: AreaRow[] = []
  if (!area.former_district) rows.push({ area: {}, level: "Tỉnh", formerDistrict: "", ward: "" })
  const districts = area.former_district ? [area.former_district] : listFormerDistricts(KHANH_HOA_PROVINCE_CODE)
  for (const d of districts) rows.push({ area: { former_district: d }, level: "Huyện cũ", formerDistrict: d, ward: "" })
  const wardCodes = new Set<string>()
  const { snapshot } = engine
  for (const c of snapshot.cooperatives) if (!area.former_district || c.former_district === area.former_district) wardCodes.add(c.ward_code)
  for (const k of snapshot.cadres) if (k.ward_code && (!area.former_district || k.former_district === area.former_district)) wardCodes.add(k.ward_code)
  const wards = [...wardCodes].flatMap((code) => {
    const w = getWard(code)
    return w ? [w] : []
  })
  wards.sort((a, b) => a.formerDistricts.join().localeCompare(b.formerDistricts.join(), "vi") || a.name.localeCompare(b.name, "vi"))
  for (const w of wards) rows.push({ area: { ward_code: w.code }, level: "Phường/xã", formerDistrict: w.formerDistricts.join(", "), ward: w.name })
  return rows
}

export function indicatorTable(engine: IndicatorEngine, period: Period, area: Area): Table {
  const rows: Cell[][] = []
  const periodText = `${formatMonth(period.from)} – ${formatMonth(period.to)}`
  for (const a of reportAreas(engine, area)) {
    for (const r of engine.evaluate(period, a.area)) {
      rows.push([
        PROVINCE(),
        a.formerDistrict,
        a.ward,
        a.level,
        r.id,
        r.label,
        r.numerator,
        r.denominator,
        r.value,
        UNIT_LABELS[r.unit],
        r.target,
        r.target_met === null ? "" : r.target_met ? "Đạt" : "Chưa đạt",
        r.missing,
        periodText,
      ])
    }
  }
  return {
    name: "Chỉ tiêu",
    key: "indicators",
    header: ["Tỉnh", "Huyện/thị xã/thành phố cũ", "Phường/xã", "Cấp địa bàn", "Mã chỉ tiêu", "Chỉ tiêu", "Tử số", "Mẫu số", "Giá trị", "Đơn vị", "Chỉ tiêu kế hoạch", "Đánh giá", "Thiếu số liệu", "Kỳ báo cáo"],
    widths: [12, 26, 24, 12, 24, 60, 10, 10, 10, 10, 12, 10, 12, 18],
    rows,
  }
}

function holders(s: CooperativeOn, role: string): string {
  return s.seats
    .filter((seat) => seat.role === role)
    .map((seat) => `${seat.holder_name} (${seat.holder_gender === "female" ? "nữ" : "nam"})`)
    .join("; ")
}

function registryState(s: CooperativeOn): string {
  if (!s.founded) return "Chưa thành lập"
  return REGISTRY_LABELS[s.registryStatus]
}

/** Section IV.2's review: every unit in the area at the period's end, with its classification and the numbers behind it. */
export function classificationTable(engine: IndicatorEngine, period: Period, area: Area): Table {
  const end = bounds(period).end
  const rows = engine.cooperativesOn(end, area).map((s): Cell[] => {
    const f = s.figures
    const seatsKnown = s.seats.length > 0
    return [
      PROVINCE(),
      s.c.former_district,
      s.c.ward_name,
      s.c.name,
      KIND_LABELS[s.c.kind] ?? s.c.kind,
      s.c.registration_number ?? "",
      s.c.founded_on ? formatDay(s.c.founded_on) : "",
      registryState(s),
      SELLING_LABELS[s.c.status] ?? s.c.status,
      f?.members_total ?? null,
      f?.members_women ?? null,
      f?.workers_total ?? null,
      f?.workers_women ?? null,
      f?.women_stable_jobs ?? null,
      f ? formatDay(f.as_of) : "Chưa có",
      s.seats.length,
      s.classes.women_manager_count,
      holders(s, "chair"),
      holders(s, "director"),
      yesNo(seatsKnown ? s.classes.women_in_management : null),
      yesNo(seatsKnown ? s.classes.woman_led : null),
      yesNo(f ? s.classes.women_majority_workforce : null),
    ]
  })
  return {
    name: "Phân loại HTX, THT",
    key: "classification",
    header: [
      "Tỉnh", "Huyện/thị xã/thành phố cũ", "Phường/xã", "Tên đơn vị", "Loại hình", "Số đăng ký", "Ngày thành lập", `Tình trạng ngày ${formatDay(end)}`, "Trên sàn",
      "Thành viên", "Thành viên nữ", "Lao động", "Lao động nữ", "Lao động nữ có việc làm ổn định", "Số liệu ngày",
      "Số ghế quản lý", "Ghế do nữ giữ", "Chủ tịch", "Giám đốc", "Có phụ nữ tham gia quản lý", "Do phụ nữ đứng đầu (chủ tịch/giám đốc)", "Trên 50% lao động là nữ",
    ],
    widths: [12, 26, 24, 44, 20, 18, 14, 18, 18, 10, 10, 10, 10, 14, 12, 10, 10, 28, 28, 14, 16, 14],
    rows,
  }
}

/** Orders, items and revenue in the period, and OCOP products listed at its end, per cooperative. */
export function marketplaceTable(engine: IndicatorEngine, period: Period, area: Area): Table {
  const b = bounds(period)
  const { snapshot } = engine
  const sales = new Map<string, { orders: Set<string>; items: number; revenue: number }>()
  for (const s of snapshot.sales) {
    if (s.placed_on < b.start || s.placed_on > b.end) continue
    const agg = sales.get(s.cooperative_id) ?? { orders: new Set<string>(), items: 0, revenue: 0 }
    agg.orders.add(s.order_id)
    agg.items += s.items
    agg.revenue += s.revenue_vnd
    sales.set(s.cooperative_id, agg)
  }
  const ocop = new Map<string, [number, number, number]>()
  for (const p of snapshot.ocop_products) {
    if (p.issued_on > b.end || (p.expires_on !== null && p.expires_on < b.end)) continue
    const counts = ocop.get(p.cooperative_id) ?? [0, 0, 0]
    counts[p.stars - 3]++
    ocop.set(p.cooperative_id, counts)
  }
  const rows = engine
    .cooperativesOn(b.end, area)
    .filter((s) => s.c.status !== "unlisted" || sales.has(s.c.id))
    .map((s): Cell[] => {
      const agg = sales.get(s.c.id)
      const stars = ocop.get(s.c.id) ?? [0, 0, 0]
      return [PROVINCE(), s.c.former_district, s.c.ward_name, s.c.name, KIND_LABELS[s.c.kind] ?? s.c.kind, SELLING_LABELS[s.c.status] ?? s.c.status, agg?.orders.size ?? 0, agg?.items ?? 0, agg?.revenue ?? 0, ...stars]
    })
  return {
    name: "Kết nối thị trường",
    key: "marketplace",
    header: ["Tỉnh", "Huyện/thị xã/thành phố cũ", "Phường/xã", "Tên đơn vị", "Loại hình", "Trên sàn", "Đơn hàng", "Sản phẩm đã bán", "Doanh thu (đồng)", "SP OCOP 3 sao", "SP OCOP 4 sao", "SP OCOP 5 sao"],
    widths: [12, 26, 24, 44, 20, 18, 10, 14, 16, 12, 12, 12],
    rows,
  }
}

export function definitionsTable(engine: IndicatorEngine, period: Period): Table {
  const year = Number(bounds(period).end.slice(0, 4))
  return {
    name: "Định nghĩa",
    key: "definitions",
    header: ["Mã chỉ tiêu", "Chỉ tiêu", "Đơn vị", `Chỉ tiêu kế hoạch năm ${year}`, "Cách tính"],
    widths: [24, 60, 10, 14, 120],
    rows: [
      ...INDICATOR_IDS.map((id): Cell[] => [id, INDICATORS[id].label, UNIT_LABELS[INDICATORS[id].unit], engine.target(id, year), INDICATORS[id].definition]),
      ["", "Việc làm ổn định", "", null, STABLE_JOB_DEFINITION],
      ["", "Cuối kỳ", "", null, "Ngày cuối cùng của tháng cuối kỳ báo cáo. Ghế quản lý, tình trạng hoạt động và số liệu (bản ghi mới nhất đến ngày đó) được lấy vào ngày này."],
    ],
  }
}

export function allTables(engine: IndicatorEngine, period: Period, area: Area): Table[] {
  return [indicatorTable(engine, period, area), classificationTable(engine, period, area), marketplaceTable(engine, period, area), definitionsTable(engine, period)]
}

