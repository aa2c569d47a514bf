/**
 * Our PostgreSQL search provider (commerce/src/modules/vietnamese-postgres-search): Medusa's, with a
 * column per filtered/sorted/counted field, one statement per search, and typos looked up in a
 * vocabulary. The contract and relevance suites run it for real on PostgreSQL; this pins the pure parts.
 */
import { describe, expect, it } from "vitest"
import { deletionKeys, nearWords, queryWords, typoSizes } from "../../commerce/src/modules/vietnamese-postgres-search/near-match"
import { filterSql, orderSql, readCounts, searchStatement, valueFacets } from "../../commerce/src/modules/vietnamese-postgres-search/query"
import { addWordsSql, attributeFields, documentTableExtensions, sortOrderIndexes, type Plan, type PlannedField } from "../../commerce/src/modules/vietnamese-postgres-search/table"

const field = (path: string, kind: PlannedField["kind"], flags: PlannedField["field"], is_array = false): [string, PlannedField] => [path, { path, kind, is_array, is_date: false, field: flags }]
const plan: Plan = {
  primary_key: "id",
  searchable: ["title", "folded"],
  vectors: [],
  fields: new Map([
    field("id", "keyword", { filterable: true }),
    field("title", "text", { searchable: { weight: 5 } }),
    field("folded", "text", { searchable: true }),
    field("category_handles", "keyword", { filterable: true, facetable: true }, true),
    field("area", "keyword", { filterable: true, facetable: true }),
    field("ocop_stars", "number", { filterable: true, sortable: true, facetable: { types: ["value"] } }),
    field("price", "number", { filterable: true, sortable: true }),
    field("in_stock", "boolean", { filterable: true, facetable: true }),
    field("thumbnail", "keyword", {}),
  ]),
}
const sizes = typoSizes({ typo_tolerance: { min_word_size_for_one_typo: 4, min_word_size_for_two_typos: 8 } })
const placeholders = (sql: string) => (sql.match(/\?/g) ?? []).length

describe("the document table of our PostgreSQL provider", () => {
  it("gives every filtered, sorted or counted field a generated column, sort fields an index, and the tone-less copy a word vector and vocabulary", () => {
    expect(attributeFields(plan).map((f) => f.path)).toEqual(["id", "category_handles", "area", "ocop_stars", "price", "in_stock"])
    const sql = documentTableExtensions("search_pg_product_v9", plan).join(";\n")
    expect(sql).toContain(`"attr_ocop_stars" float8 GENERATED ALWAYS AS (("indexed"#>>'{ocop_stars}')::float8) STORED`)
    expect(sql).toContain(`"attr_category_handles" jsonb GENERATED ALWAYS AS ("indexed"#>'{category_handles}') STORED`)
    expect(sql).toContain(`"attr_in_stock" boolean GENERATED ALWAYS AS (("indexed"#>>'{in_stock}')::boolean) STORED`)
    expect(sql).toContain(`ON "search_pg_product_v9" ("id") INCLUDE ("attr_id", "attr_category_handles", "attr_area", "attr_ocop_stars", "attr_price", "attr_in_stock")`)
    expect(sql).toContain(`to_tsvector('simple', coalesce("indexed"#>>'{folded}', ''))`)
    expect(sql).toContain(`CREATE TABLE IF NOT EXISTS "search_pg_product_v9_words"`)
    expect(placeholders(sql)).toBe(0)
    const noNear = documentTableExtensions("t", { ...plan, searchable: ["title"] }).join(";")
    expect(noNear).not.toContain("_words")
  })

  it("indexes each declared sort order exactly as the search orders, skipping fields it cannot sort", () => {
    expect(sortOrderIndexes("t", plan, [["price:asc", "ocop_stars:desc"], ["area:asc"], ["price:sideways"], "junk"])).toEqual([
      `CREATE INDEX IF NOT EXISTS "t_sort_price_asc_ocop_stars_desc" ON "t" ("attr_price" ASC NULLS LAST, "attr_ocop_stars" DESC NULLS LAST, "id" ASC)`,
    ])
    expect(orderSql({ price: "ASC", ocop_stars: "DESC" }, plan, false)).toBe(`"attr_price" ASC NULLS LAST, "attr_ocop_stars" DESC NULLS LAST, "id" ASC`)
  })

  it("fills the vocabulary with each word's deletion variants, two for long words", () => {
    const { sql, params } = addWordsSql("t", ["p1", "p2"], sizes)
    expect(params).toEqual(["p1", "p2", 4, 8])
    expect(placeholders(sql)).toBe(params.length)
  })
})

describe("typos through the vocabulary", () => {
  it("keys a word by itself and its variants with letters left out", () => {
    expect(deletionKeys("mam", 0)).toEqual(["mam"])
    expect(deletionKeys("nuoc", 1).sort()).toEqual(["noc", "nuc", "nuo", "nuoc", "uoc"])
    expect(deletionKeys("abcdefgh", 2)).toContain("cdefgh")
  })

  it("keeps the words within the allowance for the query word's length, a swap counting as one", () => {
    const vocabulary = ["nuoc", "mam", "mamm", "xoai", "mui", "moi", "muoi", "sau", "rieng"]
    expect(nearWords(queryWords("nuoc mamm"), vocabulary, sizes)).toEqual([["nuoc"], ["mam", "mamm"]])
    expect(nearWords(["xoia"], vocabulary, sizes)).toEqual([["xoai"]])
    expect(nearWords(["rieg"], vocabulary, sizes)).toEqual([["rieng"]])
    // three letters: no typo allowed, so "mui" finds neither "moi" nor "muoi"
    expect(nearWords(["mui"], vocabulary, sizes)).toEqual([["mui"]])
    expect(nearWords(["xyzw"], vocabulary, sizes)).toEqual([[]])
  })
})

describe("one statement per search", () => {
  it("filters on the columns: AND across fields, OR within one, arrays by overlap", () => {
    const f = filterSql({ category_handles: { $overlaps: ["gom", "nuoc-mam"] }, ocop_stars: { $in: [4, 5] }, in_stock: true, price: { $gte: 1000 } }, plan)!
    expect(f.sql).toBe(`jsonb_exists_any("attr_category_handles", ARRAY[?, ?]::text[]) AND "attr_ocop_stars" IN (?, ?) AND "attr_in_stock" IN (?) AND "attr_price" >= ?`)
    expect(f.params).toEqual(["gom", "nuoc-mam", 4, 5, true, 1000])
    expect(filterSql({ $or: [{ area: "Vạn Ninh" }, { area: null }] }, plan)!.sql).toBe(`("attr_area" IN (?) OR "attr_area" IS NULL)`)
  })

  it("hands over to Medusa's provider what it does not cover", () => {
    expect(filterSql({ area: { $like: "Van%" } } as any, plan)).toBeNull()
    expect(filterSql({ thumbnail: "x" }, plan)).toBeNull()
    expect(orderSql({ area: "ASC" }, plan, false)).toBeNull()
    expect(valueFacets([{ field: "price", type: "stats" }], plan)).toBeNull()
    expect(valueFacets([{ field: "area", type: "value", query: "Van" }], plan)).toBeNull()
  })

  it("orders by rank and columns, the id last so that pages never overlap", () => {
    expect(orderSql({ _score: "DESC", ocop_stars: "DESC" }, plan, true)).toBe(`score DESC NULLS LAST, "attr_ocop_stars" DESC NULLS LAST, "id" ASC`)
    expect(orderSql(undefined, plan, true)).toBe(`score DESC NULLS LAST, "id" ASC`)
  })

  it("reads the matching rows twice: for the page, and for the count with every facet in one grouping-sets pass", () => {
    const facets = valueFacets([{ field: "category_handles", type: "value", limit: 50 }, "area"], plan)!
    const s = searchStatement({
      table: "t",
      plan,
      match: { rank: (p) => (p.push("nuoc mam"), "ts_rank_cd(x, ?)"), where: (p) => (p.push("nuoc mam"), "x @@ ?") },
      filters: filterSql({ ocop_stars: { $in: [5] } }, plan)!,
      order: orderSql({ _score: "DESC", ocop_stars: "DESC" }, plan, true)!,
      take: 24,
      skip: 48,
      count: true,
      facets,
    })
    expect(s.sql.match(/FROM "t" WHERE/g)).toHaveLength(2)
    expect(s.sql).toContain(`(SELECT "id", ts_rank_cd(x, ?) AS score, "attr_ocop_stars" FROM "t" WHERE x @@ ? AND ("attr_ocop_stars" IN (?))) r ORDER BY score DESC NULLS LAST, "attr_ocop_stars" DESC NULLS LAST, "id" ASC LIMIT ? OFFSET ?`)
    expect(s.sql).toContain(`ORDER BY p.score DESC NULLS LAST, p."attr_ocop_stars" DESC NULLS LAST, p."id" ASC`)
    expect(s.sql).toContain(`GROUP BY GROUPING SETS (("attr_category_handles"), ("attr_area"), ())`)
    expect(s.params).toEqual(["nuoc mam", "nuoc mam", 5, 24, 48, "nuoc mam", "nuoc mam", 5])
    expect(placeholders(s.sql)).toBe(s.params.length)
  })

  it("reads the count and the facets back, most frequent first, array values counted one by one, within each facet's limit", () => {
    const facets = valueFacets([{ field: "category_handles", type: "value", limit: 1 }, "area", "in_stock"], plan)!
    // grouping bits: category_handles is the high bit, in_stock the low one; () is all three
    const row = {
      groups: JSON.stringify([
        [3, 4, '["gom", "nuoc-mam"]', null, null],
        [3, 5, '["nuoc-mam"]', null, null],
        [5, 7, null, "Vạn Ninh", null],
        [5, 2, null, "Cam Lâm", null],
        [5, 1, null, null, null],
        [6, 9, null, null, "true"],
        [6, 1, null, null, "false"],
        [7, 10, null, null, null],
      ]),
    }
    expect(readCounts(row, { plan, facets })).toEqual({
      count: 10,
      facets: {
        category_handles: [{ value: "nuoc-mam", count: 9 }],
        area: [
          { value: "Vạn Ninh", count: 7 },
          { value: "Cam Lâm", count: 2 },
        ],
        in_stock: [
          { value: "true", count: 9 },
          { value: "false", count: 1 },
        ],
      },
    })
    expect(readCounts({ groups: [[0, 0]] }, { plan, facets: [] })).toEqual({ count: 0, facets: {} })
  })

  it("asks for the hits alone as plain rows when neither count nor facets are wanted", () => {
    const s = searchStatement({ table: "t", plan, filters: { sql: "TRUE", params: [] }, order: orderSql({ price: "ASC" }, plan, false)!, take: 48, skip: 0, count: false, facets: [] })
    expect(s.rows).toBe(true)
    expect(s.sql).toContain(`ORDER BY "attr_price" ASC NULLS LAST, "id" ASC LIMIT ? OFFSET ?`)
    expect(s.sql).toContain(`ORDER BY p."attr_price" ASC NULLS LAST, p."id" ASC`)
    expect(s.params).toEqual([48, 0])
  })
})
