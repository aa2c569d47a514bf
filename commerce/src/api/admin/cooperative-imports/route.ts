import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readSpreadsheet } from "../../../lib/product-import/read-spreadsheet"
import { REGISTRY_COLUMNS, validateRegistryRows } from "../../../lib/registry/import"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { importCooperativeRegistryWorkflow } from "../../../workflows/registry"
import { adminActor } from "../../utils/admin-actor"

type UploadedFile = { originalname: string; buffer: Buffer }
const truthy = (v: unknown) => typeof v === "string" && ["1", "true", "on", "yes"].includes(v.toLowerCase())

/**
 * POST /admin/cooperative-imports — multipart/form-data: `file` (CSV UTF-8 or XLSX, the columns of
 * the template), `dry_run`. Answers the report: 200 when the file is good (written, or only
 * planned on a dry run), 422 with every bad row and column when it is not (nothing written).
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const file = (req as unknown as { files?: Record<string, UploadedFile[]> }).files?.file?.[0]
  const dryRun = truthy(((req.body ?? {}) as Record<string, string>).dry_run)
  if (!file) {
    res.status(400).json({ type: "invalid_data", message: "Chưa chọn tệp danh sách (CSV hoặc XLSX).", message_en: "No spreadsheet file was sent (field “file”)." })
    return
  }
  const read = await readSpreadsheet(new Uint8Array(file.buffer), file.originalname, REGISTRY_COLUMNS)
  const fail = (errors: typeof read.issues) =>
    res.status(422).json({ ok: false, dry_run: dryRun, message: `${errors.length} lỗi — không có gì được ghi. Sửa các dòng được nêu rồi nhập lại.`, errors, created: [], updated: [] })
  if (read.issues.length) return fail(read.issues)

  const service: CooperativeModuleService = req.scope.resolve(COOPERATIVE_MODULE)
  const all = await service.listCooperatives({}, { select: ["id", "name", "handle", "registration_number"] })
  const existing = new Map(all.filter((c) => c.registration_number).map((c) => [c.registration_number!, { id: c.id, name: c.name, handle: c.handle }]))
  const { records, issues } = validateRegistryRows(read.rows, { existing, handles: new Set(all.map((c) => c.handle)) })
  if (issues.length) return fail(issues)

  if (dryRun) {
    const created = records.filter((r) => !r.existing_id).map((r) => ({ row: r.row, name: r.name }))
    const updated = records.filter((r) => r.existing_id).map((r) => ({ row: r.row, id: r.existing_id, name: r.name }))
    res.json({ ok: true, dry_run: true, message: `Chạy thử: sẽ thêm ${created.length}, cập nhật ${updated.length} hồ sơ. Chưa ghi gì.`, errors: [], created, updated })
    return
  }
  const { result } = await importCooperativeRegistryWorkflow(req.scope).run({ input: { records, actor: await adminActor(req) } })
  res.json({
    ok: true,
    dry_run: false,
    message: `Đã thêm ${result.created.length}, cập nhật ${result.updated.length} hồ sơ.`,
    errors: [],
    ...result,
  })
}
