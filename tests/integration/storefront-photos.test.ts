/**
 * Product photos drawn from the shop's own address (/anh/<file>, site/pages/anh/[file].ts) rather than Medusa's:
 * the page names them there, the route passes on Medusa's file with its validators (304 on revalidation), and
 * refuses names that are not a stored file's.
 */
import { describe, expect, it } from "vitest"
import { stack } from "../support/api"

describe("product photos from the shop's address", () => {
  it("names card photos under /anh/ and serves them as Medusa stores them, revalidated with 304", async () => {
    const { storefrontUrl, medusaUrl } = stack()
    const listing = await (await fetch(`${storefrontUrl}/san-pham`)).text()
    const card = /class="product-card__media"[\s\S]*?<\/a>/.exec(listing)?.[0] ?? ""
    const avif = /<source type="image\/avif" srcset="([^" ]+)/.exec(card)?.[1]
    expect(avif, "the first card has an AVIF source").toMatch(/^\/anh\/[A-Za-z0-9._-]+\.avif$/)
    expect(card).not.toContain(`${medusaUrl}/static/`)

    const photo = await fetch(storefrontUrl + avif)
    expect(photo.status).toBe(200)
    expect(photo.headers.get("content-type")).toBe("image/avif")
    expect(photo.headers.get("cache-control")).toMatch(/public, max-age=\d+/)
    const bytes = Buffer.from(await photo.arrayBuffer())
    const original = Buffer.from(await (await fetch(`${medusaUrl}/static/${avif!.slice("/anh/".length)}`)).arrayBuffer())
    expect(bytes.equals(original)).toBe(true)

    const etag = photo.headers.get("etag")
    expect(etag).toBeTruthy()
    const again = await fetch(storefrontUrl + avif, { headers: { "if-none-match": etag! } })
    expect(again.status).toBe(304)
  })

  it("answers 404 in plain words for names that are not a stored file's, without asking Medusa for anything else", async () => {
    const { storefrontUrl } = stack()
    for (const path of ["/anh/khong-co-anh-nay.avif", "/anh/..%2Fpackage.json", "/anh/%2E%2E%2Fmedusa-config.ts", "/anh/.env", "/anh/a%00b.png"]) {
      const res = await fetch(storefrontUrl + path, { redirect: "manual" })
      expect(res.status, path).toBe(404)
      expect(await res.text(), path).not.toMatch(/at \w+ \(|stack|Error:/)
    }
  })
})
