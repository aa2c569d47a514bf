/**
 * English product, category and cooperative texts through Medusa's Translation Module: the store API answers
 * `?locale=en-US` with them, the /en pages show them, the Vietnamese pages stay as they were, and a text without
 * an English version is shown in Vietnamese marked lang="vi".
 */
import { describe, expect, it } from "vitest"
import { DEMO_CATEGORIES } from "../../commerce/src/scripts/demo-catalog/categories"
import { DEMO_COOPERATIVES } from "../../commerce/src/scripts/demo-catalog/cooperatives"
import { DEMO_PRODUCTS } from "../../commerce/src/scripts/demo-catalog/products"
import english from "../../commerce/src/scripts/demo-catalog/translations-en.json"
import { foldVietnamese } from "../../commerce/src/lib/vietnamese-text"
import { admin, page, store } from "../support/api"
import { portal, portalBrowser, signIn, STAFF_B } from "../support/orders"

const active = new Set(DEMO_COOPERATIVES.filter((c) => c.status === "active").map((c) => c.handle))
const publicProducts = DEMO_PRODUCTS.filter((p) => p.status === "published" && active.has(p.cooperative_handle))
const product = publicProducts.find((p) => p.variants.length > 1)!
const en = (english.products as Record<string, { title: string; subtitle: string; description: string }>)[product.handle]
const decode = (html: string) => html.replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">")
const text = (html: string) =>
  decode(html.replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>/g, "").replace(/<[^>]+>/g, " ")).replace(/[ \t\r\n]+/g, " ")
const h1 = (html: string) => /<h1([^>]*)>([\s\S]*?)<\/h1>/.exec(html)!

describe("English product texts (Translation Module, en-US)", () => {
  it("are what the store API answers with ?locale=en-US, and only then", async () => {
    const fields = "title,description,variants.title,*categories"
    const { body: plain } = await store(`/store/products?handle=${product.handle}&fields=${fields}`)
    const { body: inEnglish } = await store(`/store/products?handle=${product.handle}&fields=${fields}&locale=en-US`)
    expect(plain.products[0].title).toBe(product.title)
    expect(inEnglish.products[0].title).toBe(en.title)
    expect(inEnglish.products[0].description).toBe(en.description)
    expect(inEnglish.products[0].variants.map((v: { title: string }) => v.title).sort()).toEqual(
      product.variants.map((v) => (english.variants as Record<string, string>)[v.title]).sort()
    )
    expect(inEnglish.products[0].categories[0].name).toBe((english.categories as Record<string, { name: string }>)[product.category].name)
  })

  it("find the product on the English search page, by English words, and show its English title there", async () => {
    // English words of the title that the Vietnamese texts do not have (place names are in both)
    const vietnamese = foldVietnamese(`${product.title} ${product.description ?? ""}`)
    const words = en.title.split(/\s+/).filter((w) => /^[a-z]{3,}$/i.test(w) && !vietnamese.includes(w.toLowerCase()))
    expect(words.length).toBeGreaterThan(1)
    const { status, html } = await page(`/en/search?q=${encodeURIComponent(words.join(" "))}`)
    expect(status).toBe(200)
    // (the words found are highlighted with <mark>)
    expect(decode(html).replace(/<\/?mark[^>]*>/g, "")).toContain(`>${en.title}<`)
  })

  it("show on the English product page, in English; the Vietnamese page is unchanged", async () => {
    const { status, html } = await page(`/en/products/${product.handle}`)
    expect(status).toBe(200)
    const [, h1Attributes, title] = h1(html)
    expect(decode(title)).toBe(en.title)
    expect(h1Attributes).not.toContain('lang="vi"')
    const body = text(html)
    expect(body).toContain(en.description)
    expect(body).toContain(en.subtitle)
    for (const v of product.variants) expect(body).toContain((english.variants as Record<string, string>)[v.title])
    // none of the product's own texts is left in Vietnamese (the maker's name is, as a proper name, marked lang="vi")
    const description = html.slice(html.indexOf('id="description-title"'), html.indexOf("</section>", html.indexOf('id="description-title"')))
    expect(description).toContain(en.description.split(" ")[0])
    expect(description).not.toContain('lang="vi"')
    expect(html).not.toMatch(/class="(summary__subtitle|variant__title)"[^>]*lang="vi"/)
    expect(html).toMatch(/class="summary__maker"[\s\S]{0,200}lang="vi"/)

    const vietnamese = await page(`/san-pham/${product.handle}`)
    expect(decode(h1(vietnamese.html)[2])).toBe(product.title)
    expect(text(vietnamese.html)).toContain(product.description)
    expect(vietnamese.html).not.toContain(en.title)
  })

  it("give the English list, category and cooperative pages their English names and profile", async () => {
    const category = (english.categories as Record<string, { name: string }>)[product.category]
    const list = await page(`/en/products?danh-muc=${product.category}`)
    expect(decode(h1(list.html)[2])).toBe(category.name)
    // the cards come from the Vietnamese search index; their titles are the English ones
    const inCategory = publicProducts.filter((p) => p.category === product.category)
    for (const p of inCategory) expect(decode(list.html)).toContain(`>${(english.products as Record<string, { title: string }>)[p.handle].title}<`)
    expect(Object.keys(DEMO_CATEGORIES)).toContain(product.category)

    const maker = DEMO_COOPERATIVES.find((c) => c.handle === product.cooperative_handle)!
    const profile = await page(`/en/cooperatives/${maker.handle}`)
    expect(text(profile.html)).toContain((english.cooperatives as Record<string, string>)[maker.handle])
    expect(text((await page(`/hop-tac-xa/${maker.handle}`)).html)).toContain(maker.description!)
  })

  it("falls back to the Vietnamese text marked lang=\"vi\" where a product has no English, and shows English again once Admin adds it", async () => {
    const { body } = await admin(`/admin/products?handle=${product.handle}&fields=id`)
    const productId = body.products[0].id
    const found = await admin(`/admin/translations?reference_id=${productId}&locale_code=en-US`)
    expect(found.status).toBe(200)
    const translation = found.body.translations[0]
    expect(translation.translations.title).toBe(en.title)
    expect((await admin("/admin/translations/batch", { method: "POST", body: JSON.stringify({ delete: [translation.id] }) })).status).toBe(200)
    try {
      // the storefront caches catalog reads for a few seconds
      await new Promise((r) => setTimeout(r, 5500))
      const { html } = await page(`/en/products/${product.handle}`)
      const [, attributes, title] = h1(html)
      expect(decode(title)).toBe(product.title)
      expect(attributes).toContain('lang="vi"')
      expect(html).toMatch(/<p[^>]*lang="vi"[^>]*>[^<]*<\/p>/)
      // the variant names keep their own English
      expect(text(html)).toContain((english.variants as Record<string, string>)[product.variants[0].title])
    } finally {
      const created = await admin("/admin/translations/batch", {
        method: "POST",
        body: JSON.stringify({ create: [{ reference: "product", reference_id: productId, locale_code: "en-US", translations: translation.translations }] }),
      })
      expect(created.status).toBe(200)
    }
    await new Promise((r) => setTimeout(r, 5500))
    expect(decode(h1((await page(`/en/products/${product.handle}`)).html)[2])).toBe(en.title)
  })

  it("lets a cooperative write its product's English title and description in the portal, and clear them again", async () => {
    const own = publicProducts.find((p) => p.cooperative_handle === STAFF_B.cooperative_handle && p.handle !== product.handle && p.subtitle)!
    const { body } = await admin(`/admin/products?handle=${own.handle}&fields=id`)
    const id = body.products[0].id
    // through the portal's own form, as a staff member without JavaScript submits it
    const staff = await portalBrowser(STAFF_B)
    const form = await staff.request(`/kenh-htx/san-pham/${id}`)
    const html = await form.text()
    expect(html).toContain('name="english_title"')
    const field = (name: string) => decode(new RegExp(`name="${name}"[^>]*value="([^"]*)"`).exec(html)?.[1] ?? "")
    const variantFields = (name: string) => [...html.matchAll(new RegExp(`name="${name}"[^>]*value="([^"]*)"`, "g"))].map((m) => decode(m[1]))
    expect(variantFields("variant_id")).toHaveLength(own.variants.length)
    const saved = await staff.request(`/kenh-htx/san-pham/${id}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams([
        ["action", "save"],
        ["status", "published"],
        ["title", own.title],
        ["description", own.description ?? ""],
        ["english_title", "Portal-written English title"],
        ["english_description", "Written in English by the cooperative in its portal."],
        ...variantFields("variant_id").flatMap((variantId, i) => [
          ["variant_id", variantId],
          ["variant_title", variantFields("variant_title")[i]],
          ["variant_price", variantFields("variant_price")[i]],
          ["variant_stock", variantFields("variant_stock")[i]],
        ]),
        ["origin_ward_code", field("origin_ward_code")],
        ["certifications", field("certifications")],
        ["shelf_life_days", field("shelf_life_days")],
      ]).toString(),
    })
    expect(saved.status).toBe(303)
    await signIn(STAFF_B)
    expect((await portal(STAFF_B, `/products/${id}`)).body.product.english).toEqual({ title: "Portal-written English title", description: "Written in English by the cooperative in its portal." })
    await new Promise((r) => setTimeout(r, 5500))
    const englishPage = await page(`/en/products/${own.handle}`)
    expect(decode(h1(englishPage.html)[2])).toBe("Portal-written English title")
    expect(text(englishPage.html)).toContain("Written in English by the cooperative in its portal.")
    expect(decode(h1((await page(`/san-pham/${own.handle}`)).html)[2])).toBe(own.title)

    // empty fields clear the English again; the demo subtitle's English (from the seed) stays
    const cleared = await portal(STAFF_B, `/products/${id}`, { english: { title: "", description: null } })
    expect(cleared.status).toBe(200)
    expect(cleared.body.product.english).toEqual({ title: null, description: null })
    const { body: left } = await admin(`/admin/translations?reference_id=${id}&locale_code=en-US`)
    expect(left.translations[0].translations).toMatchObject({ subtitle: (english.products as Record<string, { subtitle: string }>)[own.handle].subtitle, title: "", description: "" })
    await new Promise((r) => setTimeout(r, 5500))
    const [, attributes, title] = h1((await page(`/en/products/${own.handle}`)).html)
    expect(decode(title)).toBe(own.title)
    expect(attributes).toContain('lang="vi"')
    // and another cooperative's product is refused
    const foreign = publicProducts.find((p) => p.cooperative_handle !== STAFF_B.cooperative_handle)!
    const foreignId = (await admin(`/admin/products?handle=${foreign.handle}&fields=id`)).body.products[0].id
    expect((await portal(STAFF_B, `/products/${foreignId}`, { english: { title: "x" } })).status).toBe(404)
  })
})
