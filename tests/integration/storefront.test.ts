import { describe, expect, it } from "vitest"
import { DEMO_CATEGORIES } from "../../commerce/src/scripts/demo-catalog/categories"
import { DEMO_COOPERATIVES } from "../../commerce/src/scripts/demo-catalog/cooperatives"
import { DEMO_PRODUCTS } from "../../commerce/src/scripts/demo-catalog/products"
import { DEMO_COOPERATIVE_PASSWORD, DEMO_COOPERATIVE_STAFF } from "../../commerce/src/scripts/demo-catalog/staff"
import { admin, page, store } from "../support/api"
import { Shopper } from "../support/shopper"

const active = new Set(DEMO_COOPERATIVES.filter((c) => c.status === "active").map((c) => c.handle))
const publicProducts = DEMO_PRODUCTS.filter((p) => p.status === "published" && active.has(p.cooperative_handle))
const text = (html: string) => html.replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>/g, "").replace(/<[^>]+>/g, " ").replace(/[ \t\r\n]+/g, " ")
const prices = (html: string) =>
  [...html.matchAll(/class="product-card__price"[^>]*>(?:Từ )?([\d.]+)\u00a0₫/g)].map((m) => Number(m[1].replaceAll(".", "")))

describe("storefront pages", () => {
  it("serve the home page in Vietnamese on the first visit, without a redirect, and say the data is a demo", async () => {
    const { status, html, headers } = await page("/")
    expect(status).toBe(200)
    expect(headers.get("location")).toBeNull()
    expect(html).toContain('<html lang="vi"')
    expect(text(html)).toContain("hư cấu")
    expect(prices(html).length).toBeGreaterThan(0)
  })

  it("list products of one category only, with the category's count", async () => {
    const handle = Object.keys(DEMO_CATEGORIES)[0]
    const expected = publicProducts.filter((p) => p.category === handle)
    const { status, html } = await page(`/san-pham?danh-muc=${handle}`)
    expect(status).toBe(200)
    expect(text(html)).toContain(`${expected.length} sản phẩm`)
    for (const p of expected) expect(html).toContain(`/san-pham/${p.handle}"`)
    const other = publicProducts.find((p) => p.category !== handle)!
    expect(html).not.toContain(`/san-pham/${other.handle}"`)
  })

  it("sort by price both ways across pages", async () => {
    const asc = prices((await page(`/san-pham?sap-xep=price_asc`)).html)
    expect(asc.length).toBe(24)
    expect([...asc].sort((a, b) => a - b)).toEqual(asc)
    const desc = prices((await page(`/san-pham?sap-xep=price_desc`)).html)
    expect([...desc].sort((a, b) => b - a)).toEqual(desc)
    expect(desc[0]).toBeGreaterThan(asc[0])
  })

  it("come from the search index for date and price order (the store's product search, page for page)", async () => {
    const cards = (html: string) => [...html.matchAll(/<a[^>]+href="\/san-pham\/([a-z0-9-]+)"/g)].map((m) => m[1]).filter((h, i, all) => all.indexOf(h) === i)
    for (const [sort, listSort] of [["price_asc", "price_asc"], ["price_desc", "price_desc"], ["newest", "newest"]]) {
      for (const pageNumber of [1, 2]) {
        const { body } = await store<{ hits: { handle: string }[] }>(`/store/product-search?sort=${sort}&limit=24&page=${pageNumber}`)
        const html = (await page(`/san-pham?sap-xep=${listSort}&trang=${pageNumber}`)).html
        expect(cards(html), `${sort}, page ${pageNumber}`).toEqual(body.hits.map((h) => h.handle))
      }
    }
  })

  it("paginate, and answer 404 past the last page", async () => {
    const pages = Math.ceil(publicProducts.length / 24)
    const last = await page(`/san-pham?trang=${pages}`)
    expect(last.status).toBe(200)
    expect(prices(last.html).length).toBe(publicProducts.length - (pages - 1) * 24)
    expect((await page(`/san-pham?trang=${pages + 1}`)).status).toBe(404)
  })

  it("show a product with its VND price, variants, OCOP certificate and maker", async () => {
    const p = publicProducts.find((p) => p.ocop && p.variants.length > 1 && new Date(p.ocop.issued_on).getFullYear() >= 2024)!
    const { status, html } = await page(`/san-pham/${p.handle}`)
    expect(status).toBe(200)
    const body = text(html)
    expect(body).toContain(p.title)
    for (const v of p.variants) {
      expect(body).toContain(v.title)
      expect(body).toContain(`${v.price.toLocaleString("vi-VN")}\u00a0₫`)
    }
    expect(body).toContain(p.ocop!.certificate_number)
    const [y, m, d] = p.ocop!.issued_on.split("-")
    expect(body).toContain(`${d}/${m}/${y}`)
    const maker = DEMO_COOPERATIVES.find((c) => c.handle === p.cooperative_handle)!
    expect(body).toContain(maker.name)
    expect(html).toContain(`/hop-tac-xa/${maker.handle}"`)
  })

  it("mark a product whose every variant is sold out as out of stock", async () => {
    const soldOut = publicProducts.find((p) => p.variants.every((v) => v.stock === 0))!
    expect(text((await page(`/san-pham/${soldOut.handle}`)).html)).toContain("Hết hàng")
  })

  it("show a cooperative with its women-in-management figures and its products", async () => {
    const c = DEMO_COOPERATIVES.find((c) => c.status === "active")!
    const { status, html } = await page(`/hop-tac-xa/${c.handle}`)
    expect(status).toBe(200)
    const body = text(html)
    expect(body).toContain(c.name)
    expect(body).toContain(c.ward_name)
    expect(body).toContain(c.former_district)
    for (const r of c.management_roles) expect(body).toContain(r.holder_name)
    for (const p of publicProducts.filter((p) => p.cooperative_handle === c.handle)) expect(html).toContain(`/san-pham/${p.handle}"`)
  })

  it("answer unknown products, cooperatives, categories and paths with the 404 page and status 404", async () => {
    const suspended = DEMO_COOPERATIVES.find((c) => c.status === "suspended")!
    for (const path of ["/san-pham/khong-co-san-pham-nay", "/hop-tac-xa/khong-co", `/hop-tac-xa/${suspended.handle}`, "/san-pham?danh-muc=khong-co", "/trang-khong-ton-tai", "/san-pham/%3Cscript%3E"]) {
      const { status, html } = await page(path)
      expect(status, path).toBe(404)
      expect(text(html), path).toContain("Không tìm thấy")
    }
  })

  it("tolerate junk query parameters", async () => {
    for (const q of ["trang=abc", "trang=-3", "sap-xep=toString", "trang=1e9999", "danh-muc=%00"]) {
      const { status } = await page(`/san-pham?${q}`)
      expect([200, 404], q).toContain(status)
    }
  })

  it("show product text as text: a <script> in a description is not executed", async () => {
    const p = publicProducts[publicProducts.length - 1]
    const { body } = await admin(`/admin/products?handle=${p.handle}&fields=id,description`)
    const product = body.products[0]
    const attack = `Ngon <script>window.__pwned=1</script> <img src=x onerror="alert(1)"> [x](javascript:alert(1))`
    await admin(`/admin/products/${product.id}`, { method: "POST", body: JSON.stringify({ description: attack }) })
    try {
      // the storefront caches catalog reads for a few seconds
      await new Promise((r) => setTimeout(r, 5500))
      const { html } = await page(`/san-pham/${p.handle}`)
      expect(html).not.toContain("<script>window.__pwned")
      expect(html).not.toContain('<img src=x onerror')
      expect(html).toContain("&lt;script&gt;window.__pwned=1&lt;/script&gt;")
    } finally {
      await admin(`/admin/products/${product.id}`, { method: "POST", body: JSON.stringify({ description: product.description }) })
    }
  })
})

describe("cooperative portal pages: a form body that cannot be read", () => {
  it("is answered 400 with a clear message on the login, product edit and profile pages — never a 500 — and saves nothing", async () => {
    const staff = new Shopper()
    const login = await staff.request("/kenh-htx/dang-nhap", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email: DEMO_COOPERATIVE_STAFF[0].email, password: DEMO_COOPERATIVE_PASSWORD }).toString(),
    })
    expect(login.status).toBe(303)
    const productPath = /href="(\/kenh-htx\/san-pham\/prod_[A-Za-z0-9]+)"/.exec((await staff.html("/kenh-htx/san-pham")).html)![1]
    const profileBefore = (await staff.html("/kenh-htx/ho-so")).html
    const broken = [
      // an upload cut off half-way: no closing boundary
      { type: "multipart/form-data; boundary=XYZ", body: '--XYZ\r\nContent-Disposition: form-data; name="action"\r\n\r\nphoto' },
      // multipart without a boundary
      { type: "multipart/form-data", body: "action=save&phone=0900000000" },
    ]
    for (const path of ["/kenh-htx/dang-nhap", "/kenh-htx/ho-so", productPath]) {
      for (const b of broken) {
        const res = await staff.request(path, { method: "POST", headers: { "content-type": b.type }, body: b.body })
        const html = await res.text()
        expect(res.status, `${path} ${b.type}`).toBe(400)
        expect(res.headers.get("content-type")).toContain("text/html")
        expect(html).toContain("Không đọc được dữ liệu gửi lên")
        expect(html).toContain("Chưa có gì được lưu")
        expect(html).toContain("Nothing was saved")
        expect(html).not.toMatch(/\bat .+\.(m?js|ts):\d+/)
      }
    }
    // still signed in; nothing changed
    const profile = await staff.html("/kenh-htx/ho-so")
    expect(profile.status).toBe(200)
    expect(profile.html).toBe(profileBefore)
  })
})
