/// <reference lib="dom" />
import { Badge, Text, Tooltip } from "@medusajs/ui"
import { formatFraction, formatMonth, formatNumber, formatTarget, formatValue, progress } from "./format"
import type { Indicator } from "./types"

/** One indicator: value, "3/5 = 60 %", target and progress, missing data, a monthly trend; a click opens the list behind it. */
export function IndicatorCard({ indicator: i, onOpen }: { indicator: Indicator; onOpen: () => void }) {
  const fraction = formatFraction(i)
  const target = formatTarget(i)
  const p = progress(i)
  return (
    <button
      type="button"
      onClick={onOpen}
      data-indicator={i.id}
      className="bg-ui-bg-base shadow-elevation-card-rest hover:shadow-elevation-card-hover flex flex-col gap-y-2 rounded-lg p-4 text-left transition-shadow"
    >
      <div className="flex items-start justify-between gap-x-2">
        <Text size="small" weight="plus" className="text-ui-fg-base">
          {i.label}
        </Text>
        {i.target_met !== null && <Badge color={i.target_met ? "green" : "orange"} size="2xsmall" className="shrink-0 whitespace-nowrap">{i.target_met ? "Đạt" : "Chưa đạt"}</Badge>}
      </div>
      <div className="flex items-baseline gap-x-3">
        <span className="text-ui-fg-base text-2xl font-semibold" data-value>
          {formatValue(i)}
        </span>
        {fraction && (
          <Text size="small" className="text-ui-fg-subtle" data-fraction>
            {fraction}
          </Text>
        )}
      </div>
      {target && (
        <div className="flex flex-col gap-y-1">
          <Text size="xsmall" className="text-ui-fg-subtle">
            {target}
          </Text>
          <div className="bg-ui-bg-component h-1.5 w-full overflow-hidden rounded-full" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={p === null ? undefined : Math.round(p * 100)}>
            <div className={i.target_met ? "bg-ui-tag-green-icon h-full" : "bg-ui-tag-orange-icon h-full"} style={{ width: `${Math.round((p ?? 0) * 100)}%` }} />
          </div>
        </div>
      )}
      {i.breakdown && i.breakdown.length > 0 && (
        <Text size="xsmall" className="text-ui-fg-subtle">
          {i.breakdown.map((b) => `${b.label}: ${formatNumber(b.numerator)}${b.denominator !== null ? `/${formatNumber(b.denominator)}` : ""}`).join(" · ")}
        </Text>
      )}
      {i.missing > 0 && (
        <Text size="xsmall" className="text-ui-fg-error">
          {i.missing} đơn vị thiếu số liệu (không tính)
        </Text>
      )}
      {i.trend && i.trend.length > 1 && <Sparkline points={i.trend} unit={i.unit} target={i.target} />}
      <Tooltip content={i.definition + (i.note ? ` ${i.note}` : "")}>
        <Text size="xsmall" className="text-ui-fg-muted line-clamp-2">
          {i.definition}
        </Text>
      </Tooltip>
      {i.note && (
        <Text size="xsmall" className="text-ui-fg-muted italic">
          {i.note}
        </Text>
      )}
    </button>
  )
}

/** Monthly values as a small line (scaled to what it shows, the target dashed); months with no value leave a gap. */
function Sparkline({ points, unit, target }: { points: { month: string; value: number | null }[]; unit: Indicator["unit"]; target: number | null }) {
  const values = points.map((p) => p.value).filter((v): v is number => v !== null)
  if (!values.length) return null
  const w = 240
  const h = 40
  const shown = unit === "percent" && target !== null ? [...values, target] : values
  const span = Math.max(...shown) - Math.min(...shown)
  const pad = Math.max(span * 0.15, unit === "percent" ? 2 : 0.5)
  const max = Math.max(...shown) + pad
  const min = Math.max(0, Math.min(...shown) - pad)
  const x = (i: number) => (i / (points.length - 1)) * (w - 4) + 2
  const y = (v: number) => h - 3 - ((v - min) / (max - min || 1)) * (h - 6)
  const segments: string[] = []
  let current = ""
  points.forEach((p, i) => {
    if (p.value === null) {
      if (current) segments.push(current)
      current = ""
    } else current += `${current ? " L" : "M"}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`
  })
  if (current) segments.push(current)
  const last = points[points.length - 1]
  return (
    <div className="flex flex-col gap-y-0.5">
      <svg viewBox={`0 0 ${w} ${h}`} className="h-10 w-full" role="img" aria-label={`Xu hướng theo tháng: ${points.map((p) => `${formatMonth(p.month)} ${p.value === null ? "—" : formatValue({ unit, value: p.value })}`).join("; ")}`}>
        {unit === "percent" && target !== null && <line x1={0} x2={w} y1={y(target)} y2={y(target)} stroke="currentColor" strokeDasharray="3 3" strokeWidth={1} className="text-ui-fg-muted" />}
        {segments.map((d, i) => (
          <path key={i} d={d} fill="none" stroke="currentColor" strokeWidth={1.5} className="text-ui-fg-interactive" />
        ))}
        {last.value !== null && <circle cx={x(points.length - 1)} cy={y(last.value)} r={2.5} className="fill-ui-fg-interactive" />}
      </svg>
      <div className="text-ui-fg-muted flex justify-between text-[10px]">
        <span>{formatMonth(points[0].month)}</span>
        <span>{formatMonth(last.month)}</span>
      </div>
    </div>
  )
}
