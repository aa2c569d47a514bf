/**
 * Product photos taken on a phone: checked, turned upright, stripped of metadata (a phone's
 * EXIF carries the GPS position of the cooperative's kitchen or a member's home) and encoded
 * as AVIF and WebP at a few widths for the storefront's `srcset`.
 *
 * The image is recognised by its content, never by its name or declared type, and refused
 * before it is decoded when it is too large in bytes or in pixels (an "image bomb": a small
 * file that would decode into gigabytes).
 */
import sharp from "sharp"

export const PHOTO_LIMITS = {
  /** A 12–50 MP phone JPEG is 3–12 MB; HEIC less. */
  maxBytes: 15 * 1024 * 1024,
  /** 50 megapixels: more than any phone camera's default; beyond it decoding alone costs too much memory. */
  maxPixels: 50_000_000,
  /** Smaller than this is not a usable product photo. */
  minSide: 200,
}

/** Output widths in pixels; a width above the photo's own is not produced (no upscaling). */
export const PHOTO_WIDTHS = [480, 960, 1600] as const
export const PHOTO_FORMATS = ["avif", "webp"] as const
export type PhotoFormat = (typeof PHOTO_FORMATS)[number]

const ACCEPTED_INPUT = new Set(["jpeg", "png", "webp", "avif", "heif", "tiff", "gif"])

export interface PhotoVariant {
  format: PhotoFormat
  width: number
  height: number
  mimeType: string
  content: Buffer
}

export interface ProcessedPhoto {
  width: number
  height: number
  variants: PhotoVariant[]
}

export type PhotoRefusal = "empty" | "too_large" | "not_image" | "too_many_pixels" | "too_small"

/** A refusal with the message shown to the cooperative (Vietnamese) and its English twin. */
export class PhotoError extends Error {
  readonly reason: PhotoRefusal
  readonly messageEn: string
  // no parameter properties: the benchmark runs this file with Node's type stripping
  constructor(reason: PhotoRefusal, message: string, messageEn: string) {
    super(message)
    this.name = "PhotoError"
    this.reason = reason
    this.messageEn = messageEn
  }
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`

function refuse(reason: PhotoRefusal, detail?: string): never {
  switch (reason) {
    case "empty":
      throw new PhotoError(reason, "Chưa có ảnh nào được gửi lên.", "No photo was sent.")
    case "too_large":
      throw new PhotoError(reason, `Ảnh quá lớn: tối đa ${mb(PHOTO_LIMITS.maxBytes)}${detail ? ` (ảnh này ${detail})` : ""}.`, `The photo is too large: at most ${mb(PHOTO_LIMITS.maxBytes)}.`)
    case "not_image":
      throw new PhotoError(reason, "Tệp này không phải ảnh (JPEG, PNG, WebP, HEIC hoặc AVIF).", "This file is not a photo (JPEG, PNG, WebP, HEIC or AVIF).")
    case "too_many_pixels":
      throw new PhotoError(
        reason,
        `Ảnh có quá nhiều điểm ảnh${detail ? ` (${detail})` : ""}: tối đa ${PHOTO_LIMITS.maxPixels / 1_000_000} megapixel.`,
        `The photo has too many pixels: at most ${PHOTO_LIMITS.maxPixels / 1_000_000} megapixels.`
      )
    case "too_small":
      throw new PhotoError(reason, `Ảnh quá nhỏ: cạnh ngắn cần ít nhất ${PHOTO_LIMITS.minSide} điểm ảnh.`, `The photo is too small: its short side needs at least ${PHOTO_LIMITS.minSide} pixels.`)
  }
}

/** Checks a photo without decoding its pixels; returns its upright size. */
export async function inspectPhoto(input: Buffer): Promise<{ width: number; height: number; format: string }> {
  if (!input?.length) refuse("empty")
  if (input.length > PHOTO_LIMITS.maxBytes) refuse("too_large", mb(input.length))
  let meta: sharp.Metadata
  try {
    // Reads the header only; limitInputPixels also guards the later decode.
    meta = await sharp(input, { limitInputPixels: PHOTO_LIMITS.maxPixels }).metadata()
  } catch (e) {
    if (/pixel limit/i.test(String((e as Error)?.message))) {
      // sharp refuses before telling the size; the header read without the limit does not decode either.
      const size = await sharp(input, { limitInputPixels: false }).metadata().catch(() => undefined)
      refuse("too_many_pixels", size?.width && size.height ? `${size.width}×${size.height}` : undefined)
    }
    refuse("not_image")
  }
  if (!meta.format || !ACCEPTED_INPUT.has(meta.format) || !meta.width || !meta.height) refuse("not_image")
  if (meta.width * meta.height > PHOTO_LIMITS.maxPixels) refuse("too_many_pixels", `${meta.width}×${meta.height}`)
  // EXIF orientations 5–8 swap width and height.
  const swapped = (meta.orientation ?? 1) >= 5
  const width = swapped ? meta.height : meta.width
  const height = swapped ? meta.width : meta.height
  if (Math.min(width, height) < PHOTO_LIMITS.minSide) refuse("too_small")
  return { width, height, format: meta.format }
}

/**
 * Turns one uploaded photo into AVIF and WebP at PHOTO_WIDTHS (and at its own width when it is
 * narrower than the largest). The photo is decoded and rotated once; each output is resized
 * from the largest one. sharp writes no metadata unless asked, so EXIF (GPS, camera serial)
 * and XMP are gone from every output.
 */
export async function processPhoto(input: Buffer): Promise<ProcessedPhoto> {
  const { width } = await inspectPhoto(input)
  const widths = [...new Set(PHOTO_WIDTHS.map((w) => Math.min(w, width)))].sort((a, b) => b - a)
  let base: { data: Buffer; info: sharp.OutputInfo }
  try {
    base = await sharp(input, { limitInputPixels: PHOTO_LIMITS.maxPixels, failOn: "error" })
      .rotate()
      .resize({ width: widths[0], withoutEnlargement: true })
      .toColourspace("srgb")
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true })
  } catch {
    // A header that parses but pixel data that does not (truncated, corrupt).
    refuse("not_image")
  }
  const raw = { raw: { width: base.info.width, height: base.info.height, channels: base.info.channels } }
  const jobs = widths.flatMap((w) =>
    PHOTO_FORMATS.map(async (format): Promise<PhotoVariant> => {
      let pipeline = sharp(base.data, raw)
      if (w !== base.info.width) pipeline = pipeline.resize({ width: w })
      // AVIF effort 0: on a 12 MP phone photo ~6× faster than effort 2 for files of the same size
      // (measured with `BENCH_ONLY=photos npm run bench`), which keeps an upload under 1.5 s.
      pipeline = format === "avif" ? pipeline.avif({ quality: 55, effort: 0 }) : pipeline.webp({ quality: 78, effort: 2 })
      const { data, info } = await pipeline.toBuffer({ resolveWithObject: true })
      return { format, width: info.width, height: info.height, mimeType: `image/${format}`, content: data }
    })
  )
  const variants = await Promise.all(jobs)
  return { width: base.info.width, height: base.info.height, variants }
}
