/**
 * Security headers on every kind of answer — storefront pages (on demand and prerendered), the portal,
 * built assets, Medusa's store API, Admin and uploaded files — and the storefront's refusal of
 * state-changing requests sent from other websites, JSON included.
 */
import fs from "node:fs"
import { describe, expect, it } from "vitest"
import { DEMO_PRODUCTS } from "../../commerce/src/scripts/demo-catalog/products"
import { stack } from "../support/api"

const head = async (url: string, init: RequestInit = {}) => {
  const res = await fetch(url, { redirect: "manual", ...init })
  await res.body?.cancel()
  return res
}

function expectCommonHeaders(res: Response, what: string) {
  expect(res.headers.get("x-content-type-options"), what).toBe("nosniff")
  expect(res.headers.get("x-frame-options"), what).toBe("DENY")
  expect(res.headers.get("referrer-policy"), what).toBe("strict-origin-when-cross-origin")
  expect(res.headers.get("x-powered-by"), what).toBeNull()
  expect(res.headers.get("content-security-policy"), what).toMatch(/frame-ancestors 'none'/)
}

/** A page's policy: its own scripts by hash only — no 'unsafe-inline', no 'unsafe-eval' for scripts. */
function expectPagePolicy(res: Response, what: string) {
  const csp = res.headers.get("content-security-policy") ?? ""
  const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? ""
  expect(scriptSrc, what).toContain("'self'")
  expect(scriptSrc, what).not.toMatch(/unsafe-inline|unsafe-eval|\*/)
  expect(csp, what).toMatch(/object-src 'none'/)
  expect(csp, what).toMatch(/base-uri 'self'/)
  return csp
}

describe("storefront security headers", () => {
  const product = DEMO_PRODUCTS.find((p) => p.status === "published")!

  it("are on on-demand pages, the portal and API routes", async () => {
    const { storefrontUrl } = stack()
    for (const path of ["/", `/san-pham/${product.handle}`, "/kenh-htx/dang-nhap", "/tim-kiem?q=gom", "/en"]) {
      const res = await head(`${storefrontUrl}${path}`)
      expect(res.status, path).toBe(200)
      expectCommonHeaders(res, path)
      expectPagePolicy(res, path)
    }
    const api = await head(`${storefrontUrl}/api/search/suggest?q=gom`)
    expectCommonHeaders(api, "suggest API")
  })

  it("are on prerendered pages (a story) and built assets", async () => {
    const { storefrontUrl } = stack()
    const list = await (await fetch(`${storefrontUrl}/cau-chuyen`)).text()
    const slug = /href="\/cau-chuyen\/([a-z0-9-]+)"/.exec(list)![1]
    const res = await head(`${storefrontUrl}/cau-chuyen/${slug}`)
    expect(res.status).toBe(200)
    expectCommonHeaders(res, "story")
    expectPagePolicy(res, "story")
    const html = await (await fetch(`${storefrontUrl}/`)).text()
    const asset = /(?:href|src)="(\/_astro\/[^"]+)"/.exec(html)?.[1]
    if (asset) expectCommonHeaders(await head(`${storefrontUrl}${asset}`), asset)
    const robots = await head(`${storefrontUrl}/robots.txt`)
    expectCommonHeaders(robots, "robots.txt")
  })

  it("name Stripe's origins only on the checkout with the card option", async () => {
    const { storefrontUrl } = stack()
    const productPage = await head(`${storefrontUrl}/san-pham/${product.handle}`)
    expect(productPage.headers.get("content-security-policy")).not.toContain("stripe.com")
  })
})

describe("the storefront refuses state-changing requests from other websites", () => {
  const variant = () => DEMO_PRODUCTS.find((p) => p.status === "published")!
  it("JSON with a foreign Origin gets 403 and a Vietnamese message; the same request from the shop itself works", async () => {
    const { storefrontUrl } = stack()
    const { medusaUrl, publishableKey } = stack()
    const found = await (await fetch(`${medusaUrl}/store/products?handle=${variant().handle}&fields=variants.id`, { headers: { "x-publishable-api-key": publishableKey } })).json()
    const variantId = found.products[0].variants[0].id as string
    const body = JSON.stringify({ variant_id: variantId, quantity: 1 })
    const foreign = await fetch(`${storefrontUrl}/api/cart/items`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json", origin: "https://ke-gian.example" },
      body,
    })
    expect(foreign.status).toBe(403)
    expect(await foreign.json()).toEqual({ type: "forbidden", message: "Yêu cầu gửi từ trang web khác bị từ chối.", message_en: "Requests sent from another website are refused." })
    expect(foreign.headers.get("set-cookie")).toBeNull()

    const crossSite = await fetch(`${storefrontUrl}/api/cart/items`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json", "sec-fetch-site": "cross-site" },
      body,
    })
    expect(crossSite.status).toBe(403)

    const own = await fetch(`${storefrontUrl}/api/cart/items`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json", origin: storefrontUrl },
      body,
    })
    expect(own.status).toBe(200)
  })
})

describe("Medusa security headers", () => {
  it("are on the store API, Admin and uploaded files, without X-Powered-By", async () => {
    const { medusaUrl, publishableKey, uploadDir } = stack()
    const api = await head(`${medusaUrl}/store/products?limit=1`, { headers: { "x-publishable-api-key": publishableKey } })
    expect(api.status).toBe(200)
    expectCommonHeaders(api, "store API")
    expect(api.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'")

    const app = await head(`${medusaUrl}/app`)
    expect(app.status).toBe(200)
    expectCommonHeaders(app, "Admin")
    expect(app.headers.get("content-security-policy")).toMatch(/script-src 'self';/)

    const file = fs.readdirSync(uploadDir).find((f) => /\.(jpe?g|png|webp|avif)$/i.test(f))
    expect(file, "an uploaded demo photo").toBeDefined()
    const upload = await head(`${medusaUrl}/static/${file}`)
    expect(upload.status).toBe(200)
    expectCommonHeaders(upload, "/static")
    expect(upload.headers.get("content-security-policy")).toMatch(/sandbox/)

    const notFound = await head(`${medusaUrl}/store/no-such-route`)
    expectCommonHeaders(notFound, "404")
  })
})
