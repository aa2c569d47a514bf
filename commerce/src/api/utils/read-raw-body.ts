import type { MedusaRequest } from "@medusajs/framework/http"

/** Reads a binary body (route registered with `bodyParser: false`), stopping as soon as it exceeds maxBytes. */
export async function readRawBody(req: MedusaRequest, maxBytes: number): Promise<{ ok: true; body: Buffer } | { ok: false; size: number }> {
  const declared = Number(req.headers["content-length"] ?? 0)
  if (declared > maxBytes) return { ok: false, size: declared }
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk
    size += buf.length
    if (size > maxBytes) return { ok: false, size }
    chunks.push(buf)
  }
  return { ok: true, body: Buffer.concat(chunks) }
}
