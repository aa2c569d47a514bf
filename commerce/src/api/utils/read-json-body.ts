import type { MedusaRequest } from "@medusajs/framework/http"

/**
 * Reads a small JSON body for a route registered with `bodyParser: false`, so malformed JSON and
 * oversized bodies get the route's own (Vietnamese) 400 instead of the body parser's English one.
 */
export async function readJsonBody(req: MedusaRequest, maxBytes: number): Promise<{ ok: true; value: unknown } | { ok: false; reason: "too_large" | "malformed" }> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk
    size += buf.length
    if (size > maxBytes) return { ok: false, reason: "too_large" }
    chunks.push(buf)
  }
  const text = Buffer.concat(chunks).toString("utf8")
  if (!text.trim()) return { ok: true, value: undefined }
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    return { ok: false, reason: "malformed" }
  }
}
