/// <reference lib="dom" />
/**
 * Admin → "Nhập sản phẩm": Union staff pick a cooperative, upload a spreadsheet (CSV UTF-8 or
 * XLSX) with its pictures, see the dry run's per-row report, then import. Talks to
 * /admin/product-imports with the admin session.
 */
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowUpTray } from "@medusajs/icons"
import { Badge, Button, Checkbox, Container, Heading, Label, Select, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { ImportErrorsTable } from "../../components/import-errors-table"

interface Cooperative {
  handle: string
  name: string
  status: string
}
interface Report {
  ok: boolean
  dry_run: boolean
  message: string
  errors: { row: number | null; column: string | null; message: string }[]
  summary: { rows: number; products: number; created: number; updated: number; unchanged: number }
  products: { handle: string; title: string; rows: number[]; action: "create" | "update" | "unchanged"; changes: string[] }[]
}

const ACTION_LABEL = { create: "Tạo mới", update: "Cập nhật", unchanged: "Giữ nguyên" } as const
const ACTION_COLOR = { create: "green", update: "orange", unchanged: "grey" } as const

const ProductImportPage = () => {
  const [cooperatives, setCooperatives] = useState<Cooperative[]>([])
  const [cooperative, setCooperative] = useState("")
  const [file, setFile] = useState<File | null>(null)
  const [images, setImages] = useState<File[]>([])
  const [publish, setPublish] = useState(false)
  const [busy, setBusy] = useState(false)
  const [report, setReport] = useState<Report | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [checkedKey, setCheckedKey] = useState<string | null>(null)

  useEffect(() => {
    fetch("/admin/cooperatives?limit=500", { credentials: "include" })
      .then((r) => r.json() as Promise<{ cooperatives?: Cooperative[] }>)
      .then((b) => setCooperatives(b.cooperatives ?? []))
      .catch(() => setFailure("Không tải được danh sách hợp tác xã."))
  }, [])

  // A dry run is valid for exactly this cooperative, file and set of pictures.
  const inputKey = file ? [cooperative, file.name, file.size, file.lastModified, images.map((i) => `${i.name}:${i.size}`).join(","), publish].join("|") : null

  async function send(dryRun: boolean) {
    if (!file || !cooperative) return
    setBusy(true)
    setFailure(null)
    const form = new FormData()
    form.append("cooperative", cooperative)
    form.append("dry_run", String(dryRun))
    form.append("publish", String(publish))
    form.append("file", file)
    for (const image of images) form.append("images", image)
    try {
      const res = await fetch("/admin/product-imports", { method: "POST", body: form, credentials: "include" })
      const body = await res.json()
      if (res.status === 200 || res.status === 422) {
        setReport(body as Report)
        setCheckedKey(dryRun && (body as Report).ok ? inputKey : null)
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

  const canImport = !!inputKey && checkedKey === inputKey && !busy

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Nhập sản phẩm từ bảng tính</Heading>
        <Text size="small" className="text-ui-fg-subtle mt-1">
          CSV (UTF-8) hoặc Excel (.xlsx), mỗi dòng một loại sản phẩm. Cả tệp được kiểm tra trước; có lỗi thì không ghi gì. Nhập lại cùng tệp không
          thay đổi gì. Sản phẩm mới ở trạng thái nháp, trừ khi chọn “Đăng bán ngay”.
        </Text>
        <Text size="small" className="mt-2">
          Tải tệp mẫu:{" "}
          <a className="text-ui-fg-interactive" href="/admin/product-imports/template/xlsx">
            Excel (.xlsx)
          </a>{" "}
          ·{" "}
          <a className="text-ui-fg-interactive" href="/admin/product-imports/template/csv">
            CSV UTF-8
          </a>
        </Text>
      </div>
      <div className="grid gap-4 px-6 py-4 md:grid-cols-2">
        <div className="flex flex-col gap-2">
          <Label htmlFor="import-cooperative">Hợp tác xã</Label>
          <Select value={cooperative} onValueChange={setCooperative}>
            <Select.Trigger id="import-cooperative">
              <Select.Value placeholder="Chọn hợp tác xã" />
            </Select.Trigger>
            <Select.Content>
              {cooperatives.map((c) => (
                <Select.Item key={c.handle} value={c.handle}>
                  {c.name}
                  {c.status !== "active" ? ` (${c.status === "pending" ? "chờ duyệt" : "tạm ngừng"})` : ""}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <div className="flex flex-col gap-2">
          <Label htmlFor="import-file">Tệp bảng tính (.csv, .xlsx)</Label>
          <input id="import-file" type="file" accept=".csv,.xlsx,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </div>
        <div className="flex flex-col gap-2">
          <Label htmlFor="import-images">Ảnh sản phẩm (các tệp có tên trong cột “Ảnh”)</Label>
          <input id="import-images" type="file" multiple accept="image/jpeg,image/png,image/webp,image/gif,image/avif" onChange={(e) => setImages(Array.from(e.target.files ?? []))} />
          <Text size="xsmall" className="text-ui-fg-subtle">
            Đã chọn {images.length} ảnh
          </Text>
        </div>
        <div className="flex items-center gap-2">
          <Checkbox id="import-publish" checked={publish} onCheckedChange={(v) => setPublish(v === true)} />
          <Label htmlFor="import-publish">Đăng bán ngay các sản phẩm mới</Label>
        </div>
      </div>
      <div className="flex gap-2 px-6 py-4">
        <Button variant="secondary" disabled={!file || !cooperative || busy} isLoading={busy} onClick={() => send(true)}>
          Chạy thử (kiểm tra tệp)
        </Button>
        <Button disabled={!canImport} isLoading={busy} onClick={() => send(false)}>
          Nhập
        </Button>
      </div>
      {failure && (
        <div className="px-6 py-4">
          <Text className="text-ui-fg-error">{failure}</Text>
        </div>
      )}
      {report && (
        <div className="flex flex-col gap-4 px-6 py-4">
          <Text weight="plus" className={report.ok ? "" : "text-ui-fg-error"}>
            {report.message}
          </Text>
          <ImportErrorsTable errors={report.errors} />
          {report.ok && report.products.length > 0 && (
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>Sản phẩm</Table.HeaderCell>
                  <Table.HeaderCell>Dòng</Table.HeaderCell>
                  <Table.HeaderCell>{report.dry_run ? "Sẽ làm" : "Đã làm"}</Table.HeaderCell>
                  <Table.HeaderCell>Thay đổi</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {report.products.map((p) => (
                  <Table.Row key={p.handle}>
                    <Table.Cell className="whitespace-normal">
                      {p.title} <span className="text-ui-fg-subtle">({p.handle})</span>
                    </Table.Cell>
                    <Table.Cell>{p.rows.join(", ")}</Table.Cell>
                    <Table.Cell>
                      <Badge color={ACTION_COLOR[p.action]}>{ACTION_LABEL[p.action]}</Badge>
                    </Table.Cell>
                    <Table.Cell className="whitespace-normal">{p.action === "update" ? p.changes.join(", ") : ""}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          )}
        </div>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Nhập sản phẩm",
  icon: ArrowUpTray,
})

export default ProductImportPage
