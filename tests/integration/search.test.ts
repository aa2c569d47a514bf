/**
 * Product search contract: the same behaviour whichever engine serves the index. It runs against the
 * engine the test stack is configured with — Medusa's PostgreSQL provider with our Vietnamese
 * configuration by default (and in CI), Meilisearch when MEILISEARCH_HOST is set for `npm test`.
 * Everything goes through the store API, as the storefront does.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { adminLogin, createStockedProduct } from "../../scripts/lib/checkout.ts"
import { admin, stack, store } from "../support/api"

const ENGINE = process.env.MEILISEARCH_HOST ? "Meilisearch" : "PostgreSQL"

interface Hit {
  id: string
  handle: string
  title: string
  price: number | null
  ocop_stars: number | null
  in_stock: boolean
  cooperative_handle: string | null
  created_at: string | null
}
interface Result {
  query: string
  approximate: boolean
  count: number
  pages: number
  hits: Hit[]
  facets: Record<"category" | "cooperative" | "area" | "stars" | "in_stock", { value: string; count: number }[]>
}

async function search(params: Record<string, string | string[]> = {}): Promise<Result> {
  const qs = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) for (const v of [value].flat()) qs.append(key, v)
  const { status, body } = await store<Result>(`/store/product-search?${qs}`)
  expect(status, JSON.stringify(body)).toBe(200)
  return body
}

/** Every hit of a search, across pages. */
async function allIds(params: Record<string, string | string[]> = {}): Promise<string[]> {
  const first = await search({ ...params, limit: "48" })
  const ids = first.hits.map((h) => h.id)
  for (let page = 2; page <= first.pages; page++) ids.push(...(await search({ ...params, limit: "48", page: String(page) })).hits.map((h) => h.id))
  return ids
}

const sorted = (ids: string[]) => [...ids].sort()

/** Polls until the index shows a change (events are applied asynchronously, within seconds). */
async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check()) return
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`search index did not show: ${what} (waited ${timeoutMs / 1000} s)`)
}

describe(`product search contract (${ENGINE})`, () => {
  it("ignores tones: nuoc mam ≡ nước mắm, dac san ≡ đặc sản, gom ≡ gốm", async () => {
    for (const [plain, toned, word] of [
      ["nuoc mam", "nước mắm", "nước mắm"],
      ["dac san", "đặc sản", null],
      ["gom", "gốm", "gốm"],
    ] as const) {
      const withTones = await allIds({ q: toned })
      expect(withTones.length, toned).toBeGreaterThan(0)
      expect(sorted(await allIds({ q: plain })), `${plain} ≡ ${toned}`).toEqual(sorted(withTones))
      if (word) expect((await search({ q: plain })).hits[0].title.toLocaleLowerCase("vi")).toContain(word)
    }
  })

  it("treats a query typed in NFD like the same query in NFC", async () => {
    const nfc = "nước mắm".normalize("NFC")
    const nfd = "nước mắm".normalize("NFD")
    expect(nfd).not.toBe(nfc)
    expect(sorted(await allIds({ q: nfd }))).toEqual(sorted(await allIds({ q: nfc })))
  })

  it("still finds the product when a word has a one-letter typo", async () => {
    for (const [typo, expected] of [
      ["nuoc mamm", "nước mắm"],
      ["nước mằm", "nước mắm"],
      ["thổ cẩmm", "thổ cẩm"],
    ]) {
      const result = await search({ q: typo })
      expect(result.count, typo).toBeGreaterThan(0)
      expect(result.hits[0].title.toLocaleLowerCase("vi"), typo).toContain(expected)
    }
  })

  it("facet counts match the filtered results", async () => {
    const all = await search()
    for (const facet of ["category", "cooperative", "area", "stars", "in_stock"] as const) {
      expect(all.facets[facet].length, facet).toBeGreaterThan(0)
      for (const { value, count } of all.facets[facet]) {
        const param = facet === "in_stock" ? (value === "true" ? "1" : null) : value
        if (param === null) continue
        expect((await search({ [facet]: param })).count, `${facet}=${value}`).toBe(count)
      }
    }
    // with a query too
    const fish = await search({ q: "nuoc mam" })
    for (const { value, count } of fish.facets.stars) expect((await search({ q: "nuoc mam", stars: value })).count).toBe(count)
  })

  it("combines filters with AND across facets and OR within one", async () => {
    const { facets } = await search()
    const [a, b] = facets.category
    const idsA = await allIds({ category: a.value })
    const idsB = await allIds({ category: b.value })
    expect(sorted(await allIds({ category: [a.value, b.value] }))).toEqual(sorted([...new Set([...idsA, ...idsB])]))

    const star = facets.stars[0].value
    const idsStar = await allIds({ stars: star })
    const both = await allIds({ category: a.value, stars: star })
    expect(sorted(both)).toEqual(sorted(idsA.filter((id) => idsStar.includes(id))))
  })

  it("orders by every sort correctly", async () => {
    const byPrice = (await search({ sort: "price_asc", limit: "48" })).hits.map((h) => h.price ?? Infinity)
    expect(byPrice).toEqual([...byPrice].sort((x, y) => x - y))
    const byPriceDesc = (await search({ sort: "price_desc", limit: "48" })).hits.map((h) => h.price).filter((p): p is number => p !== null)
    expect(byPriceDesc).toEqual([...byPriceDesc].sort((x, y) => y - x))
    const newest = (await search({ sort: "newest", limit: "48" })).hits.map((h) => Date.parse(h.created_at!))
    expect(newest).toEqual([...newest].sort((x, y) => y - x))
    const stars = (await search({ sort: "ocop", limit: "48" })).hits.map((h) => h.ocop_stars ?? 0)
    expect(stars).toEqual([...stars].sort((x, y) => y - x))
    expect(stars[0]).toBe(5)
    // relevance: the words in the title come first
    const relevant = await search({ q: "gốm", sort: "relevance" })
    expect(relevant.hits[0].title.toLocaleLowerCase("vi")).toContain("gốm")
    // filtered sorts keep their order within the filter
    const fishByPrice = (await search({ q: "nước mắm", sort: "price_asc" })).hits.map((h) => h.price ?? Infinity)
    expect(fishByPrice).toEqual([...fishByPrice].sort((x, y) => x - y))
  })

  it("answers odd and hostile input normally, never with a server error", async () => {
    const odd = [
      {},
      { q: "" },
      { q: "x".repeat(1000) },
      { q: "🐟🦐🍚" },
      { q: "nước mắm 🐟" },
      { q: "'; DROP TABLE product; --" },
      { q: '" OR 1=1 --' },
      { q: "\u0000\u0007" },
      { q: "a & b | !c:* <-> (d)" },
      { category: 'x" OR id EXISTS OR "' },
      { area: "') OR ('1'='1" },
      { cooperative: "khong-ton-tai" },
      { stars: ["7", "abc", "-1"] },
      { in_stock: "maybe" },
      { sort: "price; DROP" },
      { page: "999999" },
      { page: "-5", limit: "-1" },
      { limit: "100000" },
    ]
    for (const params of odd) {
      const result = await search(params as Record<string, string>)
      expect(Array.isArray(result.hits), JSON.stringify(params)).toBe(true)
      expect(typeof result.count).toBe("number")
    }
    expect((await search({ category: 'x" OR id EXISTS OR "' })).count).toBe(0)
    expect((await search({ cooperative: "khong-ton-tai" })).count).toBe(0)
  })
})

describe(`the index follows catalog changes (${ENGINE})`, () => {
  const created: string[] = []
  let product: { productId: string; inventoryItemId: string; locationId: string }
  const word = `thunghiem${Date.now().toString(36)}`

  beforeAll(async () => {
    product = await createStockedProduct(await adminLogin(stack().medusaUrl), {
      title: `Bánh tráng ${word}`,
      handle: `banh-trang-${word}`,
      stock: 3,
      price: 45_000,
    })
    created.push(product.productId)
  })

  afterAll(async () => {
    for (const id of created) await admin(`/admin/products/${id}`, { method: "DELETE" })
  })

  /** The product among exact matches (a near match on the old title is not "still there"). */
  const find = async (q: string) => {
    const result = await search({ q })
    return result.approximate ? undefined : result.hits.find((h) => h.id === product.productId)
  }

  it("a new product, an edit, a stock-out, unpublishing and deleting show in results within seconds", async () => {
    await eventually(async () => !!(await find(word)), "the new product")
    expect((await find(word))!.price).toBe(45_000)

    const renamed = `renamed${word}`
    expect((await admin(`/admin/products/${product.productId}`, { method: "POST", body: JSON.stringify({ title: `Bánh tráng ${renamed}` }) })).status).toBe(200)
    // (the old word stays findable through the unchanged SKU, so the check is on the title shown)
    await eventually(async () => (await find(renamed))?.title === `Bánh tráng ${renamed}`, "the new title")

    const level = await admin(`/admin/inventory-items/${product.inventoryItemId}/location-levels/${product.locationId}`, {
      method: "POST",
      body: JSON.stringify({ stocked_quantity: 0 }),
    })
    expect(level.status, JSON.stringify(level.body)).toBe(200)
    await eventually(async () => (await find(renamed))?.in_stock === false, "out of stock")

    expect((await admin(`/admin/products/${product.productId}`, { method: "POST", body: JSON.stringify({ status: "draft" }) })).status).toBe(200)
    await eventually(async () => !(await find(renamed)), "unpublished product gone")

    expect((await admin(`/admin/products/${product.productId}`, { method: "POST", body: JSON.stringify({ status: "published" }) })).status).toBe(200)
    await eventually(async () => !!(await find(renamed)), "published again")

    expect((await admin(`/admin/products/${product.productId}`, { method: "DELETE" })).status).toBe(200)
    created.length = 0
    await eventually(async () => !(await find(renamed)), "deleted product gone")
  })

  it("a suspended cooperative's products leave the results, and come back when it is active again", async () => {
    const { facets } = await search()
    const smallest = [...facets.cooperative].sort((a, b) => a.count - b.count)[0]
    const { body } = await admin(`/admin/cooperatives?limit=100`)
    const cooperative = body.cooperatives.find((c: { handle: string }) => c.handle === smallest.value)
    const setStatus = (status: string) =>
      admin(`/admin/cooperatives/${cooperative.id}/status`, { method: "POST", body: JSON.stringify({ status }) })
    try {
      expect((await setStatus("suspended")).status).toBe(200)
      await eventually(async () => (await search({ cooperative: smallest.value })).count === 0, "suspended cooperative's products gone")
    } finally {
      expect((await setStatus("active")).status).toBe(200)
    }
    await eventually(async () => (await search({ cooperative: smallest.value })).count === smallest.count, "products back")
  })
})

describe("product search contract (Meilisearch)", () => {
  it.runIf(!process.env.MEILISEARCH_HOST)("runs when MEILISEARCH_HOST is set", (ctx) => {
    ctx.skip(
      "SKIPPED: no Meilisearch server is reachable on this machine (MEILISEARCH_HOST is not set; no Meilisearch binary is obtainable here). " +
        "Run `MEILISEARCH_HOST=http://127.0.0.1:7700 npm test` with a server to run the contract above against it; the provider's settings and filter translation are unit-tested (tests/unit/meilisearch-provider.test.ts)."
    )
  })
})
