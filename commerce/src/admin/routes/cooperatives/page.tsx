/// <reference lib="dom" />
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Badge, Container, Heading, Input, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Link, useSearchParams } from "react-router-dom"
import { adminFetch, viDate } from "../../components/admin-api"
import { KINDS, selectClass, useUnits } from "../../components/registry-form"

type Row = {
  id: string
  name: string
  kind_label: string
  registration_number: string | null
  ward_name: string
  former_district: string
  registry_status: string
  registry_status_label: string
  status_label: string
  selling: boolean
  women_in_management: boolean
  woman_led: boolean
  women_majority_workforce: boolean
  workers_total: number
  workers_women: number
  figures_as_of: string | null
}

const FILTERS = ["q", "kind", "registry_status", "selling", "former_district", "ward_code", "women_in_management", "woman_led", "women_majority_workforce"] as const
const PAGE = 50

/** The Union's registry of cooperatives: search, filters (kept in the address, so Back works), count. */
const CooperativesPage = () => {
  const [params, setParams] = useSearchParams()
  const units = useUnits()
  const [rows, setRows] = useState<Row[] | null>(null)
  const [count, setCount] = useState(0)
  const [error, setError] = useState<string | null>(null)
  const [q, setQ] = useState(params.get("q") ?? "")
  const offset = Number(params.get("offset") ?? 0) || 0

  useEffect(() => {
    const query = new URLSearchParams()
    for (const f of FILTERS) if (params.get(f)) query.set(f, params.get(f)!)
    query.set("limit", String(PAGE))
    query.set("offset", String(offset))
    setError(null)
    adminFetch<{ cooperatives: Row[]; count: number }>(`/admin/cooperatives?${query}`)
      .then((r) => {
        setRows(r.cooperatives)
        setCount(r.count)
      })
      .catch((e: Error) => setError(e.message))
  }, [params, offset])

  const setFilter = (key: string, value: string) => {
    const next = new URLSearchParams(params)
    if (value) next.set(key, value)
    else next.delete(key)
    next.delete("offset")
    setParams(next)
  }
  const select = (key: string, label: string, options: [string, string][]) => (
    <label className="flex flex-col gap-y-1 text-ui-fg-subtle txt-compact-xsmall">
      {label}
      <select aria-label={label} className={selectClass} value={params.get(key) ?? ""} onChange={(e) => setFilter(key, e.target.value)}>
        <option value="">Tất cả</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>{l}</option>
        ))}
      </select>
    </label>
  )
  const yesNo: [string, string][] = [["true", "Có"], ["false", "Không"]]

  return (
    <Container className="divide-y p-0">
      <div className="flex items-start justify-between px-6 py-4">
        <div>
          <Heading level="h1">Hợp tác xã</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Sổ theo dõi hợp tác xã, tổ hợp tác, tổ liên kết và hộ sản xuất kinh doanh của tỉnh — kể cả nơi chưa bán trên sàn.
          </Text>
        </div>
        <div className="flex gap-x-2">
          <Link className="txt-compact-small-plus rounded-md border px-3 py-1.5" to="/cooperatives/import">Nhập danh sách</Link>
          <Link className="txt-compact-small-plus rounded-md bg-ui-button-inverted px-3 py-1.5 text-ui-fg-on-inverted" to="/cooperatives/new">Thêm hợp tác xã</Link>
        </div>
      </div>
      <div className="flex flex-wrap items-end gap-3 px-6 py-4">
        <form
          onSubmit={(e) => {
            e.preventDefault()
            setFilter("q", q.trim())
          }}
        >
          <Input type="search" placeholder="Tên hoặc số đăng ký" value={q} onChange={(e) => setQ(e.target.value)} aria-label="Tìm theo tên hoặc số đăng ký" />
        </form>
        {select("kind", "Loại hình", KINDS)}
        {select("registry_status", "Tình trạng", [["operating", "Đang hoạt động"], ["suspended", "Tạm ngừng"], ["dissolved", "Đã giải thể"]])}
        {select("selling", "Bán trên sàn", yesNo)}
        {select("former_district", "Huyện cũ", (units?.former_districts ?? []).map((d) => [d, d]))}
        {select("ward_code", "Phường/xã", (units?.wards ?? []).map((w) => [w.code, w.name]))}
        {select("women_in_management", "Nữ tham gia quản lý", yesNo)}
        {select("woman_led", "Nữ làm chủ tịch/giám đốc", yesNo)}
        {select("women_majority_workforce", "Trên 50% lao động nữ", yesNo)}
      </div>
      <div className="px-6 py-3">
        <Text size="small" data-testid="registry-count">
          {rows ? `${count.toLocaleString("vi-VN")} hợp tác xã phù hợp` : "Đang tải…"}
        </Text>
        {error && <Text className="text-ui-fg-error">{error}</Text>}
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Tên</Table.HeaderCell>
            <Table.HeaderCell>Loại hình</Table.HeaderCell>
            <Table.HeaderCell>Địa bàn</Table.HeaderCell>
            <Table.HeaderCell>Tình trạng</Table.HeaderCell>
            <Table.HeaderCell>Phụ nữ</Table.HeaderCell>
            <Table.HeaderCell>Lao động nữ</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(rows ?? []).map((c) => (
            <Table.Row key={c.id}>
              <Table.Cell>
                <Link to={`/cooperatives/${c.id}`} className="text-ui-fg-interactive">{c.name}</Link>
                {c.registration_number && <div className="txt-compact-xsmall text-ui-fg-subtle">{c.registration_number}</div>}
              </Table.Cell>
              <Table.Cell>{c.kind_label}</Table.Cell>
              <Table.Cell>
                {c.ward_name}
                <div className="txt-compact-xsmall text-ui-fg-subtle">{c.former_district}</div>
              </Table.Cell>
              <Table.Cell>
                <div className="flex flex-col items-start gap-1">
                  <Badge size="2xsmall" color={c.registry_status === "operating" ? "green" : c.registry_status === "suspended" ? "orange" : "red"}>{c.registry_status_label}</Badge>
                  <Badge size="2xsmall" color={c.selling ? "blue" : "grey"}>{c.status_label}</Badge>
                </div>
              </Table.Cell>
              <Table.Cell>
                <div className="flex flex-col items-start gap-1">
                  {c.woman_led ? <Badge size="2xsmall" color="purple">Nữ lãnh đạo</Badge> : c.women_in_management ? <Badge size="2xsmall" color="purple">Nữ tham gia quản lý</Badge> : <Text size="xsmall">—</Text>}
                  {c.women_majority_workforce && <Badge size="2xsmall">&gt; 50% lao động nữ</Badge>}
                </div>
              </Table.Cell>
              <Table.Cell>
                {c.workers_women}/{c.workers_total}
                <div className="txt-compact-xsmall text-ui-fg-subtle">{c.figures_as_of ? `đến ${viDate(c.figures_as_of)}` : "chưa có số liệu"}</div>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {count > PAGE && (
        <div className="flex items-center justify-between px-6 py-3">
          <Text size="small">
            {offset + 1}–{Math.min(offset + PAGE, count)} / {count}
          </Text>
          <div className="flex gap-x-2">
            <button className="rounded-md border px-2 py-1 disabled:opacity-50" disabled={offset === 0} onClick={() => setFilter("offset", String(Math.max(0, offset - PAGE)))}>Trước</button>
            <button className="rounded-md border px-2 py-1 disabled:opacity-50" disabled={offset + PAGE >= count} onClick={() => setFilter("offset", String(offset + PAGE))}>Sau</button>
          </div>
        </div>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Hợp tác xã", icon: BuildingStorefront })

export default CooperativesPage
