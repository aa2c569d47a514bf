/// <reference lib="dom" />
/**
 * Admin → "Đề án 01": the plan's indicators for a period and an area, a card each (value,
 * fraction, target, progress, monthly trend), the list behind a number, data-quality warnings,
 * the XLSX/CSV exports and the printable report, and the year's targets.
 */
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Button, Container, DropdownMenu, Heading, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useSearchParams } from "react-router-dom"
import { INDICATORS, SECTIONS, type IndicatorId } from "../../../lib/plan-indicators/definitions"
import { figuresAsOf, presetPeriod, type PeriodPreset } from "../../../lib/plan-indicators/period"
import { DrilldownDrawer } from "../../components/plan/drilldown-drawer"
import { currentVietnamMonth, formatDay } from "../../components/plan/format"
import { IndicatorCard } from "../../components/plan/indicator-card"
import { PeriodAreaPicker, type PickerState } from "../../components/plan/period-area-picker"
import { TargetsEditor } from "../../components/plan/targets-editor"
import type { IndicatorsAnswer } from "../../components/plan/types"
import { DataWarnings } from "../../components/plan/data-warnings"
import { LinkageSummary } from "../../components/plan/linkage-summary"
import { useAdminData } from "../../components/use-admin-data"

const PRESETS: PeriodPreset[] = ["month", "quarter", "half", "year", "custom"]

/** The picker's state lives in the URL, so a view can be shared and Back works. */
function readState(params: URLSearchParams, current: string): PickerState {
  const [cy, cm] = current.split("-").map(Number)
  const num = (key: string, fallback: number, min: number, max: number) => {
    const v = Number(params.get(key))
    return Number.isInteger(v) && v >= min && v <= max ? v : fallback
  }
  const preset = PRESETS.includes(params.get("ky") as PeriodPreset) ? (params.get("ky") as PeriodPreset) : "year"
  return {
    preset,
    year: num("nam", cy, 2020, cy),
    month: num("thang", cm, 1, 12),
    quarter: num("quy", Math.ceil(cm / 3), 1, 4),
    from: params.get("tu") ?? `${cy}-01`,
    to: params.get("den") ?? current,
    formerDistrict: params.get("huyen") ?? "",
    wardCode: params.get("xa") ?? "",
  }
}

function writeState(s: PickerState): URLSearchParams {
  const p = new URLSearchParams({ ky: s.preset })
  if (s.preset === "custom") {
    p.set("tu", s.from)
    p.set("den", s.to)
  } else {
    p.set("nam", String(s.year))
    if (s.preset === "month") p.set("thang", String(s.month))
    if (s.preset === "quarter") p.set("quy", String(s.quarter))
  }
  if (s.formerDistrict) p.set("huyen", s.formerDistrict)
  if (s.wardCode) p.set("xa", s.wardCode)
  return p
}

const PlanDashboardPage = () => {
  const current = currentVietnamMonth()
  const [params, setParams] = useSearchParams()
  // The picker's state is React state (changes apply to the latest one), mirrored in the address.
  const [state, setState] = useState(() => readState(params, current))
  useEffect(() => {
    if (writeState(state).toString() !== params.toString()) setParams(writeState(state))
  }, [state])
  useEffect(() => {
    // Back/Forward, or a link: the address wins
    if (writeState(state).toString() !== params.toString()) setState(readState(params, current))
  }, [params])
  const period = presetPeriod(state.preset, state, current)
  const apiQuery = period
    ? new URLSearchParams({ from: period.from, to: period.to, ...(state.wardCode ? { ward_code: state.wardCode } : state.formerDistrict ? { former_district: state.formerDistrict } : {}) }).toString()
    : null
  // the figures first; the monthly trends (a heavier request) fill the cards when they arrive
  const { data, error, loading, reload } = useAdminData<IndicatorsAnswer>(apiQuery ? `/admin/plan-indicators?${apiQuery}` : null)
  const { data: withTrend, reload: reloadTrend } = useAdminData<IndicatorsAnswer>(apiQuery ? `/admin/plan-indicators?${apiQuery}&trend=1` : null)
  const [openIndicator, setOpenIndicator] = useState<string | null>(null)
  const [editTargets, setEditTargets] = useState(false)
  const years = Array.from({ length: Number(current.slice(0, 4)) - 2023 }, (_, i) => 2024 + i)
  const trends = withTrend && data && withTrend.period.from === data.period.from && withTrend.period.to === data.period.to && withTrend.area.label === data.area.label ? withTrend : null
  const shown = data && apiQuery ? { ...data, indicators: data.indicators.map((i) => ({ ...i, trend: trends?.indicators.find((t) => t.id === i.id)?.trend })) } : null
  const targetYear = period ? Number(period.to.slice(0, 4)) : Number(current.slice(0, 4))

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-col gap-y-4 px-6 py-4">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div>
            <Heading level="h1">Đề án 01 — theo dõi chỉ tiêu</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Kế hoạch 232/KH-BTV: hỗ trợ hợp tác xã do phụ nữ tham gia quản lý, tạo việc làm cho lao động nữ.
              {shown && ` ${shown.area.label}, ${shown.period.label} (số liệu tính đến ngày ${formatDay(figuresAsOf(shown.period.end))}).`}
            </Text>
          </div>
          {apiQuery && (
            <div className="flex flex-wrap gap-2">
              <Button size="small" variant="secondary" asChild>
                <a href={`/admin/plan-reports/xlsx?${apiQuery}`} download data-download="xlsx">
                  Tải XLSX
                </a>
              </Button>
              <DropdownMenu>
                <DropdownMenu.Trigger asChild>
                  <Button size="small" variant="secondary">
                    Tải CSV
                  </Button>
                </DropdownMenu.Trigger>
                <DropdownMenu.Content>
                  {[
                    ["indicators", "Bảng chỉ tiêu theo địa bàn"],
                    ["classification", "Danh sách rà soát, phân loại"],
                    ["marketplace", "Kết nối thị trường theo đơn vị"],
                  ].map(([table, label]) => (
                    <DropdownMenu.Item key={table} asChild>
                      <a href={`/admin/plan-reports/csv?${apiQuery}&table=${table}`} download>
                        {label}
                      </a>
                    </DropdownMenu.Item>
                  ))}
                </DropdownMenu.Content>
              </DropdownMenu>
              <Button size="small" variant="secondary" asChild>
                <a href={`/admin/plan-reports/html?${apiQuery}`} target="_blank" rel="noopener">
                  Báo cáo in (PDF)
                </a>
              </Button>
            </div>
          )}
        </div>
        <PeriodAreaPicker state={state} onChange={(patch) => setState((prev) => ({ ...prev, ...patch }))} years={years} />
        {!period && <Text className="text-ui-fg-error">Kỳ báo cáo chưa hợp lệ: tháng bắt đầu phải trước tháng kết thúc và không ở tương lai.</Text>}
        {error && <Text className="text-ui-fg-error">Không tải được các chỉ tiêu: {error}</Text>}
      </Container>

      {shown && <DataWarnings warnings={shown.warnings} />}

      {loading && !shown && (
        <Container className="px-6 py-4">
          <Text className="text-ui-fg-subtle">Đang tính các chỉ tiêu…</Text>
        </Container>
      )}

      {shown &&
        (Object.keys(SECTIONS) as (keyof typeof SECTIONS)[]).map((section) => (
          <Container key={section} className="flex flex-col gap-y-3 px-6 py-4">
            <Heading level="h2">{SECTIONS[section]}</Heading>
            <div className={`grid grid-cols-1 gap-3 md:grid-cols-2 xl:grid-cols-3 ${loading ? "opacity-60" : ""}`}>
              {shown.indicators
                .filter((i) => INDICATORS[i.id as IndicatorId]?.section === section)
                .map((i) => (
                  <IndicatorCard key={i.id} indicator={i} onOpen={() => setOpenIndicator(i.id)} />
                ))}
            </div>
          </Container>
        ))}

      {period && <LinkageSummary from={period.from} to={period.to} />}

      <Container className="flex flex-col gap-y-3 px-6 py-4">
        <div className="flex items-center justify-between">
          <Heading level="h2">Chỉ tiêu kế hoạch năm {targetYear}</Heading>
          <Button size="small" variant="transparent" onClick={() => setEditTargets(!editTargets)}>
            {editTargets ? "Đóng" : "Sửa chỉ tiêu"}
          </Button>
        </div>
        {editTargets && (
          <TargetsEditor
            year={targetYear}
            onSaved={() => {
              reload()
              reloadTrend()
            }}
          />
        )}
      </Container>

      {apiQuery && <DrilldownDrawer indicatorId={openIndicator} query={apiQuery} onClose={() => setOpenIndicator(null)} />}
    </div>
  )
}

export const config = defineRouteConfig({ label: "Đề án 01", icon: ChartBar })

export default PlanDashboardPage
