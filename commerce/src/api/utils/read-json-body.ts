import type { MedusaRequest } from "@medusajs/framework/http"
import { readBodyBytes } from "./read-body-bytes"

/**
 * Reads a small JSON body for a route registered with `bodyParser: false`, so malformed JSON and
 * oversized bodies get the route's own (Vietnamese) 400 instead of the body parser's English one.
 */
export async function readJsonBody(req: MedusaRequest, maxBytes: number): Promise<{ ok: true; value: unknown } | { ok: false; reason: "too_large" | "malformed" }> {
  const read = await readBodyBytes(req, maxBytes)
  if (!read.ok) return { ok: false, reason: "too_large" }
  const text = read.body.toString("utf8")
  if (!text.trim()) return { ok: true, value: undefined }
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    return { ok: false, reason: "malformed" }
  }
}
