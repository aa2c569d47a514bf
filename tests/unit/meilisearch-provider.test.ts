/**
 * The Meilisearch provider's translation layer, tested without a server (the stack tests run the real
 * one): the settings it gives the product index, and how the Search Module's filter tree, sorts, facets
 * and pages become Meilisearch requests and come back as module results.
 */
import { describe, expect, it } from "vitest"
import { productSearchIndexDefinition } from "../../commerce/src/lib/search/product-index"
import {
  FACET_BUNDLE_SEPARATOR,
  facetBundleField,
  filterLiteral,
  meilisearchFilter,
  meilisearchSearchRequest,
  meilisearchSettings,
  toSearchResult,
  withFacetBundle,
} from "../../commerce/src/modules/meilisearch-search/translate"
import { parseProductSearchParams, productSearchQuery } from "../../commerce/src/lib/search/product-search-query"
import { searchModuleOptions } from "../../commerce/src/lib/search-providers"
import { meilisearchPost } from "../../commerce/src/modules/meilisearch-search/http"
import { translateMeilisearchError } from "../../commerce/src/modules/meilisearch-search/service"
import { isSearchEngineUnavailable } from "../../commerce/src/lib/search/engine-unavailable"

const resolved = {
  ...productSearchIndexDefinition,
  fields: productSearchIndexDefinition.fields.toFields(),
  primary_key: "id",
  provider: "search-meilisearch",
  settings: productSearchIndexDefinition.settings,
  definition_hash: "test",
  physical_name: "product_v1",
} as any

function providerQuery(raw: Record<string, unknown>, opts = { typo: false }) {
  const query = productSearchQuery(parseProductSearchParams(raw), opts)
  const { q, ...filters } = query.filters ?? {}
  return {
    index: resolved,
    attributes_to_retrieve: query.fields ?? [],
    q: q as string | undefined,
    filters,
    pagination: query.pagination,
    search_options: query.search_options,
  } as any
}

const settings = meilisearchSettings(resolved)

describe("Meilisearch index settings for the product index", () => {

  it("searches title first, then the heavier fields, by declared weight", () => {
    expect(settings.searchableAttributes[0]).toBe("title")
    expect(settings.searchableAttributes.indexOf("category_names")).toBeLessThan(settings.searchableAttributes.indexOf("description"))
    expect(settings.searchableAttributes.indexOf("cooperative_name")).toBeLessThan(settings.searchableAttributes.indexOf("ward"))
    expect(settings.searchableAttributes).not.toContain("price")
  })

  it("makes every facet filterable and the sort fields sortable", () => {
    for (const field of ["category_handles", "cooperative_handle", "area", "ocop_stars", "in_stock"]) {
      expect(settings.filterableAttributes).toContain(field)
    }
    expect(settings.sortableAttributes.sort()).toEqual(["created_at", "ocop_stars", "price"])
  })

  it("ranks by an explicit sort first, then relevance, then OCOP stars", () => {
    expect(settings.rankingRules).toEqual(["sort", "words", "typo", "proximity", "attribute", "exactness", "ocop_stars:desc"])
  })

  it("tolerates typos only in the tone-less copy the near-match pass searches, and matches whole words", () => {
    expect(settings.typoTolerance).toEqual({
      enabled: true,
      minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
      disableOnAttributes: settings.searchableAttributes.filter((a) => a !== "folded"),
    })
    expect(settings.typoTolerance.disableOnAttributes).toContain("skus")
    expect(settings.prefixSearch).toBe("disabled")
  })

  it("orders attributes title > subtitle > categories, tags > cooperative > description, each English text after its Vietnamese one", () => {
    expect(settings.searchableAttributes.slice(0, 9)).toEqual([
      "title", "title_en", "subtitle", "category_names", "tags", "category_names_en", "cooperative_name", "description", "description_en",
    ])
  })

  it("does not return index-only fields (the tone-less copy, SKUs)", () => {
    expect(settings.displayedAttributes).toContain("title")
    expect(settings.displayedAttributes).not.toContain("folded")
    expect(settings.displayedAttributes).not.toContain("skus")
  })
})

describe("Meilisearch filter translation", () => {
  it("combines facets with AND and values within one facet with OR (IN)", () => {
    expect(
      meilisearchFilter({
        category_handles: { $overlaps: ["nuoc-mam", "hai-san"] },
        ocop_stars: { $in: [4, 5] },
        in_stock: true,
      })
    ).toBe('category_handles IN ["nuoc-mam", "hai-san"] AND ocop_stars IN [4, 5] AND in_stock = true')
  })

  it("escapes quotes and backslashes, so a value cannot break out of its string", () => {
    expect(filterLiteral('x" OR id EXISTS OR "')).toBe('"x\\" OR id EXISTS OR \\""')
    expect(meilisearchFilter({ area: { $in: ['Cam Ranh" OR area EXISTS'] } })).toBe('area IN ["Cam Ranh\\" OR area EXISTS"]')
    expect(filterLiteral("a\\")).toBe('"a\\\\"')
  })

  it("refuses field names that are not plain paths", () => {
    expect(() => meilisearchFilter({ "area = 1 OR x": "y" })).toThrow(/invalid field name/)
  })

  it("translates every operator the module defines, and refuses $prefix/$like", () => {
    expect(meilisearchFilter({ price: { $gte: 1000, $lt: 50000 } })).toBe("(price >= 1000 AND price < 50000)")
    expect(meilisearchFilter({ ocop_stars: { $exists: false } })).toBe("ocop_stars NOT EXISTS")
    expect(meilisearchFilter({ ocop_stars: null })).toBe("ocop_stars IS NULL")
    expect(meilisearchFilter({ area: { $ne: "Vạn Ninh" } })).toBe('area != "Vạn Ninh"')
    expect(meilisearchFilter({ area: { $nin: ["A", "B"] } })).toBe('area NOT IN ["A", "B"]')
    expect(meilisearchFilter({ tags: { $contains: ["a", "b"] } })).toBe('(tags = "a" AND tags = "b")')
    expect(meilisearchFilter({ $or: [{ area: "A" }, { ocop_stars: 5 }] })).toBe('((area = "A") OR (ocop_stars = 5))')
    expect(meilisearchFilter({ $not: { in_stock: false } })).toBe("NOT (in_stock = false)")
    expect(meilisearchFilter({ area: { $in: [] } })).toBe("(area EXISTS AND area NOT EXISTS)")
    expect(() => meilisearchFilter({ title: { $prefix: "nư" } })).toThrow(/not supported/)
    expect(() => meilisearchFilter({ title: { $like: "mắm" } })).toThrow(/not supported/)
    expect(meilisearchFilter({})).toBeUndefined()
  })
})

describe("Meilisearch requests built from the store's product search", () => {
  it("a filtered, sorted second page", () => {
    const request = meilisearchSearchRequest(providerQuery({ q: "nước mắm", stars: ["4", "5"], sort: "price_asc", page: "2", limit: "10" }))
    expect(request).toMatchObject({
      indexUid: "product_v1",
      q: "nước mắm",
      filter: "ocop_stars IN [4, 5]",
      sort: ["price:asc", "created_at:desc"],
      facets: ["category_handles", "cooperative_handle", "area", "ocop_stars", "in_stock"],
      matchingStrategy: "all",
      hitsPerPage: 10,
      page: 2,
    })
    expect(request.attributesToRetrieve).toContain("handle")
  })

  it("an ordinary search skips the typo-tolerant copy; the near-match pass searches only it", () => {
    expect(meilisearchSearchRequest(providerQuery({ q: "gốm" })).attributesToSearchOn).toEqual(settings.searchableAttributes.filter((a) => a !== "folded"))
    expect(meilisearchSearchRequest(providerQuery({ q: "gom" }, { typo: true })).attributesToSearchOn).toEqual(["folded"])
    // browsing without words searches nothing
    expect(meilisearchSearchRequest(providerQuery({})).attributesToSearchOn).toBeUndefined()
  })

  it("refuses match strategies it cannot honour with whole-word matching", () => {
    const query = providerQuery({ q: "gom" })
    expect(() => meilisearchSearchRequest({ ...query, search_options: { ...query.search_options, match_strategy: "last" } })).toThrow(/match_strategy/)
  })

  it("relevance with a query leaves ordering to Meilisearch's ranking rules", () => {
    expect(meilisearchSearchRequest(providerQuery({ q: "gốm" })).sort).toBeUndefined()
  })

  it("maps facet distributions and totals back to the module's result shape", () => {
    const input = providerQuery({ q: "gom" })
    const result = toSearchResult(input, {
      hits: [{ id: "prod_1", handle: "gom-bau-truc", title: "Gốm Bàu Trúc", _formatted: { title: "<mark>Gốm</mark> Bàu Trúc" } }],
      facetDistribution: { ocop_stars: { "4": 1, "3": 2 }, area: { "Ninh Phước": 3 } },
      totalHits: 3,
      processingTimeMs: 1,
    })
    expect(result.hits[0]).toMatchObject({ id: "prod_1", document: { handle: "gom-bau-truc" } })
    expect(result.facets?.ocop_stars).toEqual({ type: "value", values: [{ value: "3", count: 2 }, { value: "4", count: 1 }] })
    expect(result.facets?.category_handles).toEqual({ type: "value", values: [] })
    expect(result.metadata.count).toBe(3)
  })
})

describe("facet counts through one bundled field", () => {
  const US = FACET_BUNDLE_SEPARATOR

  it("the product index keeps every facet value in a hidden, filterable field, counted whole", () => {
    expect(facetBundleField(resolved)).toBe("facet_values")
    expect(settings.filterableAttributes).toContain("facet_values")
    expect(settings.displayedAttributes).not.toContain("facet_values")
    expect(settings.faceting.maxValuesPerFacet).toBeGreaterThanOrEqual(10_000)
  })

  it("refuses a bundle named like a field of the index", () => {
    const clash = { ...resolved, settings: { ...resolved.settings, provider_options: { meilisearch: { facet_bundle: "area" } } } }
    expect(() => facetBundleField(clash)).toThrow(/facet_bundle/)
    expect(() => meilisearchSettings(clash)).toThrow(/facet_bundle/)
  })

  it("writes each facet value of a document as field + value; empty values are left out", () => {
    const [doc] = withFacetBundle(resolved, [
      { id: "p1", title: "Gốm", category_handles: ["gom", "qua-tang"], cooperative_handle: "htx-bau-truc", area: "", ocop_stars: 4, in_stock: false, price: 250000 },
    ])
    expect(doc.title).toBe("Gốm")
    expect([...((doc as Record<string, unknown>).facet_values as string[])].sort()).toEqual(
      [`category_handles${US}gom`, `category_handles${US}qua-tang`, `cooperative_handle${US}htx-bau-truc`, `in_stock${US}false`, `ocop_stars${US}4`].sort()
    )
    // null stars, no area: nothing for them (an unfacetable field like price never)
    const [bare] = withFacetBundle(resolved, [{ id: "p2", category_handles: [], cooperative_handle: null, ocop_stars: null, in_stock: true }])
    expect((bare as Record<string, unknown>).facet_values).toEqual([`in_stock${US}true`])
    // an index without a bundle writes documents as they are
    const plain = { ...resolved, settings: { ...resolved.settings, provider_options: {} } }
    expect(withFacetBundle(plain, [{ id: "p3", area: "Vạn Ninh" }])).toEqual([{ id: "p3", area: "Vạn Ninh" }])
  })

  it("asks for the bundle instead of the fields when the index has it, and splits its counts back", () => {
    const input = providerQuery({ q: "gom", stars: "4" })
    expect(meilisearchSearchRequest(input, { facetBundle: "facet_values" }).facets).toEqual(["facet_values"])
    // an index built before the bundle: field by field
    expect(meilisearchSearchRequest(input).facets).toEqual(["category_handles", "cooperative_handle", "area", "ocop_stars", "in_stock"])
    // one facet (a disjunctive facet's own query) is counted from its field
    const oneFacet = { ...input, search_options: { ...input.search_options, facets: [{ field: "ocop_stars", type: "value" }] } }
    expect(meilisearchSearchRequest(oneFacet, { facetBundle: "facet_values" }).facets).toEqual(["ocop_stars"])
    expect(toSearchResult(oneFacet, { hits: [], facetDistribution: { ocop_stars: { "4": 2 } }, totalHits: 2 }, { facetBundle: "facet_values" }).facets?.ocop_stars).toEqual({
      type: "value",
      values: [{ value: "4", count: 2 }],
    })
    // hits only (no facets asked): no facets either way
    const hitsOnly = providerQuery({ q: "gom" }, { typo: true })
    expect(meilisearchSearchRequest({ ...hitsOnly, search_options: { ...hitsOnly.search_options, facets: [] } }, { facetBundle: "facet_values" }).facets).toBeUndefined()

    const result = toSearchResult(
      input,
      {
        hits: [],
        facetDistribution: { facet_values: { [`ocop_stars${US}4`]: 2, [`ocop_stars${US}3`]: 5, [`area${US}Cam Ranh`]: 1, [`in_stock${US}true`]: 7, [`category_handles${US}gom`]: 7 } },
        totalHits: 7,
      },
      { facetBundle: "facet_values" }
    )
    expect(result.facets?.ocop_stars).toEqual({ type: "value", values: [{ value: "3", count: 5 }, { value: "4", count: 2 }] })
    expect(result.facets?.area).toEqual({ type: "value", values: [{ value: "Cam Ranh", count: 1 }] })
    expect(result.facets?.cooperative_handle).toEqual({ type: "value", values: [] })
    expect(Object.keys(result.facets ?? {}).sort()).toEqual(["area", "category_handles", "cooperative_handle", "in_stock", "ocop_stars"])
  })

  it("returns at most the asked number of values per facet, most frequent first", () => {
    const input = providerQuery({})
    const many = Object.fromEntries(Array.from({ length: 80 }, (_, i) => [`cooperative_handle${US}htx-${String(i).padStart(2, "0")}`, i + 1]))
    const result = toSearchResult(input, { hits: [], facetDistribution: { facet_values: many }, totalHits: 100 }, { facetBundle: "facet_values" })
    const values = result.facets?.cooperative_handle.type === "value" ? result.facets.cooperative_handle.values : []
    expect(values).toHaveLength(50)
    expect(values[0]).toEqual({ value: "htx-79", count: 80 })
  })
})

describe("search engine selection", () => {
  it("uses PostgreSQL with the Vietnamese configuration unless MEILISEARCH_HOST is set", () => {
    const options = searchModuleOptions({})
    expect(options.default_provider).toBe("search-postgres")
    expect(options.providers).toEqual([
      { resolve: "./src/modules/vietnamese-postgres-search", id: "postgres", options: { engine: "native", language: "vietnamese" } },
    ])
  })

  it("adds Meilisearch as the default when MEILISEARCH_HOST is set, keeping PostgreSQL registered", () => {
    const options = searchModuleOptions({ MEILISEARCH_HOST: "http://127.0.0.1:7700/", MEILISEARCH_API_KEY: "k" })
    expect(options.default_provider).toBe("search-meilisearch")
    expect(options.providers.map((p) => p.id)).toEqual(["postgres", "meilisearch"])
    expect(options.providers[1].options).toEqual({ host: "http://127.0.0.1:7700", api_key: "k" })
  })

  it("refuses a MEILISEARCH_HOST that is not a URL, in Vietnamese", () => {
    expect(() => searchModuleOptions({ MEILISEARCH_HOST: "localhost:7700" })).toThrow(/không phải địa chỉ http/)
  })
})

describe("the searches' own POST to Meilisearch", () => {
  // A stand-in for the server: answers as Meilisearch does, or not at all.
  async function server(handler: (req: import("node:http").IncomingMessage, body: string, res: import("node:http").ServerResponse) => void) {
    const http = await import("node:http")
    const s = http.createServer((req, res) => {
      let body = ""
      req.on("data", (c) => (body += c))
      req.on("end", () => handler(req, body, res))
    })
    await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve))
    return { url: `http://127.0.0.1:${(s.address() as import("node:net").AddressInfo).port}`, close: () => new Promise((r) => s.close(r)) }
  }

  it("sends the body whole with the key, and returns the parsed answer", async () => {
    const s = await server((req, body, res) => {
      res.setHeader("content-type", "application/json")
      res.end(JSON.stringify({ path: req.url, auth: req.headers.authorization, body: JSON.parse(body) }))
    })
    try {
      const post = meilisearchPost(`${s.url}/`, "k3y", 2000)
      expect(await post("/multi-search", { queries: [{ q: "gốm" }] })).toEqual({ path: "/multi-search", auth: "Bearer k3y", body: { queries: [{ q: "gốm" }] } })
    } finally {
      await s.close()
    }
  })

  it("fails like the client does: a missing index is NOT_FOUND (the module retries), no answer or 503 is 'unavailable'", async () => {
    const s = await server((req, _body, res) => {
      if (req.url === "/missing") {
        res.statusCode = 404
        return res.end(JSON.stringify({ message: "Index `product_v1` not found.", code: "index_not_found" }))
      }
      if (req.url === "/busy") {
        res.statusCode = 503
        return res.end("")
      }
      // /slow: never answers
    })
    try {
      const post = meilisearchPost(s.url, undefined, 300)
      const failure = (path: string) => post(path, {}).then(() => null, (e: unknown) => translateMeilisearchError(e))
      expect(await failure("/missing")).toMatchObject({ type: "not_found" })
      expect(isSearchEngineUnavailable(await failure("/busy"))).toBe(true)
      expect(isSearchEngineUnavailable(await failure("/slow"))).toBe(true)
    } finally {
      await s.close()
    }
    const refused = await meilisearchPost(s.url, undefined, 300)("/multi-search", {}).then(() => null, (e: unknown) => translateMeilisearchError(e))
    expect(isSearchEngineUnavailable(refused)).toBe(true)
  })
})
