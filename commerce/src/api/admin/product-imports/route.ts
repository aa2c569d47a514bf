import { createHash, randomUUID } from "node:crypto"
import path from "node:path"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { IMPORT_LIMITS } from "../../../lib/product-import/columns"
import { onImportProgress } from "../../../lib/product-import/progress"
import { readSpreadsheet } from "../../../lib/product-import/read-spreadsheet"
import { failedReport, type ImportReport } from "../../../lib/product-import/report"
import { importCooperativeProductsWorkflow } from "../../../workflows/product-import"

type UploadedFile = { originalname: string; buffer: Buffer; size: number }

const truthy = (v: unknown) => typeof v === "string" && ["1", "true", "on", "yes"].includes(v.toLowerCase())

/**
 * POST /admin/product-imports — multipart/form-data: `file` (CSV UTF-8 or XLSX), `images` (the
 * pictures the sheet names, any number; each goes through the portal's photo pipeline, and one it
 * refuses is an error of the rows naming it), `cooperative` (handle), `dry_run`, `publish`.
 * Answers the report: 200 when the file is good (written, or only planned on a dry run), 422
 * with every bad row and column when it is not (nothing written). With `Accept:
 * application/x-ndjson` it streams `{"progress":{done,total}}` lines first, then `{"report":…}`.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const files = (req as unknown as { files?: Record<string, UploadedFile[]> }).files ?? {}
  const body = (req.body ?? {}) as Record<string, string>
  const file = files.file?.[0]
  const images = files.images ?? []
  const cooperative = (body.cooperative ?? "").trim()
  const dryRun = truthy(body.dry_run)
  if (!file || !cooperative) {
    res.status(400).json({
      type: "invalid_data",
      message: !file ? "Chưa chọn tệp bảng tính (CSV hoặc XLSX)." : "Chưa chọn hợp tác xã.",
      message_en: !file ? "No spreadsheet file was sent (field “file”)." : "No cooperative handle (field “cooperative”).",
    })
    return
  }
  const imagesBytes = images.reduce((n, i) => n + i.size, 0)
  if (imagesBytes > IMPORT_LIMITS.maxImagesBytes) {
    res.status(400).json({ type: "invalid_data", message: `Tổng dung lượng ảnh vượt quá ${IMPORT_LIMITS.maxImagesBytes / 1024 / 1024} MB; hãy chia thành nhiều lần nhập.` })
    return
  }

  const read = await readSpreadsheet(new Uint8Array(file.buffer), file.originalname)
  const stream = (req.headers.accept ?? "").includes("application/x-ndjson")
  const send = (status: number, report: ImportReport) => {
    if (stream) {
      res.write(JSON.stringify({ report }) + "\n")
      res.end()
    } else res.status(status).json(report)
  }
  if (stream) {
    res.status(200)
    res.setHeader("content-type", "application/x-ndjson; charset=utf-8")
  }
  if (read.issues.length) return send(422, failedReport(read.issues, dryRun, read.rows.length))

  const progressId = randomUUID()
  const stop = stream ? onImportProgress(progressId, (done, total) => res.write(JSON.stringify({ progress: { done, total } }) + "\n")) : () => {}
  try {
    const { result } = await importCooperativeProductsWorkflow(req.scope).run({
      input: {
        cooperative_handle: cooperative,
        rows: read.rows,
        images: images.map((i) => ({
          // Only the base name: the file provider would otherwise honour a "../" in it.
          name: path.basename(i.originalname.replace(/\\/g, "/")).normalize("NFC"),
          key: `${path.basename(i.originalname.replace(/\\/g, "/")).normalize("NFC")}#${createHash("sha256").update(i.buffer).digest("hex").slice(0, 16)}`,
          content_base64: i.buffer.toString("base64"),
        })),
        dry_run: dryRun,
        publish: truthy(body.publish),
        progress_id: progressId,
      },
    })
    send(result.ok ? 200 : 422, result)
  } catch (e) {
    if (!stream) throw e
    const error = e as { type?: string; message?: string }
    res.write(JSON.stringify({ error: { type: error.type ?? "unexpected_state", message: error.message ?? "Lỗi không xác định; không có gì được ghi." } }) + "\n")
    res.end()
  } finally {
    stop()
  }
}
