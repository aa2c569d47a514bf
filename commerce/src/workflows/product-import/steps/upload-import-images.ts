/**
 * Stores an import's pictures through Medusa's file module, as they came (original bytes).
 * One small function on purpose: the shop's image pipeline (resize, WebP, EXIF removal) can
 * take its place without touching the import.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

export interface ImportImageFile {
  name: string
  mime_type: string
  content_base64: string
}

export async function storeImportImages(container: MedusaContainer, files: ImportImageFile[]): Promise<{ id: string; url: string }[]> {
  if (!files.length) return []
  const fileModule = container.resolve(Modules.FILE)
  const stored = await fileModule.createFiles(
    files.map((f) => ({ filename: f.name, mimeType: f.mime_type, content: f.content_base64, access: "public" as const }))
  )
  return stored.map((s) => ({ id: s.id, url: s.url }))
}

export async function deleteImportImages(container: MedusaContainer, ids: string[]) {
  if (ids.length) await container.resolve(Modules.FILE).deleteFiles(ids)
}
