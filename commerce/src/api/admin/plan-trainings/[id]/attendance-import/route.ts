import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { readSpreadsheet } from "../../../../../lib/product-import/read-spreadsheet"
import { ATTENDANCE_COLUMNS, matchAttendanceRows } from "../../../../../lib/union-plan/attendance-import"
import { COOPERATIVE_MODULE } from "../../../../../modules/cooperative"
import type CooperativeModuleService from "../../../../../modules/cooperative/service"
import { UNION_PLAN_MODULE } from "../../../../../modules/union-plan"
import type UnionPlanModuleService from "../../../../../modules/union-plan/service"
import { addAttendance } from "../../helpers"

type UploadedFile = { originalname: string; buffer: Buffer }

/**
 * POST /admin/plan-trainings/:id/attendance-import — multipart `file`: the attendance sheet (Họ tên,
 * Đơn vị, Đạt yêu cầu), each row matched to one cadre (name + unit) or one current management-seat
 * holder (name + cooperative). A row that matches no one or several people is an error, and then
 * nothing is written.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const plan: UnionPlanModuleService = req.scope.resolve(UNION_PLAN_MODULE)
  const [training] = await plan.listPlanTrainings({ id: req.params.id }, { select: ["id"] })
  if (!training) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy lớp tập huấn này")
  const file = (req as unknown as { files?: Record<string, UploadedFile[]> }).files?.file?.[0]
  if (!file) return void res.status(400).json({ type: "invalid_data", message: "Chưa chọn tệp danh sách người dự (CSV hoặc XLSX)." })
  const read = await readSpreadsheet(new Uint8Array(file.buffer), file.originalname, ATTENDANCE_COLUMNS)
  if (read.issues.length) return void res.status(422).json({ ok: false, message: `${read.issues.length} lỗi — không có gì được ghi.`, errors: read.issues })
  const registry: CooperativeModuleService = req.scope.resolve(COOPERATIVE_MODULE)
  const [cadres, seats, cooperatives] = await Promise.all([
    plan.listPlanCadres({}, { select: ["id", "full_name", "unit"] }),
    registry.listManagementRoles({ ended_on: null }, { select: ["id", "holder_name", "cooperative_id"] }),
    registry.listCooperatives({}, { select: ["id", "name"] }),
  ])
  const matched = matchAttendanceRows(read.rows, { cadres, seats: seats as never, cooperatives })
  if (matched.issues.length) return void res.status(422).json({ ok: false, message: `${matched.issues.length} lỗi — không có gì được ghi.`, errors: matched.issues })
  await addAttendance(req, res, training.id, matched.attendees)
}
