/**
 * Receives a product import upload (multipart: one `file`, any number of `images`, and the
 * form fields) into memory, within the import limits; answers an oversized or malformed
 * upload with 400 in Vietnamese instead of Medusa's generic error.
 */
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import multer from "multer"
import { IMPORT_LIMITS } from "../../lib/product-import/columns"

const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: Math.max(IMPORT_LIMITS.maxFileBytes, IMPORT_LIMITS.maxImageBytes), files: 5001, fields: 20 },
}).fields([
  { name: "file", maxCount: 1 },
  { name: "images", maxCount: 5000 },
])

export function receiveImportUpload(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  upload(req as never, res as never, (err: unknown) => {
    if (!err) return next()
    const { code, field } = err as { code?: string; field?: string }
    const message =
      code === "LIMIT_FILE_SIZE"
        ? field === "images"
          ? `Một ảnh vượt quá ${IMPORT_LIMITS.maxImageBytes / 1024 / 1024} MB.`
          : `Tệp bảng tính vượt quá ${IMPORT_LIMITS.maxFileBytes / 1024 / 1024} MB.`
        : code === "LIMIT_FILE_COUNT" || code === "LIMIT_UNEXPECTED_FILE"
          ? "Chỉ gửi một tệp bảng tính (trường “file”) và tối đa 5.000 ảnh (trường “images”)."
          : "Không đọc được dữ liệu tải lên (multipart/form-data)."
    res.status(400).json({ type: "invalid_data", message, message_en: "The upload could not be read (too large or malformed multipart data)." })
  })
}
