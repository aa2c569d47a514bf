/**
 * Receives a bank statement upload (multipart: one `file`, and the form fields `confirm` and
 * `expected`) into memory, within the spreadsheet limits; an oversized or malformed upload gets 400
 * in Vietnamese and English instead of Medusa's generic error.
 */
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import multer from "multer"
import { IMPORT_LIMITS } from "../../lib/product-import/columns"

const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: IMPORT_LIMITS.maxFileBytes, files: 1, fields: 5, fieldSize: 2 * 1024 * 1024 },
}).single("file")

export function receiveStatementUpload(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  upload(req as never, res as never, (err: unknown) => {
    if (!err) return next()
    const { code } = err as { code?: string }
    const tooLarge = code === "LIMIT_FILE_SIZE"
    res.status(400).json({
      type: "invalid_data",
      message: tooLarge
        ? `Tệp sao kê vượt quá ${IMPORT_LIMITS.maxFileBytes / 1024 / 1024} MB.`
        : "Không đọc được dữ liệu tải lên: gửi một tệp sao kê (trường “file”, CSV hoặc XLSX) dạng multipart/form-data.",
      message_en: tooLarge
        ? `The statement file is larger than ${IMPORT_LIMITS.maxFileBytes / 1024 / 1024} MB.`
        : "The upload could not be read: send one statement file (field “file”, CSV or XLSX) as multipart/form-data.",
    })
  })
}
