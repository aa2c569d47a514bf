/**
 * HTTP requests sent from a chosen loopback address (127.0.0.0/8 is all on `lo` on Linux), so a
 * server sees distinct clients in its socket's remote address — the address nobody can forge with a
 * header. Used for per-client limits: X-Forwarded-For is only a header, this is the real peer.
 */
import http from "node:http"

export interface FromAddressResponse<T = any> {
  status: number
  headers: http.IncomingHttpHeaders
  text: string
  body: T
}

export function requestFrom<T = any>(
  localAddress: string,
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {}
): Promise<FromAddressResponse<T>> {
  const target = new URL(url)
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        // "localhost" may resolve to ::1, which cannot be reached from an IPv4 source address
        host: target.hostname === "localhost" ? "127.0.0.1" : target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method: init.method ?? "GET",
        // the Host the URL names (the storefront compares it with Origin on form posts)
        headers: { host: target.host, ...(init.headers ?? {}), ...(init.body !== undefined ? { "content-length": String(Buffer.byteLength(init.body)) } : {}) },
        localAddress,
        family: 4,
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on("data", (c: Buffer) => chunks.push(c))
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8")
          let body: any = null
          try {
            body = JSON.parse(text)
          } catch {
            body = null
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, body })
        })
        res.on("error", reject)
      }
    )
    req.on("error", reject)
    if (init.body !== undefined) req.write(init.body)
    req.end()
  })
}
