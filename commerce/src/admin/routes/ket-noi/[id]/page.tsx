/// <reference lib="dom" />
/**
 * Admin → "Kết nối tiêu thụ" → one request: the buyer's need and contact, the cooperatives it reached
 * (and why), every answer with its price, and the outcome — the order it became. While it is open,
 * Union staff send it to more cooperatives (POST /admin/linkage-requests/:id/routes).
 */
import { Badge, Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link, useParams } from "react-router-dom"
import { adminFetch, AdminApiError } from "../../../components/admin-api"
import { day, STATUS_COLOR, vnd, type LinkageRequest } from "../../../components/linkage-types"
import { useAdminData } from "../../../components/use-admin-data"

const QUOTE_COLOR = { quoted: "blue", declined: "red", accepted: "green", not_chosen: "grey" } as const

const LinkageRequestPage = () => {
  const { id } = useParams()
  const { data, error, reload } = useAdminData<{ linkage_request: LinkageRequest }>(`/admin/linkage-requests/${id}`)
  const cooperatives = useAdminData<{ cooperatives: { id: string; name: string; ward_name: string }[] }>("/admin/cooperatives?selling=true&limit=500")
  const [chosen, setChosen] = useState<string[]>([])
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const r = data?.linkage_request
  const routed = new Set((r?.routes ?? []).map((x) => x.cooperative.id))
  const more = (cooperatives.data?.cooperatives ?? []).filter((c) => !routed.has(c.id))

  async function route() {
    setBusy(true)
    setMessage(null)
    try {
      const res = await adminFetch<{ added: string[] }>(`/admin/linkage-requests/${id}/routes`, { method: "POST", body: { cooperative_ids: chosen } })
      setMessage({ ok: true, text: `Đã gửi thêm đến ${res.added.length} hợp tác xã.` })
      setChosen([])
      reload()
    } catch (e) {
      setMessage({ ok: false, text: e instanceof AdminApiError ? e.message : String(e) })
    } finally {
      setBusy(false)
    }
  }

  if (error) return <Container><Text className="text-ui-fg-error">{error}</Text></Container>
  if (!r) return <Container><Text>Đang tải…</Text></Container>
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Link to="/ket-noi" className="txt-compact-small text-ui-fg-subtle">← Kết nối tiêu thụ</Link>
          <Heading level="h1">{r.quantity} {r.unit_label.vi} {r.title}</Heading>
          <div className="mt-1 flex gap-x-2">
            <Badge size="2xsmall" color={STATUS_COLOR[r.status]} data-testid="linkage-status">{r.status_label.vi}</Badge>
            {r.order && (
              <Link to={`/orders/${r.order.id}`} className="txt-compact-small text-ui-fg-interactive" data-testid="linkage-order">
                Đơn hàng #{r.order.display_id} · {vnd(r.contract_value_vnd)}
              </Link>
            )}
          </div>
        </div>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 px-6 py-4 txt-compact-small">
          <dt className="text-ui-fg-subtle">Người mua</dt><dd>{r.company_name ?? "—"} · {r.contact_name} · {r.phone} · {r.email}</dd>
          <dt className="text-ui-fg-subtle">Cần ngày</dt><dd>{day(r.wanted_on)}</dd>
          <dt className="text-ui-fg-subtle">Giao tại</dt><dd>{[r.street_address, r.ward_name, r.province_name].filter(Boolean).join(", ")}</dd>
          <dt className="text-ui-fg-subtle">Ngân sách</dt><dd>{vnd(r.budget_vnd)}</dd>
          <dt className="text-ui-fg-subtle">Cần hoá đơn</dt><dd>{r.invoice_needed ? "Có" : "Không"}</dd>
          <dt className="text-ui-fg-subtle">Ghi chú</dt><dd>{r.note ?? "—"}</dd>
          <dt className="text-ui-fg-subtle">Ngày gửi</dt><dd>{day(r.created_at)}</dd>
        </dl>
      </Container>

      <Container className="p-0">
        <Heading level="h2" className="px-6 py-4">Hợp tác xã nhận yêu cầu ({r.routes.length})</Heading>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Hợp tác xã</Table.HeaderCell>
              <Table.HeaderCell>Vì sao</Table.HeaderCell>
              <Table.HeaderCell>Ngày</Table.HeaderCell>
              <Table.HeaderCell>Đã trả lời</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {r.routes.map((x) => (
              <Table.Row key={x.cooperative.id}>
                <Table.Cell>{x.cooperative.name}</Table.Cell>
                <Table.Cell>{x.reason_label.vi}{x.routed_by_name ? ` (${x.routed_by_name})` : ""}</Table.Cell>
                <Table.Cell>{day(x.routed_at)}</Table.Cell>
                <Table.Cell>{x.answered ? "Có" : "Chưa"}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        {r.status === "open" && (
          <div className="flex flex-col gap-y-2 px-6 py-4" data-testid="route-more">
            <Text size="small" weight="plus">Gửi thêm đến hợp tác xã</Text>
            <div className="flex max-h-48 flex-col gap-y-1 overflow-y-auto">
              {more.map((c) => (
                <label key={c.id} className="flex items-center gap-x-2 txt-compact-small">
                  <input
                    type="checkbox"
                    checked={chosen.includes(c.id)}
                    onChange={(e) => setChosen(e.target.checked ? [...chosen, c.id] : chosen.filter((x) => x !== c.id))}
                  />
                  {c.name} <span className="text-ui-fg-subtle">— {c.ward_name}</span>
                </label>
              ))}
            </div>
            <div>
              <Button size="small" disabled={!chosen.length || busy} isLoading={busy} onClick={route}>Gửi yêu cầu</Button>
            </div>
            {message && <Text size="small" className={message.ok ? "text-ui-fg-interactive" : "text-ui-fg-error"} role="status">{message.text}</Text>}
          </div>
        )}
      </Container>

      <Container className="p-0">
        <Heading level="h2" className="px-6 py-4">Báo giá ({r.quotes.length})</Heading>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Hợp tác xã</Table.HeaderCell>
              <Table.HeaderCell>Sản phẩm</Table.HeaderCell>
              <Table.HeaderCell>Đơn giá × số lượng + phí giao</Table.HeaderCell>
              <Table.HeaderCell>Tổng</Table.HeaderCell>
              <Table.HeaderCell>Giao · giữ giá đến</Table.HeaderCell>
              <Table.HeaderCell>Trạng thái</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {r.quotes.map((q) => (
              <Table.Row key={q.id} data-quote={q.id}>
                <Table.Cell>{q.cooperative?.name ?? "—"}<div className="txt-compact-xsmall text-ui-fg-subtle">{q.staff_name}</div></Table.Cell>
                <Table.Cell>{q.status === "declined" ? <span className="text-ui-fg-subtle">{q.decline_reason}</span> : q.product?.title}</Table.Cell>
                <Table.Cell>{q.status === "declined" ? "—" : `${vnd(q.unit_price_vnd)} × ${q.quantity} + ${vnd(q.delivery_fee_vnd)}`}</Table.Cell>
                <Table.Cell>{vnd(q.total_vnd)}</Table.Cell>
                <Table.Cell>{q.status === "declined" ? "—" : `${day(q.delivery_on)} · ${day(q.valid_until)}`}</Table.Cell>
                <Table.Cell><Badge size="2xsmall" color={QUOTE_COLOR[q.status]}>{q.expired ? "Hết hạn" : q.status_label.vi}</Badge></Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>
    </div>
  )
}

export default LinkageRequestPage
