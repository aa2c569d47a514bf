/// <reference lib="dom" />
import { Button, Input, Label, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useAdminData } from "../use-admin-data"

interface TargetsAnswer {
  year: number
  targets: { indicator_id: string; label: string; unit: "percent" | "count"; value: number; default_value: number; is_default: boolean }[]
}

/** The plan's targets for one year; saved together (nothing is written unless every value is valid). */
export function TargetsEditor({ year, onSaved }: { year: number; onSaved: () => void }) {
  const { data, error, reload } = useAdminData<TargetsAnswer>(`/admin/plan-targets?year=${year}`)
  const [values, setValues] = useState<Record<string, string>>({})
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState(false)
  useEffect(() => {
    if (data) setValues(Object.fromEntries(data.targets.map((t) => [t.indicator_id, String(t.value)])))
  }, [data])

  async function save() {
    setBusy(true)
    setErrors({})
    try {
      const targets = Object.fromEntries(Object.entries(values).map(([id, v]) => [id, v.trim() === "" ? null : Number(v)]))
      const res = await fetch("/admin/plan-targets", { method: "POST", credentials: "include", headers: { "content-type": "application/json" }, body: JSON.stringify({ year, targets }) })
      const body = await res.json().catch(() => null)
      if (!res.ok) {
        setErrors(Object.fromEntries(((body?.errors ?? []) as { field: string; message: string }[]).map((e) => [e.field.replace(/^targets\./, ""), e.message])))
        toast.error(body?.message ?? `Không lưu được (HTTP ${res.status})`)
        return
      }
      toast.success(`Đã lưu chỉ tiêu kế hoạch năm ${year}`)
      reload()
      onSaved()
    } finally {
      setBusy(false)
    }
  }

  if (error) return <Text className="text-ui-fg-error">{error}</Text>
  if (!data) return <Text className="text-ui-fg-subtle">Đang tải chỉ tiêu…</Text>
  return (
    <div className="flex flex-col gap-y-3">
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2 xl:grid-cols-3">
        {data.targets.map((t) => (
          <div key={t.indicator_id} className="flex flex-col gap-y-1">
            <Label size="xsmall" htmlFor={`target-${t.indicator_id}`}>
              {t.label} ({t.unit === "percent" ? "%" : "số lượng trong năm"})
            </Label>
            <Input id={`target-${t.indicator_id}`} type="number" min={0} max={t.unit === "percent" ? 100 : 1000} value={values[t.indicator_id] ?? ""} onChange={(e) => setValues({ ...values, [t.indicator_id]: e.target.value })} aria-invalid={!!errors[t.indicator_id]} />
            <Text size="xsmall" className={errors[t.indicator_id] ? "text-ui-fg-error" : "text-ui-fg-muted"}>
              {errors[t.indicator_id] ?? (t.is_default ? `Mặc định theo kế hoạch: ${t.default_value}` : `Mặc định theo kế hoạch: ${t.default_value} (đã đặt riêng cho năm ${year})`)}
            </Text>
          </div>
        ))}
      </div>
      <div>
        <Button size="small" variant="secondary" onClick={save} isLoading={busy}>
          Lưu chỉ tiêu năm {year}
        </Button>
      </div>
    </div>
  )
}

