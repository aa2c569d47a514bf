/// <reference lib="dom" />
/**
 * Admin → "Kết nối tiêu thụ": every business buyer's request, filtered by state, category, area and
 * cooperative (kept in the address, so Back and shared links work), with where it went, how many
 * answered and what came of it; and the linkage figures per cooperative for a period.
 * Talks to GET /admin/linkage-requests and GET /admin/linkage-figures with the admin session.
 */
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import { Badge, Container, Heading, Input, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link, useSearchParams } from "react-router-dom"
import { day, STATUS_COLOR, vnd, type LinkageFigures, type LinkageRequest } from "../../components/linkage-types"
import { selectClass, useUnits } from "../../components/registry-form"
import { useAdminData } from "../../components/use-admin-data"

const FILTERS = ["q", "status", "category_id", "ward_code", "cooperative_id"] as const
const PAGE = 50

const thisMonth = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 7)

const LinkagePage = () => {
  const [params, setParams] = useSearchParams()
  const [q, setQ] = useState(params.get("q") ?? "")
  const units = useUnits()
  const offset = Number(params.get("offset") ?? 0) || 0
  const query = new URLSearchParams()
  for (const f of FILTERS) if (params.get(f)) query.set(f, params.get(f)!)
  query.set("limit", String(PAGE))
  query.set("offset", String(offset))
  const list = useAdminData<{ linkage_requests: LinkageRequest[]; count: number }>(`/admin/linkage-requests?${query}`)
  const categories = useAdminData<{ product_categories: { id: string; name: string }[] }>("/admin/product-categories?fields=id,name&limit=200")
  const cooperatives = useAdminData<{ cooperatives: { id: string; name: string }[] }>("/admin/cooperatives?selling=true&limit=500")
  const from = params.get("from") ?? `${thisMonth().slice(0, 4)}-01`
  const to = params.get("to") ?? thisMonth()
  const figures = useAdminData<LinkageFigures>(`/admin/linkage-figures?from=${from}&to=${to}`)

  const setFilter = (key: string, value: string) => {
    const next = new URLSearchParams(params)
    if (value) next.set(key, value)
    else next.delete(key)
    if (key !== "offset") next.delete("offset")
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
  const rows = list.data?.linkage_requests ?? []
  const count = list.data?.count ?? 0
  const f = figures.data

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h1">Kết nối tiêu thụ</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Yêu cầu đặt số lượng lớn của khách sạn, nhà hàng, cửa hàng, công ty… gửi đến các hợp tác xã; báo giá và kết quả.
          </Text>
        </div>
        <div className="flex flex-wrap items-end gap-3 px-6 py-4">
          <label className="flex flex-col gap-y-1 text-ui-fg-subtle txt-compact-xsmall">
            Từ tháng
            <input type="month" className={selectClass} value={from} onChange={(e) => setFilter("from", e.target.value)} aria-label="Từ tháng" />
          </label>
          <label className="flex flex-col gap-y-1 text-ui-fg-subtle txt-compact-xsmall">
            Đến tháng
            <input type="month" className={selectClass} value={to} onChange={(e) => setFilter("to", e.target.value)} aria-label="Đến tháng" />
          </label>
          {figures.error && <Text className="text-ui-fg-error">{figures.error}</Text>}
        </div>
        {f && (
          <div className="px-6 py-4" data-testid="linkage-figures">
            <Text size="small" weight="plus">
              {f.period.label}: {f.requests} yêu cầu ({f.requests_accepted} đã chốt) · {f.quotes} báo giá · {f.declined} từ chối · {f.contracts} hợp đồng, giá trị {vnd(f.value_vnd)}
            </Text>
            <Table className="mt-2">
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>Hợp tác xã</Table.HeaderCell>
                  <Table.HeaderCell>Yêu cầu nhận</Table.HeaderCell>
                  <Table.HeaderCell>Báo giá</Table.HeaderCell>
                  <Table.HeaderCell>Từ chối</Table.HeaderCell>
                  <Table.HeaderCell>Hợp đồng</Table.HeaderCell>
                  <Table.HeaderCell>Giá trị</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {f.cooperatives.map((c) => (
                  <Table.Row key={c.cooperative_id}>
                    <Table.Cell>{c.cooperative.name}</Table.Cell>
                    <Table.Cell>{c.requests}</Table.Cell>
                    <Table.Cell>{c.quotes}</Table.Cell>
                    <Table.Cell>{c.declined}</Table.Cell>
                    <Table.Cell>{c.contracts}</Table.Cell>
                    <Table.Cell>{vnd(c.value_vnd)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        )}
      </Container>

      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-end gap-3 px-6 py-4">
          <form
            onSubmit={(e) => {
              e.preventDefault()
              setFilter("q", q.trim())
            }}
          >
            <Input type="search" placeholder="Hàng, đơn vị, người liên hệ" value={q} onChange={(e) => setQ(e.target.value)} aria-label="Tìm yêu cầu" />
          </form>
          {select("status", "Trạng thái", [["open", "Chờ báo giá"], ["accepted", "Đã chốt"], ["cancelled", "Đã huỷ"]])}
          {select("category_id", "Nhóm hàng", (categories.data?.product_categories ?? []).map((c) => [c.id, c.name]))}
          {select("ward_code", "Nơi giao (phường/xã Khánh Hòa)", (units?.wards ?? []).map((w) => [w.code, w.name]))}
          {select("cooperative_id", "Đã gửi đến hợp tác xã", (cooperatives.data?.cooperatives ?? []).map((c) => [c.id, c.name]))}
        </div>
        <div className="px-6 py-3">
          <Text size="small" data-testid="linkage-count">{list.data ? `${count.toLocaleString("vi-VN")} yêu cầu phù hợp` : "Đang tải…"}</Text>
          {list.error && <Text className="text-ui-fg-error">{list.error}</Text>}
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Ngày gửi</Table.HeaderCell>
              <Table.HeaderCell>Cần</Table.HeaderCell>
              <Table.HeaderCell>Người mua</Table.HeaderCell>
              <Table.HeaderCell>Nơi giao</Table.HeaderCell>
              <Table.HeaderCell>Hợp tác xã</Table.HeaderCell>
              <Table.HeaderCell>Kết quả</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((r) => (
              <Table.Row key={r.id} data-request={r.id}>
                <Table.Cell>{day(r.created_at)}</Table.Cell>
                <Table.Cell>
                  <Link to={`/ket-noi/${r.id}`} className="text-ui-fg-interactive">{r.quantity} {r.unit_label.vi} {r.title}</Link>
                  <div className="txt-compact-xsmall text-ui-fg-subtle">cần ngày {day(r.wanted_on)}</div>
                </Table.Cell>
                <Table.Cell>{r.company_name ?? r.contact_name}</Table.Cell>
                <Table.Cell>{r.ward_name}<div className="txt-compact-xsmall text-ui-fg-subtle">{r.province_name}</div></Table.Cell>
                <Table.Cell>{r.routes.length} nhận · {r.quotes.filter((x) => x.status !== "declined").length} báo giá</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={STATUS_COLOR[r.status]}>{r.status_label.vi}</Badge>
                  {r.order && <div className="txt-compact-xsmall">đơn #{r.order.display_id} · {vnd(r.contract_value_vnd)}</div>}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        {count > PAGE && (
          <div className="flex items-center justify-between px-6 py-3">
            <Text size="small">{offset + 1}–{Math.min(offset + PAGE, count)} / {count}</Text>
            <div className="flex gap-x-2">
              <button className="rounded-md border px-2 py-1 disabled:opacity-50" disabled={offset === 0} onClick={() => setFilter("offset", String(Math.max(0, offset - PAGE)))}>Trước</button>
              <button className="rounded-md border px-2 py-1 disabled:opacity-50" disabled={offset + PAGE >= count} onClick={() => setFilter("offset", String(offset + PAGE))}>Sau</button>
            </div>
          </div>
        )}
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Kết nối tiêu thụ", icon: ChatBubbleLeftRight })

export default LinkagePage
