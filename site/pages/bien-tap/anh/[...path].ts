import path from "node:path"
import type { APIRoute } from "astro"
import { entryFileOf } from "../../../lib/editor/entries"
import { readIfExists } from "../../../lib/editor/files"
import { workspaceDir } from "../../../lib/editor/paths"

const TYPES: Record<string, string> = { jpg: "image/jpeg", jpeg: "image/jpeg", png: "image/png", webp: "image/webp", avif: "image/avif" }

/** A draft's cover from the editor's workspace, for the staff preview (signed-in staff only: middleware). */
export const GET: APIRoute = async ({ params }) => {
  const file = entryFileOf(params.path ?? "")
  if (!file || file.kind !== "cover") return new Response("Not found", { status: 404 })
  const body = await readIfExists(path.join(workspaceDir(), file.path))
  if (!body) return new Response("Not found", { status: 404 })
  return new Response(new Uint8Array(body), { headers: { "content-type": TYPES[path.extname(file.path).slice(1)] } })
}
