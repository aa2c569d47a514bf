/**
 * Stores an import's pictures through Medusa's file module (local or S3, as configured): the
 * AVIF and WebP files the photo pipeline made of each picture (lib/product-import/pictures.ts),
 * never the uploaded bytes themselves.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { ImportPicture } from "../../../lib/product-import/pictures"

/** A picture as it came with the spreadsheet; `content_base64` is the uploaded file (its declared type is not trusted). */
export interface ImportImageFile {
  name: string
  content_base64: string
}

export interface StoredPicture {
  file_ids: string[]
  sources: { format: string; width: number; height: number; url: string }[]
}

export async function storeImportPicture(container: MedusaContainer, picture: ImportPicture): Promise<StoredPicture> {
  const stem = picture.name.replace(/\.[^.]*$/, "") || "anh"
  const stored = await container.resolve(Modules.FILE).createFiles(
    picture.variants.map((v) => ({ filename: `${stem}-${v.width}.${v.format}`, mimeType: v.mime_type, content: v.content_base64, access: "public" as const }))
  )
  return {
    file_ids: stored.map((s) => s.id),
    sources: picture.variants.map((v, i) => ({ format: v.format, width: v.width, height: v.height, url: stored[i].url })),
  }
}

export async function deleteImportImages(container: MedusaContainer, ids: string[]) {
  if (ids.length) await container.resolve(Modules.FILE).deleteFiles(ids)
}
