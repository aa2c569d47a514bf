/**
 * The registry's change history: which fields an edit changes, written as the Union reads them
 * (dates dd/mm/yyyy, kinds and statuses in words).
 */
import { KIND_LABELS, MARKETPLACE_STATUS_LABELS, REGISTRY_STATUS_LABELS } from "./labels"

/** Fields whose changes are recorded, with their Vietnamese labels (the history shows these). */
export const REGISTRY_FIELD_LABELS = {
  name: "Tên",
  kind: "Loại hình",
  ward_code: "Mã phường/xã",
  ward_name: "Phường/xã",
  former_district: "Huyện cũ",
  street_address: "Địa chỉ",
  registration_number: "Số đăng ký",
  founded_on: "Ngày thành lập",
  contact_name: "Người liên hệ",
  members_total: "Tổng số thành viên",
  members_women: "Thành viên nữ",
  workers_total: "Tổng số lao động",
  workers_women: "Lao động nữ",
  women_stable_jobs: "Lao động nữ có việc làm ổn định",
  women_avg_monthly_income_vnd: "Thu nhập bình quân của lao động nữ (đồng/tháng)",
  phone: "Điện thoại",
  zalo_phone: "Zalo",
  facebook_url: "Facebook",
  email: "Email",
  description: "Giới thiệu",
  logo_url: "Logo",
  status: "Bán trên sàn",
  registry_status: "Tình trạng hoạt động",
  management: "Ban quản lý",
} as const

export type RegistryField = keyof typeof REGISTRY_FIELD_LABELS

export interface FieldChange {
  field: RegistryField
  old_value: string | null
  new_value: string | null
}

/** A value as the history stores it: dates as yyyy-mm-dd, everything else as text, empty = null. */
export function historyValue(v: unknown): string | null {
  if (v === null || v === undefined || v === "") return null
  if (v instanceof Date) return v.toISOString().slice(0, 10)
  if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}T/.test(v)) return v.slice(0, 10)
  return String(v)
}

/** The fields of `next` that differ from `current`, in the order of REGISTRY_FIELD_LABELS. */
export function diffRegistry(current: Record<string, unknown>, next: Record<string, unknown>): FieldChange[] {
  const changes: FieldChange[] = []
  for (const field of Object.keys(REGISTRY_FIELD_LABELS) as RegistryField[]) {
    if (!(field in next)) continue
    const before = historyValue(current[field])
    const after = historyValue(next[field])
    if (before !== after) changes.push({ field, old_value: before, new_value: after })
  }
  return changes
}

/** "Bán trên sàn: Chờ duyệt → Đang bán" — a history value in words where it is a code. */
export function describeValue(field: string, value: string | null): string {
  if (value === null) return "(trống)"
  const words = field === "status" ? MARKETPLACE_STATUS_LABELS : field === "registry_status" ? REGISTRY_STATUS_LABELS : field === "kind" ? KIND_LABELS : null
  if (words) return words[value] ?? value
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value.split("-").reverse().join("/")
  return value
}
