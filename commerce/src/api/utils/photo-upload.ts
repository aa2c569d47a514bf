import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PHOTO_LIMITS, PhotoError, processPhoto, type ProcessedPhoto } from "../../lib/photos"
import { readRawBody } from "./read-raw-body"

/**
 * The photo in a request body (raw bytes, any content type: the content decides), processed;
 * a refusal becomes a 400 (413 for size) with the Vietnamese reason and `message_en`.
 */
export async function photoFromRequest(req: MedusaRequest): Promise<ProcessedPhoto> {
  const read = await readRawBody(req, PHOTO_LIMITS.maxBytes)
  try {
    if (!read.ok) throw new PhotoError("too_large", `Ảnh quá lớn: tối đa ${PHOTO_LIMITS.maxBytes / 1024 / 1024} MB.`, `The photo is too large: at most ${PHOTO_LIMITS.maxBytes / 1024 / 1024} MB.`)
    return await processPhoto(read.body)
  } catch (e) {
    if (e instanceof PhotoError) {
      const err = new MedusaError(MedusaError.Types.INVALID_DATA, e.message) as MedusaError & { photo?: PhotoError }
      err.photo = e
      throw err
    }
    throw e
  }
}
