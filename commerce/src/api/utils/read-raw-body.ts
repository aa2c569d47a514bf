import type { MedusaRequest } from "@medusajs/framework/http"
import { readBodyBytes } from "./read-body-bytes"

/** Reads a binary body (route registered with `bodyParser: false`), refusing one that exceeds maxBytes. */
export async function readRawBody(req: MedusaRequest, maxBytes: number): Promise<{ ok: true; body: Buffer } | { ok: false; size: number }> {
  const declared = Number(req.headers["content-length"] ?? 0)
  if (declared > maxBytes) {
    // not worth reading: answer and close the connection
    ;(req as MedusaRequest & { res?: { setHeader(name: string, value: string): void } }).res?.setHeader("connection", "close")
    return { ok: false, size: declared }
  }
  return readBodyBytes(req, maxBytes)
}
