/**
 * The pictures an import names go through the same photo pipeline as the cooperative portal's
 * (lib/photos.ts): recognised by their content, within the size and pixel limits, turned upright,
 * stripped of metadata (GPS), encoded as AVIF and WebP at the storefront's widths. A picture the
 * pipeline refuses is a row error in the "Ảnh" column of every product that names it, found in the
 * same validation pass as every other problem of the file, so nothing is written.
 */
import { PhotoError, inspectPhoto, processPhoto } from "../photos"
import { COLUMN_BY_KEY } from "./columns"
import type { ImportIssue } from "./read-spreadsheet"
import type { ImportProduct } from "./validate"

/** One stored form of a picture; `content` in base64 (workflow data is serialised). */
export interface ImportPictureVariant {
  format: string
  width: number
  height: number
  mime_type: string
  content_base64: string
}
export interface ImportPicture {
  /** the picture's file name as sent (the sheet may spell it in another case) */
  name: string
  variants: ImportPictureVariant[]
}

export interface CheckedPictures {
  issues: ImportIssue[]
  /** processed pictures by file name: those in `toStore` that the pipeline accepted */
  pictures: Map<string, ImportPicture>
}

/**
 * Checks every picture the products name. Those in `toStore` (what the import will write) are
 * processed completely — a picture whose header is fine but whose pixels do not decode is refused
 * here too, not half-way through writing; the others (pictures already stored by an earlier
 * import of the same bytes) are only inspected, which reads the header and decodes nothing.
 */
export async function checkImportPictures(products: ImportProduct[], files: Map<string, Buffer>, toStore: Set<string>): Promise<CheckedPictures> {
  const refusals = new Map<string, PhotoError>()
  const pictures = new Map<string, ImportPicture>()
  const seen = new Set<string>()
  for (const product of products) {
    for (const name of product.images) {
      if (seen.has(name)) continue
      seen.add(name)
      const bytes = files.get(name)
      if (!bytes) continue // validateImportRows already reported a missing file
      try {
        if (toStore.has(name)) {
          const photo = await processPhoto(bytes)
          pictures.set(name, {
            name,
            variants: photo.variants.map((v) => ({ format: v.format, width: v.width, height: v.height, mime_type: v.mimeType, content_base64: v.content.toString("base64") })),
          })
        } else {
          await inspectPhoto(bytes)
        }
      } catch (e) {
        if (!(e instanceof PhotoError)) throw e
        refusals.set(name, e)
      }
    }
  }
  const issues: ImportIssue[] = []
  for (const product of products) {
    for (const name of product.images) {
      const refusal = refusals.get(name)
      if (!refusal) continue
      issues.push({
        row: product.rows[0],
        column: COLUMN_BY_KEY.images.vi,
        message: `Ảnh “${name}”: ${refusal.message}`,
        message_en: `Picture “${name}”: ${refusal.messageEn}`,
      })
    }
  }
  return { issues, pictures }
}

/**
 * What the storefront and Medusa get for a product's pictures, as the portal stores a photo: each
 * picture's largest WebP as a product image (every Medusa client understands WebP), the first
 * picture's smallest WebP as thumbnail, and every size of every picture in `metadata.photos` for
 * `srcset`.
 */
export function productImagesOf(stored: { sources: { format: string; width: number; height: number; url: string }[] }[]): {
  images: string[]
  thumbnail: string | null
  photos: { sources: { format: string; width: number; height: number; url: string }[] }[]
} {
  const webps = stored.map((s) => s.sources.filter((x) => x.format === "webp").sort((a, b) => b.width - a.width))
  return {
    images: webps.map((w) => w[0]?.url).filter((u): u is string => Boolean(u)),
    thumbnail: webps[0]?.length ? webps[0][webps[0].length - 1].url : null,
    photos: stored.map((s) => ({ sources: s.sources })),
  }
}
