import fs from "node:fs"
import path from "node:path"
import sharp from "sharp"
import { describe, expect, it } from "vitest"
import YAML from "yaml"
import { DEMO_COOPERATIVES } from "../../commerce/src/scripts/demo-catalog/cooperatives"
import { DEMO_PRODUCTS } from "../../commerce/src/scripts/demo-catalog/products"
import { page, stack, store } from "../support/api"

function frontMatter(file: string): Record<string, any> {
  const source = fs.readFileSync(file, "utf8")
  return YAML.parse(/^---\n([\s\S]*?)\n---/.exec(source)![1])
}
const storyFiles = fs.readdirSync("content/stories").map((d) => path.join("content/stories", d, "index.md"))
const stories: Record<string, any>[] = storyFiles.map((f) => ({ slug: path.basename(path.dirname(f)), ...frontMatter(f) }))
const published = stories.filter((s) => !s.draft)
const eventFiles = fs.readdirSync("content/events").map((f) => path.join("content/events", f))
const events = eventFiles.map((f) => frontMatter(f))

const jsonLd = (html: string) => [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]))
const meta = (html: string, property: string) => new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html)?.[1]

describe("demo content", () => {
  it("has at least 6 published stories and 2 events, all referring to cooperatives and products that the shop sells", async () => {
    expect(published.length).toBeGreaterThanOrEqual(6)
    expect(events.length).toBeGreaterThanOrEqual(2)
    const coops = (await store(`/store/cooperatives?limit=200`)).body.cooperatives.map((c: any) => c.handle)
    const products = (await store(`/store/products?limit=500&fields=handle`)).body.products.map((p: any) => p.handle)
    for (const s of stories) {
      expect(coops, s.slug).toContain(s.cooperative)
      for (const p of s.products ?? []) expect(products, `${s.slug}: ${p}`).toContain(p)
    }
    for (const e of events) for (const c of e.cooperatives ?? []) expect(coops, e.name).toContain(c)
  })
})

describe("story pages", () => {
  it("list the published stories newest first and never a draft", async () => {
    const { status, html } = await page("/cau-chuyen")
    expect(status).toBe(200)
    const order = [...html.matchAll(/href="\/cau-chuyen\/([a-z0-9-]+)"/g)].map((m) => m[1]).filter((s, i, a) => a.indexOf(s) === i && stories.some((x) => x.slug === s))
    const expected = [...published].sort((a, b) => String(b.publishedOn).localeCompare(String(a.publishedOn))).map((s) => s.slug)
    expect(order).toEqual(expected)
    for (const draft of stories.filter((s) => s.draft)) {
      expect(html).not.toContain(`/cau-chuyen/${draft.slug}"`)
      expect((await page(`/cau-chuyen/${draft.slug}`)).status).toBe(404)
    }
  })

  it("filter by topic and by area", async () => {
    const tagged = await page("/cau-chuyen")
    const topicLink = /href="(\/cau-chuyen\/chu-de\/[a-z0-9-]+)"/.exec(tagged.html)![1]
    const topic = await page(topicLink)
    expect(topic.status).toBe(200)
    const areaLink = /href="(\/cau-chuyen\/khu-vuc\/[a-z0-9-]+)"/.exec(tagged.html)![1]
    expect((await page(areaLink)).status).toBe(200)
  })

  it("link to the cooperative and its products, carry Article JSON-LD and a 1200×630 share image, and ship no script but the share button's, the cart badge's and the search box's", async () => {
    const s = published.find((x) => (x.products ?? []).length > 0)!
    const { status, html } = await page(`/cau-chuyen/${s.slug}`)
    expect(status).toBe(200)
    expect(html).toContain(`href="/hop-tac-xa/${s.cooperative}"`)
    for (const p of s.products) expect(html).toContain(`href="/san-pham/${p}"`)
    const article = jsonLd(html).find((d) => d["@type"] === "Article")
    expect(article.headline).toBe(s.title)
    expect(article.datePublished).toBe(String(s.publishedOn).slice(0, 10))
    const scripts = [...html.matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)]
    // every page has the cart badge/drawer script (it reads a count-only cookie, so prerendered pages show it too)
    // and the header search box's suggestions
    expect(scripts).toHaveLength(3)
    expect(scripts.filter((s) => s[1].includes("data-share"))).toHaveLength(1)
    expect(scripts.filter((s) => s[1].includes("[data-cart-link]"))).toHaveLength(1)
    expect(scripts.filter((s) => s[1].includes("[data-search-box]"))).toHaveLength(1)
    expect(html).toMatch(/<source srcset="[^"]* 360w[^"]*" type="image\/avif"/)
    const image = meta(html, "og:image")!
    const res = await fetch(image.replace(/^https?:\/\/[^/]+/, stack().storefrontUrl))
    expect(res.headers.get("content-type")).toBe("image/jpeg")
    const m = await sharp(Buffer.from(await res.arrayBuffer())).metadata()
    expect([m.width, m.height]).toEqual([1200, 630])
  })

  it("appear on the cooperative's page and on its product's page", async () => {
    const s = published.find((x) => (x.products ?? []).length > 0)!
    expect((await page(`/hop-tac-xa/${s.cooperative}`)).html).toContain(`href="/cau-chuyen/${s.slug}"`)
    expect((await page(`/san-pham/${s.products[0]}`)).html).toContain(`href="/cau-chuyen/${s.slug}"`)
  })
})

describe("structured data and share images on catalog pages", () => {
  it("describe a product as a Product with Offers in VND and share it with a 1200×630 image", async () => {
    const p = DEMO_PRODUCTS.find((x) => x.status === "published" && DEMO_COOPERATIVES.find((c) => c.handle === x.cooperative_handle)!.status === "active")!
    const { html } = await page(`/san-pham/${p.handle}`)
    const product = jsonLd(html).find((d) => d["@type"] === "Product")
    expect(product.name).toBe(p.title)
    expect(product.offers.map((o: any) => [o.priceCurrency, o.price])).toEqual(p.variants.map((v) => ["VND", v.price]))
    const image = meta(html, "og:image")!
    expect(meta(html, "twitter:card")).toBe("summary_large_image")
    const res = await fetch(image.replace(/^https?:\/\/[^/]+/, stack().storefrontUrl))
    const m = await sharp(Buffer.from(await res.arrayBuffer())).metadata()
    expect([m.format, m.width, m.height]).toEqual(["jpeg", 1200, 630])
  })

  it("describe a cooperative as an Organization with its address, and share it with a 1200×630 image", async () => {
    const c = DEMO_COOPERATIVES.find((x) => x.status === "active")!
    const { html } = await page(`/hop-tac-xa/${c.handle}`)
    const org = jsonLd(html).find((d) => d["@type"] === "Organization" && d.name === c.name)
    expect(org.address.addressLocality).toBe(c.ward_name)
    expect(org.address.addressRegion).toBe("Khánh Hòa")
    const res = await fetch(meta(html, "og:image")!.replace(/^https?:\/\/[^/]+/, stack().storefrontUrl))
    const m = await sharp(Buffer.from(await res.arrayBuffer())).metadata()
    expect([m.width, m.height]).toEqual([1200, 630])
  })

  it("offer a Zalo chat link to the cooperative", async () => {
    const c = DEMO_COOPERATIVES.find((x) => x.status === "active" && x.zalo_phone)!
    expect((await page(`/hop-tac-xa/${c.handle}`)).html).toContain(`href="https://zalo.me/${c.zalo_phone}"`)
  })
})

describe("events and information pages", () => {
  it("list upcoming and past events with Event JSON-LD for the upcoming ones", async () => {
    const { status, html } = await page("/su-kien")
    expect(status).toBe(200)
    for (const e of events) expect(html).toContain(e.name)
    const today = new Date().toISOString().slice(0, 10)
    const upcoming = events.filter((e) => String(e.endsOn).slice(0, 10) >= today)
    expect(jsonLd(html).filter((d) => d["@type"] === "Event").map((d) => d.name).sort()).toEqual(upcoming.map((e) => e.name).sort())
  })

  it("serve every information page at a readable URL in both languages", async () => {
    for (const lang of ["vi", "en"]) {
      for (const f of fs.readdirSync(`content/pages/${lang}`)) {
        const p = frontMatter(path.join(`content/pages/${lang}`, f))
        const { status, html } = await page(lang === "vi" ? `/${p.slug}` : `/en/${p.slug}`)
        expect(status, p.slug).toBe(200)
        expect(html).toContain(`<html lang="${lang}"`)
        expect(html).toContain(p.title.replace(/&/g, "&amp;"))
      }
    }
  })
})

describe("findability", () => {
  it("publishes a sitemap with products, cooperatives, stories and their English versions, and robots.txt pointing at it", async () => {
    const { status, html: xml } = await page("/sitemap.xml")
    expect(status).toBe(200)
    const p = DEMO_PRODUCTS.find((x) => x.status === "published")!
    expect(xml).toMatch(new RegExp(`<loc>[^<]+/san-pham/${p.handle}</loc>`))
    expect(xml).toMatch(new RegExp(`<loc>[^<]+/en/products/${p.handle}</loc>`))
    expect(xml).toMatch(new RegExp(`/cau-chuyen/${published[0].slug}</loc>`))
    expect(xml).not.toContain("/og/")
    const robots = await page("/robots.txt")
    expect(robots.html).toMatch(/Sitemap: \S+\/sitemap\.xml/)
  })

  it("gives every page a canonical URL and hreflang alternates", async () => {
    const { html } = await page("/hop-tac-xa")
    expect(html).toMatch(/<link rel="canonical" href="[^"]+\/hop-tac-xa"/)
    expect(html).toMatch(/<link rel="alternate" hreflang="en" href="[^"]+\/en\/cooperatives"/)
  })
})

describe("English", () => {
  it("serves the interface in English under /en and links back to the same page in Vietnamese", async () => {
    const p = DEMO_PRODUCTS.find((x) => x.status === "published")!
    const { status, html } = await page(`/en/products/${p.handle}`)
    expect(status).toBe(200)
    expect(html).toContain('<html lang="en"')
    expect(html).toContain(`href="/san-pham/${p.handle}"`)
    expect((await page("/en/products/khong-co")).status).toBe(404)
    expect((await page(`/en/stories/${published[0].slug}`)).status).toBe(200)
  })
})
