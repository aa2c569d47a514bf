/// <reference lib="dom" />
import { Button, Heading, Input, Label, Text, Textarea } from "@medusajs/ui"
import { type FormEvent, type ReactNode, useEffect, useState } from "react"
import { adminFetch, AdminApiError } from "./admin-api"

export type Units = { wards: { code: string; name: string; former_districts: string[] }[]; former_districts: string[] }

let unitsCache: Promise<Units> | null = null
/** Khánh Hòa's wards and former districts (loaded once per Admin session). */
export function useUnits(): Units | null {
  const [units, setUnits] = useState<Units | null>(null)
  useEffect(() => {
    unitsCache ??= adminFetch<Units>("/admin/administrative-units")
    unitsCache.then(setUnits).catch(() => (unitsCache = null))
  }, [])
  return units
}

export const KINDS: [string, string][] = [
  ["hop_tac_xa", "Hợp tác xã"],
  ["to_hop_tac", "Tổ hợp tác"],
  ["to_lien_ket", "Tổ liên kết"],
  ["ho_kinh_doanh", "Hộ sản xuất kinh doanh"],
]

export const selectClass =
  "bg-ui-bg-field shadow-borders-base txt-compact-small h-8 rounded-md px-2 text-ui-fg-base outline-none focus:shadow-borders-interactive-with-active"

export type RegistryValues = Record<string, string>

const NUMBER_FIELDS = ["members_total", "members_women", "workers_total", "workers_women", "women_stable_jobs", "women_avg_monthly_income_vnd"]

/** Form values → the JSON the registry routes take (numbers as numbers, empty optional text as null). */
export function toPayload(values: RegistryValues): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(values)) {
    if (NUMBER_FIELDS.includes(k)) out[k] = v.trim() === "" ? (k === "women_avg_monthly_income_vnd" ? null : 0) : Number(v.replace(/[.\s]/g, ""))
    else out[k] = v.trim() === "" ? null : v
  }
  return out
}

function Field(props: { id: string; label: string; error?: string; hint?: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={props.id}>{props.label}</Label>
      {props.children}
      {props.hint && <Text size="xsmall" className="text-ui-fg-subtle">{props.hint}</Text>}
      {props.error && (
        <Text size="small" className="text-ui-fg-error" data-field-error={props.id}>
          {props.error}
        </Text>
      )}
    </div>
  )
}

/**
 * Every registry field of a cooperative, with the problems the server found shown under each
 * input. Used to create a record and to edit one.
 */
export function RegistryForm(props: {
  initial: RegistryValues
  submitLabel: string
  stableJobDefinition?: string
  onSubmit: (payload: Record<string, unknown>) => Promise<void>
}) {
  const units = useUnits()
  const [values, setValues] = useState<RegistryValues>(props.initial)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  useEffect(() => setValues(props.initial), [props.initial])
  const set = (k: string) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [k]: e.target.value }))
  const wards = units?.wards ?? []
  const ward = wards.find((w) => w.code === values.ward_code)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setBusy(true)
    setErrors({})
    setMessage(null)
    try {
      await props.onSubmit(toPayload(values))
      setMessage("Đã lưu.")
    } catch (err) {
      if (err instanceof AdminApiError && err.errors.length) setErrors(err.byField())
      setMessage(err instanceof AdminApiError && err.errors.length ? "Chưa lưu: hãy sửa các ô được đánh dấu." : (err as Error).message)
    } finally {
      setBusy(false)
    }
  }

  const text = (k: string, label: string, opts: { type?: string; hint?: string } = {}) => (
    <Field id={`f-${k}`} label={label} error={errors[k]} hint={opts.hint}>
      <Input id={`f-${k}`} name={k} type={opts.type ?? "text"} value={values[k] ?? ""} onChange={set(k)} aria-invalid={Boolean(errors[k])} />
    </Field>
  )

  return (
    <form onSubmit={submit} className="flex flex-col gap-y-4 px-6 py-4" noValidate>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        {text("name", "Tên")}
        <Field id="f-kind" label="Loại hình" error={errors.kind}>
          <select id="f-kind" name="kind" className={selectClass} value={values.kind ?? ""} onChange={set("kind")}>
            <option value="">— chọn —</option>
            {KINDS.map(([v, l]) => (
              <option key={v} value={v}>{l}</option>
            ))}
          </select>
        </Field>
        {text("registration_number", "Số đăng ký (mã số HTX/THT)")}
        {text("founded_on", "Ngày thành lập", { type: "date" })}
        <Field id="f-ward_code" label="Phường/xã (từ 01/7/2025)" error={errors.ward_code}>
          <select
            id="f-ward_code"
            name="ward_code"
            className={selectClass}
            value={values.ward_code ?? ""}
            onChange={(e) => {
              const w = wards.find((x) => x.code === e.target.value)
              setValues((v) => ({ ...v, ward_code: e.target.value, former_district: w?.former_districts.length === 1 ? w.former_districts[0] : v.former_district }))
            }}
          >
            <option value="">— chọn —</option>
            {wards.map((w) => (
              <option key={w.code} value={w.code}>{w.name}</option>
            ))}
          </select>
        </Field>
        <Field id="f-former_district" label="Huyện/thị xã/thành phố cũ (trước 01/7/2025)" error={errors.former_district}>
          <select id="f-former_district" name="former_district" className={selectClass} value={values.former_district ?? ""} onChange={set("former_district")}>
            <option value="">— chọn —</option>
            {(ward?.former_districts ?? units?.former_districts ?? []).map((d) => (
              <option key={d} value={d}>{d}</option>
            ))}
          </select>
        </Field>
        {text("street_address", "Địa chỉ (thôn, số nhà)")}
        {text("contact_name", "Người liên hệ")}
        {text("phone", "Điện thoại")}
        {text("zalo_phone", "Zalo")}
        {text("email", "Email", { type: "email" })}
        {text("facebook_url", "Trang Facebook")}
      </div>
      <Heading level="h3">Số liệu hiện tại</Heading>
      <div className="grid grid-cols-2 gap-4 md:grid-cols-3">
        {text("members_total", "Tổng số thành viên", { type: "number" })}
        {text("members_women", "Thành viên nữ", { type: "number" })}
        {text("workers_total", "Tổng số lao động", { type: "number" })}
        {text("workers_women", "Lao động nữ", { type: "number" })}
        {text("women_stable_jobs", "Lao động nữ có việc làm ổn định", { type: "number", hint: props.stableJobDefinition })}
        {text("women_avg_monthly_income_vnd", "Thu nhập bình quân lao động nữ (đồng/tháng, không bắt buộc)", { type: "number" })}
        {text("figures_as_of", "Số liệu tính đến ngày (bỏ trống: hôm nay)", { type: "date" })}
      </div>
      <Field id="f-description" label="Giới thiệu" error={errors.description}>
        <Textarea id="f-description" name="description" value={values.description ?? ""} onChange={set("description")} rows={3} />
      </Field>
      {errors["(bản ghi)"] && <Text className="text-ui-fg-error">{errors["(bản ghi)"]}</Text>}
      <div className="flex items-center gap-x-3">
        <Button type="submit" isLoading={busy}>{props.submitLabel}</Button>
        {message && (
          <Text size="small" className={Object.keys(errors).length ? "text-ui-fg-error" : "text-ui-fg-subtle"} role="status">
            {message}
          </Text>
        )}
      </div>
    </form>
  )
}
