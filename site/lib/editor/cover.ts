/**
 * A story cover uploaded in the editor, before it is written: recognised by its content (never
 * its name), within the photo limits of the whole shop (commerce/src/lib/photos.ts: 15 MB, 50
 * megapixels, short side ≥ 200 px), in a format astro:assets and sharp handle and matching its
 * extension, then turned upright, stripped of metadata (GPS) and at most 2400 px wide.
 */
import sharp from "sharp"
import { inspectPhoto, PhotoError, PHOTO_LIMITS } from "../../../commerce/src/lib/photos"

export const COVER_MAX_WIDTH = 2400

export class CoverError extends Error {
  constructor(
    message: string,
    readonly messageEn: string
  ) {
    super(message)
  }
}

const FAMILY: Record<string, string> = { jpg: "jpeg", jpeg: "jpeg", png: "png", webp: "webp", avif: "avif" }

export async function normalizeCover(input: Buffer, extension: string): Promise<Buffer> {
  const wanted = FAMILY[extension.toLowerCase()]
  if (!wanted) throw new CoverError(`Ảnh bìa phải là JPEG, PNG, WebP hoặc AVIF (tệp .${extension}).`, "The cover must be a JPEG, PNG, WebP or AVIF image.")
  let info: { format: string }
  try {
    info = await inspectPhoto(input)
  } catch (e) {
    if (e instanceof PhotoError) throw new CoverError(`Ảnh bìa: ${e.message}`, `Cover: ${e.messageEn}`)
    throw e
  }
  const meta = await sharp(input, { limitInputPixels: PHOTO_LIMITS.maxPixels }).metadata()
  const actual = info.format === "heif" ? (meta.compression === "av1" ? "avif" : "heic") : info.format
  if (actual !== wanted) {
    throw new CoverError(
      `Ảnh bìa: nội dung tệp là ${actual.toUpperCase()} nhưng tên tệp là .${extension}. Hãy lưu ảnh dạng JPEG, PNG hoặc WebP rồi tải lên lại.`,
      `Cover: the file holds ${actual.toUpperCase()} but is named .${extension}; save it as JPEG, PNG or WebP and upload it again.`
    )
  }
  try {
    const pipeline = sharp(input, { limitInputPixels: PHOTO_LIMITS.maxPixels, failOn: "error" }).rotate().resize({ width: COVER_MAX_WIDTH, withoutEnlargement: true })
    switch (wanted) {
      case "jpeg":
        return await pipeline.jpeg({ quality: 85, mozjpeg: true }).toBuffer()
      case "png":
        return await pipeline.png({ compressionLevel: 9 }).toBuffer()
      case "webp":
        return await pipeline.webp({ quality: 85 }).toBuffer()
      default:
        return await pipeline.avif({ quality: 60, effort: 2 }).toBuffer()
    }
  } catch {
    throw new CoverError("Ảnh bìa bị hỏng hoặc không đọc được hết. Hãy chọn ảnh khác.", "The cover image is damaged or cut off; choose another one.")
  }
}
