import type { IncomingMessage, ServerResponse } from "node:http"

/** Past this, an oversized body is no longer read to its end: the answer closes the connection instead. */
export const DRAIN_LIMIT_BYTES = 2 * 1024 * 1024

/**
 * The bytes of a request body (a route registered with `bodyParser: false`), up to `maxBytes`.
 *
 * An oversized body is still read to its end and dropped (up to DRAIN_LIMIT_BYTES), so that the answer
 * comes after the request and a kept-alive connection can carry the next request. Stopping early — a
 * `return` out of `for await`, which destroys the request — left the client's next request on that
 * connection reading a broken answer. Beyond the drain limit the reading stops and the answer says
 * `Connection: close`; the stream is paused, never destroyed, so that the answer can still be sent.
 */
export function readBodyBytes(req: IncomingMessage, maxBytes: number): Promise<{ ok: true; body: Buffer } | { ok: false; size: number }> {
  // already read by someone else: nothing left to read (and no "end" to wait for)
  if (req.readableEnded) return Promise.resolve({ ok: true, body: Buffer.alloc(0) })
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let size = 0
    let settled = false
    const settle = (result: { ok: true; body: Buffer } | { ok: false; size: number }) => {
      if (settled) return
      settled = true
      req.off("data", onData)
      resolve(result)
    }
    const onData = (chunk: Buffer | string) => {
      const buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk
      size += buf.length
      if (size <= maxBytes) return void chunks.push(buf)
      chunks.length = 0
      if (size > DRAIN_LIMIT_BYTES) {
        ;(req as IncomingMessage & { res?: ServerResponse }).res?.setHeader("connection", "close")
        req.pause()
        settle({ ok: false, size })
      }
    }
    req.on("data", onData)
    req.once("end", () => settle(size > maxBytes ? { ok: false, size } : { ok: true, body: Buffer.concat(chunks) }))
    req.once("error", () => settle({ ok: false, size }))
  })
}
