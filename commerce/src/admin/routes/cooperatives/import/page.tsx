/// <reference lib="dom" />
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { ImportErrorsTable } from "../../../components/import-errors-table"

type Report = {
  ok: boolean
  dry_run: boolean
  message: string
  errors: { row: number | null; column: string | null; message: string }[]
  created: { row: number; name: string; id?: string }[]
  updated: { row: number; name: string; id?: string | null }[]
}

/** Import of the districts' review lists into the registry: a dry run first, then the import; nothing is written while any row is wrong. */
const RegistryImportPage = () => {
  const [file, setFile] = useState<File | null>(null)
  const [report, setReport] = useState<Report | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const send = async (dryRun: boolean) => {
    if (!file) return setError("Chưa chọn tệp danh sách.")
    setBusy(true)
    setError(null)
    const form = new FormData()
    form.append("file", file)
    form.append("dry_run", String(dryRun))
    try {
      const res = await fetch("/admin/cooperative-imports", { method: "POST", body: form, credentials: "include" })
      const body = await res.json().catch(() => null)
      if (body && "ok" in body) setReport(body)
      else setError(body?.message ?? `Lỗi ${res.status}`)
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Nhập danh sách hợp tác xã</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Danh sách rà soát của các huyện, thị xã, thành phố (CSV UTF-8 hoặc XLSX, theo <a className="text-ui-fg-interactive" href="/admin/cooperative-imports/template">tệp mẫu</a>). Dòng có số đăng ký đã có trong sổ sẽ cập nhật hồ sơ đó (số liệu ghi theo “Số liệu đến ngày”); dòng khác thêm hồ sơ mới, chưa bán trên sàn. Chỉ cần một dòng lỗi là không ghi gì.
        </Text>
      </div>
      <div className="flex flex-wrap items-center gap-3 px-6 py-4">
        <input type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" aria-label="Tệp danh sách" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        <Button variant="secondary" isLoading={busy} onClick={() => send(true)}>Chạy thử</Button>
        <Button isLoading={busy} onClick={() => send(false)} disabled={!report?.ok || !report.dry_run}>Nhập vào sổ</Button>
        <Link to="/cooperatives" className="txt-compact-small text-ui-fg-interactive">← Về danh sách</Link>
      </div>
      {error && <Text className="px-6 py-3 text-ui-fg-error">{error}</Text>}
      {report && (
        <div className="px-6 py-4">
          <Text className={report.ok ? "" : "text-ui-fg-error"} role="status">{report.message}</Text>
          <ImportErrorsTable errors={report.errors} />
          {report.ok && (
            <ul className="mt-2 list-disc pl-6 txt-compact-small">
              {report.created.map((c) => <li key={`c${c.row}`}>Dòng {c.row}: thêm {c.name}</li>)}
              {report.updated.map((c) => <li key={`u${c.row}`}>Dòng {c.row}: cập nhật {c.name}</li>)}
            </ul>
          )}
        </div>
      )}
    </Container>
  )
}

export default RegistryImportPage
