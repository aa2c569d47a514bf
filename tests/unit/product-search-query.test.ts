/**
 * What the store's product search makes of a query string, and what the index holds for a product.
 * Whatever a buyer types or tampers with becomes a normal query (see also the contract suite).
 */
import { describe, expect, it } from "vitest"
import { parseProductSearchParams, productSearchFilters, productSearchQuery } from "../../commerce/src/lib/search/product-search-query"
import { toProductSearchDocument } from "../../commerce/src/lib/search/product-document"
import { foldVietnamese, normalizeSearchText } from "../../commerce/src/lib/vietnamese-text"

describe("Vietnamese text for search", () => {
  it("folds tones and đ, from NFC and NFD alike", () => {
    expect(foldVietnamese("Nước mắm Đặc biệt")).toBe("nuoc mam dac biet")
    expect(foldVietnamese("Nước mắm".normalize("NFD"))).toBe("nuoc mam")
    expect(foldVietnamese("GỐM")).toBe("gom")
  })

  it("normalises a query: NFC, no emoji or control characters, collapsed spaces, bounded length", () => {
    expect(normalizeSearchText("  nước\u0000  mắm 🐟 ")).toBe("nước mắm")
    expect(normalizeSearchText("nước mắm".normalize("NFD"))).toBe("nước mắm".normalize("NFC"))
    expect(normalizeSearchText("a ".repeat(1000)).length).toBeLessThanOrEqual(100)
  })
})

describe("product search parameters", () => {
  it("keeps what can match and drops what cannot", () => {
    const params = parseProductSearchParams({
      q: "x".repeat(1000),
      category: ["nuoc-mam,hai-san", "nuoc-mam"],
      stars: ["4", "7", "abc", "5"],
      in_stock: "1",
      sort: "'; DROP TABLE product; --",
      page: "-3",
      limit: "100000",
    })
    expect(params.q.length).toBe(100)
    expect(params.category).toEqual(["nuoc-mam", "hai-san"])
    expect(params.stars).toEqual([4, 5])
    expect(params.inStock).toBe(true)
    expect(params.sort).toBe("relevance")
    expect(params.page).toBe(1)
    expect(params.limit).toBe(48)
  })

  it("ANDs facets and ORs values within one", () => {
    expect(productSearchFilters(parseProductSearchParams({ category: "a,b", area: "Vạn Ninh", stars: "5" }))).toEqual({
      category_handles: { $overlaps: ["a", "b"] },
      area: { $in: ["Vạn Ninh"] },
      ocop_stars: { $in: [5] },
    })
  })

  it("folds the query for the near-match pass only", () => {
    const params = parseProductSearchParams({ q: "nước mắmm" })
    expect(productSearchQuery(params).filters?.q).toBe("nước mắmm")
    expect(productSearchQuery(params, { typo: true }).filters?.q).toBe("nuoc mamm")
    expect(productSearchQuery(params, { typo: true }).search_options?.typo_tolerance).toBe(true)
  })

  it("orders equally relevant hits the same way every time: best-rated, then newest", () => {
    // A near match scores alike in a title and in a category name ("nuoc mamm" ~ "Nước mắm & gia vị"):
    // without a tie-break PostgreSQL returned such ties in any order.
    const params = parseProductSearchParams({ q: "nuoc mamm" })
    expect(productSearchQuery(params, { typo: true }).pagination?.order).toEqual({ _score: "DESC", ocop_stars: "DESC", created_at: "DESC" })
  })
})

describe("the product's search document", () => {
  const row = {
    id: "prod_1",
    handle: "nuoc-mam-van-ninh",
    title: "Nước mắm".normalize("NFD") + " Vạn Ninh",
    status: "published",
    created_at: "2026-01-02T00:00:00.000Z",
    categories: [{ id: "pcat_1", handle: "nuoc-mam", name: "Nước mắm" }],
    tags: [{ value: "đặc sản" }],
    variants: [
      {
        sku: "NM-1",
        manage_inventory: true,
        prices: [
          { amount: 120000, currency_code: "vnd", rules_count: 0 },
          { amount: 90000, currency_code: "vnd", rules_count: 1 },
          { amount: 5, currency_code: "usd", rules_count: 0 },
        ],
        inventory_items: [{ required_quantity: 1, inventory: { location_levels: [{ stocked_quantity: 3, reserved_quantity: 3 }] } }],
      },
      {
        sku: "NM-2",
        manage_inventory: true,
        prices: [{ amount: 200000, currency_code: "vnd", rules_count: 0 }],
        inventory_items: [{ required_quantity: 1, inventory: { location_levels: [{ stocked_quantity: 2, reserved_quantity: 0 }] } }],
      },
    ],
    cooperative: { handle: "htx-a", name: "HTX A", status: "active", ward_name: "Vạn Ninh", former_district: "Vạn Ninh" },
    product_provenance: { ocop_stars: 4, ocop_expires_on: "2099-01-01" },
  }

  it("holds NFC text, the lowest plain VND price, stock, stars and a tone-less copy", () => {
    const doc = toProductSearchDocument(row)!
    expect(doc.title).toBe("Nước mắm Vạn Ninh".normalize("NFC"))
    expect(doc.price).toBe(120000)
    // 120.000 and 200.000 ₫: the card says "từ 120.000 ₫"
    expect(doc.has_price_range).toBe(true)
    expect(toProductSearchDocument({ ...row, variants: [row.variants[0]] })!.has_price_range).toBe(false)
    expect(doc.in_stock).toBe(true)
    expect(doc.ocop_stars).toBe(4)
    expect(doc.area).toBe("Vạn Ninh")
    expect(doc.folded).toContain("nuoc mam van ninh")
    expect(doc.folded).toContain("dac san")
  })

  it("carries the English title, description and category names where the Translation Module has them", () => {
    const english = new Map<string, Record<string, unknown>>([
      ["prod_1", { title: "Vạn Ninh fish sauce ", description: "Anchovy fish sauce.", subtitle: "x" }],
      ["pcat_1", { name: "Fish sauce", description: "" }],
    ])
    const doc = toProductSearchDocument(row, undefined, english)!
    expect(doc).toMatchObject({ title_en: "Vạn Ninh fish sauce", description_en: "Anchovy fish sauce.", category_names_en: ["Fish sauce"] })
    // the Vietnamese fields are untouched
    expect(doc.title).toBe("Nước mắm Vạn Ninh".normalize("NFC"))
    // no English, or an emptied one (Medusa keeps "" for a cleared field): null, never ""
    expect(toProductSearchDocument(row)).toMatchObject({ title_en: null, description_en: null, category_names_en: [] })
    expect(toProductSearchDocument(row, undefined, new Map([["prod_1", { title: "  ", description: "" }]]))).toMatchObject({ title_en: null, description_en: null })
  })

  it("is out of stock when every unit is reserved", () => {
    const doc = toProductSearchDocument({ ...row, variants: [row.variants[0]] })!
    expect(doc.in_stock).toBe(false)
  })

  it("drops OCOP stars whose certificate has expired", () => {
    expect(toProductSearchDocument({ ...row, product_provenance: { ocop_stars: 4, ocop_expires_on: "2020-01-01" } })!.ocop_stars).toBeNull()
  })

  it("leaves out unpublished products and products of cooperatives that are not active", () => {
    expect(toProductSearchDocument({ ...row, status: "draft" })).toBeNull()
    expect(toProductSearchDocument({ ...row, cooperative: { ...row.cooperative, status: "suspended" } })).toBeNull()
  })
})

describe("highlighting search words in titles", async () => {
  const { highlightSegments, matchedPhrase } = await import("../../site/lib/search")
  it("marks the words ignoring tones, at word starts, phrases as one mark", () => {
    expect(highlightSegments("Nước mắm cá cơm", "nuoc mam")).toEqual([
      { text: "Nước mắm", match: true },
      { text: " cá cơm", match: false },
    ])
    expect(highlightSegments("Bình gốm Bàu Trúc", "GOM")).toEqual([
      { text: "Bình ", match: false },
      { text: "gốm", match: true },
      { text: " Bàu Trúc", match: false },
    ])
    expect(highlightSegments("Tôm khô", "om")).toEqual([{ text: "Tôm khô", match: false }])
  })
  it("turns a tone-less query into the words as the title spells them", () => {
    expect(matchedPhrase("Nước mắm nhĩ cá cơm", "nuoc mam")).toBe("nước mắm")
    expect(matchedPhrase("Gốm Bàu Trúc", "gom ba")).toBe("gốm bàu")
    expect(matchedPhrase("Yến sào", "nuoc")).toBeNull()
  })
})
