/**
 * The plan's yearly targets: which indicators take one, their bounds, and the check of what
 * Union staff enter (Vietnamese messages, every field checked before anything is written).
 */
import { INDICATORS, TARGETED_INDICATORS, type IndicatorId } from "./definitions"

export const TARGET_YEARS = { min: 2023, max: 2035 } as const

export interface TargetsInput {
  year: number
  targets: Partial<Record<IndicatorId, number>>
}

export type TargetsCheck = { ok: true; value: TargetsInput } | { ok: false; errors: { field: string; message: string }[] }

export function checkTargetsInput(body: unknown): TargetsCheck {
  const errors: { field: string; message: string }[] = []
  if (!body || typeof body !== "object" || Array.isArray(body)) {
    return { ok: false, errors: [{ field: "(body)", message: "Cần một đối tượng JSON { year, targets: { mã chỉ tiêu: giá trị } }." }] }
  }
  const { year, targets, ...rest } = body as Record<string, unknown>
  for (const key of Object.keys(rest)) errors.push({ field: key, message: `Trường "${key}" không được hỗ trợ.` })
  if (typeof year !== "number" || !Number.isInteger(year) || year < TARGET_YEARS.min || year > TARGET_YEARS.max) {
    errors.push({ field: "year", message: `Năm phải là số nguyên từ ${TARGET_YEARS.min} đến ${TARGET_YEARS.max}.` })
  }
  const value: TargetsInput["targets"] = {}
  if (!targets || typeof targets !== "object" || Array.isArray(targets)) {
    errors.push({ field: "targets", message: "Cần danh sách chỉ tiêu dạng { mã chỉ tiêu: giá trị }." })
  } else {
    const entries = Object.entries(targets as Record<string, unknown>)
    if (entries.length === 0) errors.push({ field: "targets", message: "Chưa có chỉ tiêu nào để lưu." })
    for (const [id, raw] of entries) {
      const field = `targets.${id}`
      if (!(TARGETED_INDICATORS as readonly string[]).includes(id)) {
        errors.push({ field, message: `Không đặt được chỉ tiêu kế hoạch cho "${id}". Đặt được cho: ${TARGETED_INDICATORS.join(", ")}.` })
        continue
      }
      const def = INDICATORS[id as IndicatorId]
      const max = def.unit === "percent" ? 100 : 1000
      if (typeof raw !== "number" || !Number.isInteger(raw) || raw < 0 || raw > max) {
        errors.push({ field, message: `${def.label}: chỉ tiêu phải là số nguyên từ 0 đến ${max}${def.unit === "percent" ? " (%)" : ""}.` })
        continue
      }
      value[id as IndicatorId] = raw
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: { year: year as number, targets: value } }
}

/** The targets of a year as shown to staff: each targeted indicator, its value, and whether it is the plan's default. */
export function targetsOfYear(year: number, set: Record<string, number> | undefined) {
  return TARGETED_INDICATORS.map((id) => ({
    indicator_id: id,
    label: INDICATORS[id].label,
    unit: INDICATORS[id].unit,
    value: set?.[id] ?? INDICATORS[id].defaultTarget!,
    default_value: INDICATORS[id].defaultTarget!,
    is_default: set?.[id] === undefined,
    year,
  }))
}
