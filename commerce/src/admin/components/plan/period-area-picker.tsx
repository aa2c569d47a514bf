/// <reference lib="dom" />
import { Input, Label, Select } from "@medusajs/ui"
import { PRESET_LABELS, type PeriodPreset } from "../../../lib/plan-indicators/period"
import type { Areas } from "./types"

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

const ALL = "__all__"

/** Period presets (tháng, quý, 6 tháng đầu năm, năm, tùy chọn) and the area (province, former district, ward). */
export function PeriodAreaPicker({ state, onChange, areas, years }: { state: PickerState; onChange: (s: PickerState) => void; areas: Areas | null; years: number[] }) {
  const set = (patch: Partial<PickerState>) => onChange({ ...state, ...patch })
  const wards = (areas?.wards ?? []).filter((w) => !state.formerDistrict || w.former_districts.includes(state.formerDistrict))
  return (
    <div className="flex flex-wrap items-end gap-3">
      <Field label="Kỳ báo cáo">
        <Select value={state.preset} onValueChange={(v) => set({ preset: v as PeriodPreset })}>
          <Select.Trigger className="w-48" aria-label="Kỳ báo cáo">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {(Object.keys(PRESET_LABELS) as PeriodPreset[]).map((p) => (
              <Select.Item key={p} value={p}>
                {PRESET_LABELS[p]}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </Field>
      {state.preset !== "custom" && (
        <Field label="Năm">
          <Select value={String(state.year)} onValueChange={(v) => set({ year: Number(v) })}>
            <Select.Trigger className="w-28" aria-label="Năm">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {years.map((y) => (
                <Select.Item key={y} value={String(y)}>
                  {y}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Field>
      )}
      {state.preset === "month" && (
        <Field label="Tháng">
          <Select value={String(state.month)} onValueChange={(v) => set({ month: Number(v) })}>
            <Select.Trigger className="w-32" aria-label="Tháng">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => (
                <Select.Item key={m} value={String(m)}>
                  Tháng {m}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Field>
      )}
      {state.preset === "quarter" && (
        <Field label="Quý">
          <Select value={String(state.quarter)} onValueChange={(v) => set({ quarter: Number(v) })}>
            <Select.Trigger className="w-28" aria-label="Quý">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {[1, 2, 3, 4].map((q) => (
                <Select.Item key={q} value={String(q)}>
                  Quý {["I", "II", "III", "IV"][q - 1]}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Field>
      )}
      {state.preset === "custom" && (
        <>
          <Field label="Từ tháng">
            <Input type="month" value={state.from} onChange={(e) => set({ from: e.target.value })} aria-label="Từ tháng" className="w-40" />
          </Field>
          <Field label="Đến tháng">
            <Input type="month" value={state.to} onChange={(e) => set({ to: e.target.value })} aria-label="Đến tháng" className="w-40" />
          </Field>
        </>
      )}
      <Field label="Huyện, thị xã, thành phố cũ">
        <Select value={state.formerDistrict || ALL} onValueChange={(v) => set({ formerDistrict: v === ALL ? "" : v, wardCode: "" })}>
          <Select.Trigger className="w-64" aria-label="Huyện, thị xã, thành phố cũ">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>Toàn tỉnh</Select.Item>
            {(areas?.former_districts ?? []).map((d) => (
              <Select.Item key={d} value={d}>
                {d}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </Field>
      <Field label="Phường, xã (từ 01/7/2025)">
        <Select value={state.wardCode || ALL} onValueChange={(v) => set({ wardCode: v === ALL ? "" : v })}>
          <Select.Trigger className="w-60" aria-label="Phường, xã">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>{state.formerDistrict ? "Cả huyện cũ" : "Tất cả phường, xã"}</Select.Item>
            {wards.map((w) => (
              <Select.Item key={w.code} value={w.code}>
                {w.name}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </Field>
    </div>
  )
}

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-y-1">
      <Label size="xsmall" className="text-ui-fg-subtle">
        {label}
      </Label>
      {children}
    </div>
  )
}
