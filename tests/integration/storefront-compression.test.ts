/**
 * The storefront sends pages, styles and scripts compressed (scripts/serve-storefront.ts): Brotli or gzip as the
 * browser accepts, nothing to a client that asks for none, and files already compressed (fonts) as they are.
 * Read over raw HTTP: `fetch` would decompress silently.
 */
import http from "node:http"
import zlib from "node:zlib"
import { describe, expect, it } from "vitest"
import { stack } from "../support/api"

function rawGet(url: string, acceptEncoding?: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers: acceptEncoding ? { "accept-encoding": acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = []
      res.on("data", (c: Buffer) => chunks.push(c))
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
      res.on("error", reject)
    })
    req.on("error", reject)
  })
}

describe("storefront compression", () => {
  it("sends a page as Brotli or gzip, whichever the browser accepts, and plain to a client that accepts neither", async () => {
    const { storefrontUrl } = stack()
    const plain = await rawGet(`${storefrontUrl}/san-pham`)
    expect(plain.status).toBe(200)
    expect(plain.headers["content-encoding"]).toBeUndefined()
    const html = plain.body.toString("utf8")
    expect(html).toContain("<html")

    const br = await rawGet(`${storefrontUrl}/san-pham`, "gzip, deflate, br")
    expect(br.status).toBe(200)
    expect(br.headers["content-encoding"]).toBe("br")
    expect(br.headers.vary ?? "").toMatch(/accept-encoding/i)
    const fromBr = zlib.brotliDecompressSync(br.body).toString("utf8")
    expect(fromBr).toContain("<html")
    expect(br.body.length).toBeLessThan(fromBr.length / 3)
    // security headers stay on a compressed answer
    expect(br.headers["content-security-policy"]).toMatch(/frame-ancestors 'none'/)

    const gz = await rawGet(`${storefrontUrl}/san-pham`, "gzip")
    expect(gz.headers["content-encoding"]).toBe("gzip")
    expect(zlib.gunzipSync(gz.body).toString("utf8")).toContain("<html")
  })

  it("compresses other text (the sitemap), not fonts", async () => {
    const { storefrontUrl } = stack()
    const html = (await rawGet(`${storefrontUrl}/san-pham`)).body.toString("utf8")
    const font = /url\("(\/_astro\/fonts\/[^"]+\.woff2)"\)/.exec(html)?.[1]
    expect(font, "the page names its web font").toBeTruthy()
    const woff2 = await rawGet(`${storefrontUrl}${font}`, "gzip, br")
    expect(woff2.status).toBe(200)
    expect(woff2.headers["content-encoding"]).toBeUndefined()

    const sitemap = await rawGet(`${storefrontUrl}/sitemap.xml`, "br")
    expect(sitemap.status).toBe(200)
    expect(sitemap.headers["content-encoding"]).toBe("br")
    expect(zlib.brotliDecompressSync(sitemap.body).toString("utf8")).toContain("<urlset")
  })
})
