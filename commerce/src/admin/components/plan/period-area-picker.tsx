/// <reference lib="dom" />
import { Input, Label } from "@medusajs/ui"
import { PRESET_LABELS, type PeriodPreset } from "../../../lib/plan-indicators/period"
import { selectClass, useUnits } from "../registry-form"

export interface PickerState {
  preset: PeriodPreset
  year: number
  month: number
  quarter: number
  from: string
  to: string
  formerDistrict: string
  wardCode: string
}

/** Period presets (tháng, quý, 6 tháng đầu năm, năm, tùy chọn) and the area (province, former district, ward); native selects. */
export function PeriodAreaPicker({ state, onChange, years }: { state: PickerState; onChange: (patch: Partial<PickerState>) => void; years: number[] }) {
  const units = useUnits()
  // a patch, not a whole state: two quick changes in a row must not undo each other
  const set = onChange
  const wards = (units?.wards ?? []).filter((w) => !state.formerDistrict || w.former_districts.includes(state.formerDistrict))
  return (
    <div className="flex flex-wrap items-end gap-3">
      <Field id="plan-period" label="Kỳ báo cáo">
        <select id="plan-period" className={selectClass} value={state.preset} onChange={(e) => set({ preset: e.target.value as PeriodPreset })}>
          {(Object.keys(PRESET_LABELS) as PeriodPreset[]).map((p) => (
            <option key={p} value={p}>
              {PRESET_LABELS[p]}
            </option>
          ))}
        </select>
      </Field>
      {state.preset !== "custom" && (
        <Field id="plan-year" label="Năm">
          <select id="plan-year" className={selectClass} value={state.year} onChange={(e) => set({ year: Number(e.target.value) })}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </Field>
      )}
      {state.preset === "month" && (
        <Field id="plan-month" label="Tháng">
          <select id="plan-month" className={selectClass} value={state.month} onChange={(e) => set({ month: Number(e.target.value) })}>
            {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => (
              <option key={m} value={m}>
                Tháng {m}
              </option>
            ))}
          </select>
        </Field>
      )}
      {state.preset === "quarter" && (
        <Field id="plan-quarter" label="Quý">
          <select id="plan-quarter" className={selectClass} value={state.quarter} onChange={(e) => set({ quarter: Number(e.target.value) })}>
            {[1, 2, 3, 4].map((q) => (
              <option key={q} value={q}>
                Quý {["I", "II", "III", "IV"][q - 1]}
              </option>
            ))}
          </select>
        </Field>
      )}
      {state.preset === "custom" && (
        <>
          <Field id="plan-from" label="Từ tháng">
            <Input id="plan-from" type="month" size="small" value={state.from} onChange={(e) => set({ from: e.target.value })} className="w-40" />
          </Field>
          <Field id="plan-to" label="Đến tháng">
            <Input id="plan-to" type="month" size="small" value={state.to} onChange={(e) => set({ to: e.target.value })} className="w-40" />
          </Field>
        </>
      )}
      <Field id="plan-district" label="Huyện cũ">
        <select id="plan-district" className={selectClass} value={state.formerDistrict} onChange={(e) => set({ formerDistrict: e.target.value, wardCode: "" })}>
          <option value="">Toàn tỉnh</option>
          {(units?.former_districts ?? []).map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
      </Field>
      <Field id="plan-ward" label="Phường/xã">
        <select id="plan-ward" className={selectClass} value={state.wardCode} onChange={(e) => set({ wardCode: e.target.value })}>
          <option value="">{state.formerDistrict ? "Cả huyện cũ" : "Tất cả phường, xã"}</option>
          {wards.map((w) => (
            <option key={w.code} value={w.code}>
              {w.name}
            </option>
          ))}
        </select>
      </Field>
    </div>
  )
}

function Field({ id, label, children }: { id: string; label: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-y-1">
      <Label size="xsmall" htmlFor={id} className="text-ui-fg-subtle">
        {label}
      </Label>
      {children}
    </div>
  )
}
