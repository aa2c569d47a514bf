/**
 * The registry import: the districts' review lists (one row per cooperative) read with the
 * product import's spreadsheet reader, validated whole before anything is written. A row whose
 * registration number is in the registry updates that record (its counts become a figure record
 * dated "Số liệu đến ngày"); any other row is a new record, not selling. Every problem is reported
 * with its row and column; one problem and nothing is written.
 */
import { getWard, KHANH_HOA_PROVINCE_CODE, listWards } from "../administrative-units"
import { cooperativeInputSchema, registryUpdateSchema } from "../cooperative-input"
import type { CellValue, ImportIssue, RawRow, SheetColumn } from "../product-import/read-spreadsheet"
import { foldVietnamese, slugify } from "../product-import/text"
import { cellToText, readDate, readWholeNumber } from "../product-import/validate"

export const REGISTRY_COLUMNS = [
  { key: "name", vi: "Tên", en: "name", required: true, example: "HTX Dệt thổ cẩm Ma Nới (demo)" },
  { key: "kind", vi: "Loại hình", en: "kind", required: true, example: "HTX", help: "HTX, THT, Tổ liên kết hoặc Hộ kinh doanh" },
  { key: "registration_number", vi: "Số đăng ký", en: "registration_number", required: false, example: "4500123456" },
  { key: "founded_on", vi: "Ngày thành lập", en: "founded_on", required: false, example: "15/03/2021" },
  { key: "ward", vi: "Phường/xã", en: "ward", required: true, example: "Xã Ninh Sơn", help: "Tên hoặc mã phường/xã từ 01/7/2025" },
  { key: "former_district", vi: "Huyện cũ", en: "former_district", required: true, example: "Huyện Ninh Sơn", help: "Huyện/thị xã/thành phố trước 01/7/2025" },
  { key: "street_address", vi: "Địa chỉ", en: "street_address", required: false, example: "Thôn Gia Hoa" },
  { key: "contact_name", vi: "Người liên hệ", en: "contact_name", required: false, example: "Pinăng Thị Hoa" },
  { key: "phone", vi: "Điện thoại", en: "phone", required: false, example: "0912345678" },
  { key: "members_total", vi: "Tổng số thành viên", en: "members_total", required: true, example: "25" },
  { key: "members_women", vi: "Thành viên nữ", en: "members_women", required: true, example: "21" },
  { key: "workers_total", vi: "Tổng số lao động", en: "workers_total", required: true, example: "18" },
  { key: "workers_women", vi: "Lao động nữ", en: "workers_women", required: true, example: "16" },
  { key: "women_stable_jobs", vi: "Lao động nữ có việc làm ổn định", en: "women_stable_jobs", required: false, example: "12" },
  { key: "women_avg_monthly_income_vnd", vi: "Thu nhập bình quân lao động nữ (đồng/tháng)", en: "women_avg_monthly_income_vnd", required: false, example: "4.500.000" },
  { key: "figures_as_of", vi: "Số liệu đến ngày", en: "figures_as_of", required: false, example: "30/06/2026", help: "Bỏ trống: ngày nhập" },
  { key: "chair_name", vi: "Chủ tịch HĐQT", en: "chair_name", required: false, example: "Pinăng Thị Hoa" },
  { key: "chair_gender", vi: "Giới tính chủ tịch", en: "chair_gender", required: false, example: "Nữ" },
  { key: "director_name", vi: "Giám đốc", en: "director_name", required: false, example: "Katơr Thị Lan" },
  { key: "director_gender", vi: "Giới tính giám đốc", en: "director_gender", required: false, example: "Nữ" },
] as const satisfies readonly (SheetColumn & { example: string; help?: string })[]

export type RegistryColumnKey = (typeof REGISTRY_COLUMNS)[number]["key"]
const LABEL = Object.fromEntries(REGISTRY_COLUMNS.map((c) => [c.key, c.vi])) as Record<RegistryColumnKey, string>

/** Schema field → the column a person will look at. */
const FIELD_COLUMN: Record<string, RegistryColumnKey> = {
  name: "name", kind: "kind", registration_number: "registration_number", founded_on: "founded_on", ward_code: "ward",
  former_district: "former_district", street_address: "street_address", contact_name: "contact_name", phone: "phone",
  members_total: "members_total", members_women: "members_women", workers_total: "workers_total", workers_women: "workers_women",
  women_stable_jobs: "women_stable_jobs", women_avg_monthly_income_vnd: "women_avg_monthly_income_vnd", figures_as_of: "figures_as_of",
}

const KIND_WORDS: Record<string, string> = {
  htx: "hop_tac_xa", "hop tac xa": "hop_tac_xa", hop_tac_xa: "hop_tac_xa",
  tht: "to_hop_tac", "to hop tac": "to_hop_tac", to_hop_tac: "to_hop_tac",
  tlk: "to_lien_ket", "to lien ket": "to_lien_ket", to_lien_ket: "to_lien_ket",
  "ho kinh doanh": "ho_kinh_doanh", "ho san xuat kinh doanh": "ho_kinh_doanh", hkd: "ho_kinh_doanh", ho_kinh_doanh: "ho_kinh_doanh",
}
const GENDER_WORDS: Record<string, "female" | "male"> = { nu: "female", "nữ": "female", female: "female", f: "female", nam: "male", male: "male", m: "male" }

export interface RegistryImportRecord {
  row: number
  /** the existing record a row updates (matched by registration number) */
  existing_id: string | null
  name: string
  /** validated input for `cooperativeInputSchema` (new) or `registryUpdateSchema` (update) */
  values: Record<string, unknown>
  figures_as_of: string | null
  seats: { role: "chair" | "director"; holder_name: string; holder_gender: "female" | "male" }[]
}

export interface RegistryImportContext {
  /** registration number → the registry record that has it */
  existing: Map<string, { id: string; name: string; handle: string }>
  /** handles already taken, so that new records get a free one */
  handles: Set<string>
}

export function validateRegistryRows(rows: RawRow<RegistryColumnKey>[], ctx: RegistryImportContext): { records: RegistryImportRecord[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = []
  const records: RegistryImportRecord[] = []
  const wardsByName = new Map<string, string>()
  for (const w of listWards(KHANH_HOA_PROVINCE_CODE)) {
    wardsByName.set(foldVietnamese(w.name), w.code)
    wardsByName.set(foldVietnamese(w.name.replace(/^(Phường|Xã|Đặc khu)\s+/i, "")), w.code)
  }
  const seenNumbers = new Map<string, number>()
  const handles = new Set(ctx.handles)

  for (const { row, cells } of rows) {
    const issue = (key: RegistryColumnKey, message: string) => issues.push({ row, column: LABEL[key], message })
    const text = (key: RegistryColumnKey) => (cells[key] === undefined ? "" : cellToText(cells[key] as CellValue).trim())
    const before = issues.length
    const values: Record<string, unknown> = { province_code: KHANH_HOA_PROVINCE_CODE }

    values.name = text("name")
    const kindText = text("kind")
    const kind = KIND_WORDS[foldVietnamese(kindText)]
    if (!kind) issue("kind", `Loại hình “${kindText}” không rõ; ghi HTX, THT, Tổ liên kết hoặc Hộ kinh doanh.`)
    values.kind = kind ?? kindText

    const wardText = text("ward")
    const wardCode = getWard(wardText) ? wardText : wardsByName.get(foldVietnamese(wardText))
    if (!wardCode) issue("ward", `Không có phường/xã “${wardText}” của Khánh Hòa theo đơn vị hành chính từ 01/7/2025.`)
    values.ward_code = wardCode ?? wardText
    const districtText = text("former_district")
    const ward = wardCode ? getWard(wardCode) : undefined
    values.former_district = ward?.formerDistricts.find((d) => foldVietnamese(d) === foldVietnamese(districtText) || foldVietnamese(d).endsWith(` ${foldVietnamese(districtText)}`)) ?? districtText

    for (const key of ["registration_number", "street_address", "contact_name", "phone"] as const) {
      const v = text(key)
      values[key] = v === "" ? null : v
    }
    for (const key of ["founded_on", "figures_as_of"] as const) {
      const cell = cells[key]
      if (cell === undefined || text(key) === "") continue
      const date = readDate(typeof cell === "string" ? cell.trim() : cell)
      if (!date) issue(key, `“${text(key)}” không phải ngày (dd/mm/yyyy).`)
      else values[key] = date.toISOString().slice(0, 10)
    }
    for (const key of ["members_total", "members_women", "workers_total", "workers_women", "women_stable_jobs", "women_avg_monthly_income_vnd"] as const) {
      const n = readWholeNumber(cells[key])
      if (n.kind === "invalid") issue(key, `“${text(key)}” không phải số nguyên.`)
      else if (n.kind === "ok") values[key] = n.value
      else if (key === "women_stable_jobs") values[key] = 0
      else if (key === "women_avg_monthly_income_vnd") values[key] = null
      else issue(key, `Thiếu ${LABEL[key].toLowerCase()}.`)
    }

    const seats: RegistryImportRecord["seats"] = []
    for (const [role, nameKey, genderKey] of [["chair", "chair_name", "chair_gender"], ["director", "director_name", "director_gender"]] as const) {
      const holder = text(nameKey)
      const genderText = text(genderKey)
      if (!holder && !genderText) continue
      const gender = GENDER_WORDS[foldVietnamese(genderText)] ?? GENDER_WORDS[genderText.toLowerCase()]
      if (!holder) issue(nameKey, "Thiếu họ tên.")
      if (!gender) issue(genderKey, `Giới tính “${genderText}” không rõ; ghi Nữ hoặc Nam.`)
      if (holder && gender) seats.push({ role, holder_name: holder, holder_gender: gender })
    }

    const number = (values.registration_number as string | null) ?? null
    if (number) {
      const first = seenNumbers.get(number)
      if (first) issue("registration_number", `Số đăng ký “${number}” trùng với dòng ${first}.`)
      else seenNumbers.set(number, row)
    }
    const existing = number ? ctx.existing.get(number) : undefined

    if (issues.length === before) {
      const { figures_as_of, ...fields } = values
      let handle = existing?.handle ?? slugify(String(values.name))
      if (!existing) {
        for (let i = 2; handles.has(handle); i++) handle = `${slugify(String(values.name))}-${i}`
        handles.add(handle)
      }
      const parsed = existing
        ? registryUpdateSchema.safeParse({ ...values })
        : cooperativeInputSchema.safeParse({ ...fields, handle, status: "unlisted", management_roles: seats })
      if (!parsed.success) {
        for (const i of parsed.error.issues) {
          const column = FIELD_COLUMN[String(i.path[0])]
          issues.push({ row, column: column ? LABEL[column] : null, message: i.message })
        }
      } else {
        records.push({
          row,
          existing_id: existing?.id ?? null,
          name: String(values.name),
          values: existing ? { ...values } : { ...fields, handle, status: "unlisted", management_roles: seats },
          figures_as_of: (figures_as_of as string | undefined) ?? null,
          seats,
        })
      }
    }
  }
  return { records, issues }
}

/** The template: the header row and one example row, as CSV (UTF-8 with BOM so that Excel shows the tones). */
export function registryTemplateCsv(): string {
  const quote = (s: string) => (/[",;\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s)
  return "\ufeff" + [REGISTRY_COLUMNS.map((c) => quote(c.vi)).join(","), REGISTRY_COLUMNS.map((c) => quote(c.example)).join(",")].join("\r\n") + "\r\n"
}
