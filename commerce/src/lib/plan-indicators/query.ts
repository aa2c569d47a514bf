/**
 * The query every plan-indicator route takes — `from`, `to` (YYYY-MM), at most one of
 * `former_district` / `ward_code` (default: the whole province) — checked with Vietnamese messages.
 */
import { getWard, KHANH_HOA_PROVINCE_CODE, listFormerDistricts } from "../administrative-units"
import { parsePeriod, type Period } from "./period"
import type { Area } from "./state"

export interface PlanQuery {
  period: Period
  area: Area
  /** extra flags a route allows, e.g. trend=1, format=xlsx */
  flags: Record<string, string>
}

export type PlanQueryResult = { ok: true; query: PlanQuery } | { ok: false; field: string; message: string }

const AREA_PARAMS = ["former_district", "ward_code"]

/**
 * `allowed` lists the extra parameters of a route with their permitted values. Anything else in
 * the query string is refused, so that a typo (`?form=2025-01`) is not silently ignored.
 */
export function readPlanQuery(raw: Record<string, unknown>, allowed: Record<string, readonly string[]> = {}, today = new Date()): PlanQueryResult {
  for (const [key, value] of Object.entries(raw)) {
    if (!["from", "to", ...AREA_PARAMS, ...Object.keys(allowed)].includes(key)) {
      return { ok: false, field: key, message: `Tham số "${key}" không được hỗ trợ. Dùng from, to (YYYY-MM) và former_district hoặc ward_code.` }
    }
    if (typeof value !== "string") return { ok: false, field: key, message: `Tham số "${key}" chỉ được có một giá trị.` }
    if (value.length > 100) return { ok: false, field: key, message: `Giá trị của "${key}" quá dài.` }
  }
  const parsed = parsePeriod(raw, today)
  if (!parsed.ok) return parsed

  const formerDistrict = (raw.former_district as string | undefined)?.normalize("NFC").trim() || undefined
  const wardCode = (raw.ward_code as string | undefined)?.trim() || undefined
  if (formerDistrict && wardCode) {
    return { ok: false, field: "ward_code", message: "Chỉ chọn một địa bàn: huyện cũ (former_district) hoặc phường/xã (ward_code), không cả hai." }
  }
  const area: Area = {}
  if (formerDistrict) {
    const districts = listFormerDistricts(KHANH_HOA_PROVINCE_CODE)
    if (!districts.includes(formerDistrict)) {
      return { ok: false, field: "former_district", message: `"${formerDistrict}" không phải huyện, thị xã, thành phố cũ của tỉnh Khánh Hòa (trước 01/7/2025). Ví dụ: "${districts[0]}".` }
    }
    area.former_district = formerDistrict
  }
  if (wardCode) {
    const ward = getWard(wardCode)
    if (!ward || ward.provinceCode !== KHANH_HOA_PROVINCE_CODE) {
      return { ok: false, field: "ward_code", message: `Mã phường/xã "${wardCode}" không thuộc tỉnh Khánh Hòa (đơn vị hành chính từ 01/7/2025).` }
    }
    area.ward_code = wardCode
  }

  const flags: Record<string, string> = {}
  for (const [key, values] of Object.entries(allowed)) {
    const value = raw[key] as string | undefined
    if (value === undefined || value === "") continue
    if (!values.includes(value)) return { ok: false, field: key, message: `"${key}" phải là một trong: ${values.join(", ")}.` }
    flags[key] = value
  }
  return { ok: true, query: { period: parsed.period, area, flags } }
}

/** "Toàn tỉnh Khánh Hòa", "Huyện Vạn Ninh (cũ)", "Xã Tu Bông (Huyện Vạn Ninh cũ)". */
export function describeArea(area: Area): { level: "province" | "former_district" | "ward"; label: string } {
  if (area.ward_code) {
    const ward = getWard(area.ward_code)
    return { level: "ward", label: ward ? `${ward.name}${ward.formerDistricts.length ? ` (${ward.formerDistricts.join(", ")} cũ)` : ""}` : area.ward_code }
  }
  if (area.former_district) return { level: "former_district", label: `${area.former_district} (cũ)` }
  return { level: "province", label: "Toàn tỉnh Khánh Hòa" }
}
