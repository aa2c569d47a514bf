/// <reference lib="dom" />
import { Drawer, Table, Tabs, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useAdminData } from "../use-admin-data"
import { formatFraction, formatValue } from "./format"
import type { DrilldownAnswer, EntityRow } from "./types"

const TABS = [
  { key: "counted", label: "Được tính" },
  { key: "not_counted", label: "Không được tính" },
  { key: "missing", label: "Thiếu số liệu" },
] as const

/** The cooperatives, cadres, women managers or products behind one indicator of the chosen period and area. */
export function DrilldownDrawer({ indicatorId, query, onClose }: { indicatorId: string | null; query: string; onClose: () => void }) {
  const { data, error, loading } = useAdminData<DrilldownAnswer>(indicatorId ? `/admin/plan-indicators/${indicatorId}?${query}` : null)
  const shown = data && data.indicator.id === indicatorId ? data : null
  return (
    <Drawer open={indicatorId !== null} onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content className="max-w-3xl" aria-describedby={undefined}>
        <Drawer.Header>
          <Drawer.Title>{shown?.indicator.label ?? "Đang tải…"}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          {error && <Text className="text-ui-fg-error">{error}</Text>}
          {loading && !shown && <Text className="text-ui-fg-subtle">Đang tải danh sách…</Text>}
          {shown && (
            <>
              <div>
                <Text size="large" weight="plus">
                  {formatValue(shown.indicator)} {formatFraction(shown.indicator) && <span className="text-ui-fg-subtle text-base font-normal">({formatFraction(shown.indicator)})</span>}
                </Text>
                <Text size="small" className="text-ui-fg-subtle">
                  {shown.indicator.definition}
                </Text>
                {shown.indicator.note && (
                  <Text size="xsmall" className="text-ui-fg-muted italic">
                    {shown.indicator.note}
                  </Text>
                )}
              </div>
              <Tabs defaultValue={shown.entities.counted.length ? "counted" : shown.entities.missing.length ? "missing" : "not_counted"}>
                <Tabs.List>
                  {TABS.map((t) => (
                    <Tabs.Trigger key={t.key} value={t.key}>
                      {t.label} ({shown.entities[t.key].length})
                    </Tabs.Trigger>
                  ))}
                </Tabs.List>
                {TABS.map((t) => (
                  <Tabs.Content key={t.key} value={t.key} className="pt-3">
                    <EntityTable rows={shown.entities[t.key]} />
                  </Tabs.Content>
                ))}
              </Tabs>
            </>
          )}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer>
  )
}

function EntityTable({ rows }: { rows: EntityRow[] }) {
  if (!rows.length) return <Text size="small" className="text-ui-fg-subtle">Không có.</Text>
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Tên</Table.HeaderCell>
          <Table.HeaderCell>Địa bàn</Table.HeaderCell>
          <Table.HeaderCell>Chi tiết</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {rows.map((r) => (
          <Table.Row key={`${r.type}-${r.id}`} data-entity={r.id}>
            <Table.Cell className="whitespace-normal">
              {r.type === "cooperative" ? <Link to={`/cooperatives/${r.id}`}>{r.name}</Link> : r.name}
              {r.cooperative_name && (
                <div className="text-ui-fg-subtle text-xs">
                  {r.cooperative_id ? <Link to={`/cooperatives/${r.cooperative_id}`}>{r.cooperative_name}</Link> : r.cooperative_name}
                </div>
              )}
            </Table.Cell>
            <Table.Cell className="whitespace-normal text-xs">{[r.ward_name, r.former_district].filter(Boolean).join(", ") || "Cấp tỉnh"}</Table.Cell>
            <Table.Cell className="whitespace-normal text-xs">{r.detail}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
