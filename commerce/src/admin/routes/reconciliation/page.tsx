/// <reference lib="dom" />
/**
 * Admin → "Đối soát chuyển khoản": Union staff upload the bank statement of the VietQR account (CSV or
 * XLSX as the bank exports it) and see every incoming transfer matched to the order awaiting it — by
 * its transfer text and amount — then confirm: the matched payments are captured in one go, all or
 * none. Uploading the same statement again finds them paid and changes nothing.
 * Talks to POST /admin/bank-statements with the admin session.
 */
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Cash } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Label, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { LINE_STATUS_LABELS, type LineStatus as Status, type MatchedLine, type StatementReport } from "../../../lib/reconciliation/match"

type Line = MatchedLine
type Report = StatementReport & { ok: boolean; message: string; confirmed: boolean; captured: number }

const STATUS_COLOR: Record<Status, "green" | "orange" | "red" | "grey"> = {
  matched: "green",
  amount_differs: "orange",
  unknown_reference: "red",
  already_paid: "grey",
  duplicate: "orange",
  order_cancelled: "red",
  unreadable: "red",
}
const vnd = (n: number | null) => (n === null ? "—" : `${Math.round(n).toLocaleString("vi-VN")} ₫`)
const date = (iso: string | null) => (iso ? iso.split("-").reverse().join("/") : "—")

const ReconciliationPage = () => {
  const [file, setFile] = useState<File | null>(null)
  const [busy, setBusy] = useState(false)
  const [report, setReport] = useState<Report | null>(null)
  const [checkedFile, setCheckedFile] = useState<File | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  async function send(confirm: boolean) {
    if (!file) return
    setBusy(true)
    setFailure(null)
    setNotice(null)
    const form = new FormData()
    form.append("file", file)
    if (confirm && report) {
      form.append("confirm", "true")
      form.append("expected", JSON.stringify(report.lines.filter((l) => l.status === "matched").map((l) => `${l.row}:${l.payment_id}`)))
    }
    try {
      const res = await fetch("/admin/bank-statements", { method: "POST", body: form, credentials: "include" })
      const body = await res.json()
      if (res.status === 200) {
        setReport(body as Report)
        setCheckedFile(confirm ? null : file)
        if (confirm) setNotice(body.message)
      } else if (res.status === 409 && body.report) {
        // the matches changed since staff checked: nothing captured, the new matches shown to check again
        setReport(body.report as Report)
        setCheckedFile(file)
        setFailure(body.message)
      } else {
        setReport(null)
        setFailure((body as { message?: string }).message ?? `Lỗi ${res.status}`)
      }
    } catch {
      setFailure("Không gửi được tệp tới máy chủ.")
    } finally {
      setBusy(false)
    }
  }

  const matched = report?.summary.matched ?? 0
  const canConfirm = !!file && checkedFile === file && matched > 0 && !busy

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Đối soát chuyển khoản VietQR</Heading>
        <Text size="small" className="text-ui-fg-subtle mt-1">
          Tải lên sao kê của tài khoản nhận tiền (CSV UTF-8 hoặc Excel .xlsx, như ngân hàng xuất: ngày, số tiền, nội dung). Mỗi khoản tiền vào được
          so với đơn đang chờ chuyển khoản theo nội dung “CHOHTX …” và số tiền. Bấm “Xác nhận” để ghi nhận thanh toán các đơn khớp — tất cả cùng
          lúc, hoặc không đơn nào. Tải lại cùng sao kê không thay đổi gì.
        </Text>
      </div>
      <div className="flex flex-col gap-2 px-6 py-4">
        <Label htmlFor="statement-file">Tệp sao kê (.csv, .xlsx)</Label>
        <input
          id="statement-file"
          type="file"
          accept=".csv,.xlsx,text/csv"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null)
            setReport(null)
            setNotice(null)
            setFailure(null)
          }}
        />
      </div>
      <div className="flex gap-2 px-6 py-4">
        <Button variant="secondary" disabled={!file || busy} isLoading={busy} onClick={() => send(false)}>
          Kiểm tra sao kê
        </Button>
        <Button disabled={!canConfirm} isLoading={busy} onClick={() => send(true)}>
          Xác nhận {matched > 0 ? `${matched} đơn khớp (${vnd(report!.summary.matched_amount)})` : ""}
        </Button>
      </div>
      {failure && (
        <div className="px-6 py-4">
          <Text className="text-ui-fg-error">{failure}</Text>
        </div>
      )}
      {notice && (
        <div className="px-6 py-4">
          <Text weight="plus" className="text-ui-fg-interactive">{notice}</Text>
        </div>
      )}
      {report && (
        <div className="flex flex-col gap-4 px-6 py-4">
          {!notice && <Text weight="plus">{report.message}</Text>}
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Dòng</Table.HeaderCell>
                <Table.HeaderCell>Ngày</Table.HeaderCell>
                <Table.HeaderCell>Số tiền</Table.HeaderCell>
                <Table.HeaderCell>Nội dung</Table.HeaderCell>
                <Table.HeaderCell>Đơn hàng</Table.HeaderCell>
                <Table.HeaderCell>Kết quả</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {report.lines.map((l) => (
                <Table.Row key={l.row}>
                  <Table.Cell>{l.row}</Table.Cell>
                  <Table.Cell>{date(l.date)}</Table.Cell>
                  <Table.Cell>{vnd(l.amount)}</Table.Cell>
                  <Table.Cell className="whitespace-normal">{l.description}</Table.Cell>
                  <Table.Cell>
                    {l.order ? (
                      <a className="text-ui-fg-interactive" href={`/app/orders/${l.order.id}`}>
                        #{l.order.display_id}
                      </a>
                    ) : (
                      "—"
                    )}
                  </Table.Cell>
                  <Table.Cell className="whitespace-normal">
                    <Badge color={STATUS_COLOR[l.status]}>{LINE_STATUS_LABELS[l.status].vi}</Badge>
                    <div className="text-ui-fg-subtle">{l.message}</div>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Đối soát chuyển khoản",
  icon: Cash,
})

export default ReconciliationPage
