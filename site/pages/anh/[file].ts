/**
 * A product photo or logo stored by Medusa, from the shop's own address (see lib/photo-url.ts): streamed from
 * Medusa's /static/ with its validators and caching; a revalidation with the same ETag is answered 304. Raster
 * images only — an SVG served from this origin could run script in the shop's pages' origin — and only file names
 * Medusa makes.
 */
import type { APIRoute } from "astro"
import { PHOTO_FILE_NAME, medusaFileUrl } from "../../lib/photo-url"

export const prerender = false

const RASTER = new Set(["image/avif", "image/webp", "image/jpeg", "image/png", "image/gif"])

const text = (status: number, message: string) =>
  new Response(message, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } })

export const GET: APIRoute = async ({ params, request }) => {
  const name = params.file ?? ""
  if (!PHOTO_FILE_NAME.test(name)) return text(404, "Không có ảnh này. / No such photo.")
  let upstream: Response
  try {
    upstream = await fetch(medusaFileUrl(name), { redirect: "manual", signal: AbortSignal.timeout(10_000) })
  } catch {
    return text(502, "Tạm thời không tải được ảnh, vui lòng thử lại. / The photo cannot be loaded right now.")
  }
  const validators: Record<string, string> = {}
  for (const header of ["etag", "last-modified"]) {
    const value = upstream.headers.get(header)
    if (value) validators[header] = value
  }
  // as long as Medusa lets its own file route be kept (30 days, immutable: a new upload gets a new name)
  const caching = { "cache-control": upstream.headers.get("cache-control") ?? "public, max-age=604800" }
  const type = (upstream.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase()
  if (upstream.status !== 200 || !RASTER.has(type)) {
    await upstream.body?.cancel()
    return text(404, "Không có ảnh này. / No such photo.")
  }
  // Medusa's file route answers 200 even to a matching If-None-Match, so the revalidation is answered here (rare:
  // the files are cached as immutable)
  const held = request.headers.get("if-none-match")
  if (held && validators.etag && held.split(",").some((tag) => tag.trim() === validators.etag)) {
    await upstream.body?.cancel()
    return new Response(null, { status: 304, headers: { ...validators, ...caching } })
  }
  const length = upstream.headers.get("content-length")
  return new Response(upstream.body, { headers: { "content-type": type, ...(length ? { "content-length": length } : {}), ...validators, ...caching } })
}
