/**
 * The relevance order the store route puts on the first results, whichever engine found them, and the
 * near-match filter of the typo pass (commerce/src/lib/search/relevance.ts, product-search.ts). The same
 * rules run against both real engines in the relevance suite (tests/integration/search.test.ts).
 */
import { describe, expect, it } from "vitest"
import type { SearchTypes } from "@medusajs/framework/types"
import { editDistance, isNearMatch, rankByRelevance, relevanceKey, type RelevanceDocument } from "../../commerce/src/lib/search/relevance"
import { runProductSearch } from "../../commerce/src/lib/search/product-search"
import { parseProductSearchParams } from "../../commerce/src/lib/search/product-search-query"

const doc = (title: string, more: Partial<RelevanceDocument> = {}): RelevanceDocument => ({ title, subtitle: null, category_names: [], tags: [], cooperative_name: null, description: null, ...more })
const titles = (docs: RelevanceDocument[], q: string) => rankByRelevance(docs.map((document) => ({ document })), q).map((h) => h.document.title)

describe("relevance order of the first results", () => {
  const giftBox = doc("Hộp quà yến sào", { description: "Hộp quà gồm yến tinh chế và táo đỏ" })
  const vase = doc("Bình gốm hoa văn Chăm")
  const pot = doc("Nồi đất kho cá", { tags: ["gốm chăm"] })
  const salt = doc("Muối hạt phơi nắng", { description: "cào gom bằng tay trên ruộng" })

  it("without tones, title matches first: gom → gốm products on top, a word in a description last", () => {
    expect(titles([giftBox, salt, pot, vase], "gom")).toEqual(["Bình gốm hoa văn Chăm", "Nồi đất kho cá", "Hộp quà yến sào", "Muối hạt phơi nắng"])
  })

  it("with tones, the exact-toned word first: gốm before gồm, gồm before gốm", () => {
    expect(titles([giftBox, vase], "gốm")[0]).toBe("Bình gốm hoa văn Chăm")
    expect(titles([vase, pot, giftBox], "gồm")[0]).toBe("Hộp quà yến sào")
    // a word typed without a mark is not held against anyone
    expect(relevanceKey(vase, "binh gốm")[0]).toBe(0)
  })

  it("title > subtitle > category/tags > cooperative > description", () => {
    const q = "mật ong"
    const inTitle = doc("Mật ong rừng")
    const inSubtitle = doc("Hũ quà tặng", { subtitle: "Mật ong hoa keo" })
    const inTags = doc("Bánh mì", { tags: ["mật ong"] })
    const inCooperative = doc("Vòng tay trầm hương", { cooperative_name: "Tổ hợp tác trầm hương và mật ong Sông Cầu" })
    const inDescription = doc("Trà gừng", { description: "pha với mật ong" })
    expect(titles([inDescription, inCooperative, inTags, inSubtitle, inTitle], q)).toEqual(["Mật ong rừng", "Hũ quà tặng", "Bánh mì", "Vòng tay trầm hương", "Trà gừng"])
  })

  it("an English title counts as a title, English category names and descriptions as theirs", () => {
    const gift = doc("Hộp quà yến sào", { title_en: "Bird's nest gift box", description_en: "With a small bottle of wild honey" })
    const honey = doc("Mật ong hoa cà phê", { title_en: "Coffee blossom honey" })
    const nests = doc("Yến sào thô", { category_names_en: ["Bird's nest & honey"] })
    expect(titles([gift, nests, honey], "honey")).toEqual(["Mật ong hoa cà phê", "Yến sào thô", "Hộp quà yến sào"])
    expect(relevanceKey(honey, "coffee honey")).toEqual([0, 0, 1])
    expect(relevanceKey(honey, "blossom honey")).toEqual([0, 0, 0])
  })

  it("the phrase before the same words scattered in that field", () => {
    const scattered = doc("Nước cốt dừa mắm ruốc")
    const phrase = doc("Nước mắm nhĩ")
    expect(titles([scattered, phrase], "nuoc mam")).toEqual(["Nước mắm nhĩ", "Nước cốt dừa mắm ruốc"])
  })

  it("keeps the engine's order between equally relevant products", () => {
    const a = doc("Nước mắm cá cơm 40 độ đạm")
    const b = doc("Nước mắm cá cơm 30 độ đạm")
    expect(titles([a, b], "nuoc mam")).toEqual([a.title, b.title])
    expect(titles([b, a], "nuoc mam")).toEqual([b.title, a.title])
  })
})

describe("near matches (a typo in the query)", () => {
  it("counts a swap of neighbouring letters as one typo", () => {
    expect(editDistance("mamm", "mam")).toBe(1)
    expect(editDistance("nouc", "nuoc")).toBe(1)
    expect(editDistance("gom", "com")).toBe(1)
  })

  it("keeps a product only when every word is within the typo allowance of one of its words", () => {
    const fishSauce = doc("Nước mắm cá cơm")
    expect(isNearMatch(fishSauce, "nuoc mamm")).toBe(true)
    expect(isNearMatch(fishSauce, "nước mằm")).toBe(true)
    // three letters allow no typo: "mum" is not "mắm"
    expect(isNearMatch(fishSauce, "nuoc mum")).toBe(false)
    // the description does not count: near matches look at the short fields only
    expect(isNearMatch(doc("Trà gừng", { description: "pha nước mắm" }), "nuoc mamm")).toBe(false)
    expect(isNearMatch(doc("Khăn choàng", { tags: ["thổ cẩm"] }), "thổ cẩmm")).toBe(true)
  })

  it("orders near matches by the same rules, reading the words as the near matches they are", () => {
    const inCategory = doc("Muối tôm ớt rang", { category_names: ["Nước mắm & gia vị"] })
    const inTitle = doc("Nước mắm cá cơm", { category_names: ["Nước mắm & gia vị"] })
    expect(rankByRelevance([{ document: inCategory }, { document: inTitle }], "nuoc mamm", true).map((h) => h.document.title)).toEqual(["Nước mắm cá cơm", "Muối tôm ớt rang"])
  })
})

describe("a search run by the store route", () => {
  const hit = (id: string, document: Record<string, unknown>) => ({ id, document: { id, handle: id, ...document } })
  const result = (hits: ReturnType<typeof hit>[], count = hits.length): SearchTypes.SearchResult => ({ hits, metadata: { skip: 0, take: hits.length, count } })

  it("re-orders the first window, pages inside it, and asks the engine directly beyond it", async () => {
    const engineOrder = Array.from({ length: 60 }, (_, i) => hit(`p${i}`, { title: i === 30 ? "Bình gốm" : `Hộp quà ${i}`, description: "gồm nhiều thứ" }))
    const asked: SearchTypes.SearchQuery[] = []
    const search = async (query: SearchTypes.SearchQuery) => {
      asked.push(query)
      const skip = query.pagination?.skip ?? 0
      return result(engineOrder.slice(skip, skip + (query.pagination?.take ?? 20)), engineOrder.length)
    }
    const first = await runProductSearch(search, parseProductSearchParams({ q: "gom", limit: "12" }))
    expect(first.hits[0].title).toBe("Bình gốm")
    expect(first.count).toBe(60)
    expect(asked[0].pagination).toMatchObject({ skip: 0, take: 48 })
    const second = await runProductSearch(search, parseProductSearchParams({ q: "gom", limit: "12", page: "2" }))
    expect(second.hits.map((h) => h.id)).toEqual(["p11", "p12", "p13", "p14", "p15", "p16", "p17", "p18", "p19", "p20", "p21", "p22"])
    const fifth = await runProductSearch(search, parseProductSearchParams({ q: "gom", limit: "12", page: "5" }))
    expect(asked.at(-1)!.pagination).toMatchObject({ skip: 48, take: 12 })
    expect(fifth.hits.map((h) => h.id)[0]).toBe("p48")
  })

  it("answers near matches only when nothing matched exactly, without the ones that merely share letters", async () => {
    const asked: SearchTypes.SearchQuery[] = []
    const search = async (query: SearchTypes.SearchQuery) => {
      asked.push(query)
      if (!query.search_options?.typo_tolerance) return result([], 0)
      return result(
        [hit("a", { title: "Muối tôm", category_handles: ["gia-vi"] }), hit("b", { title: "Nước mắm cá cơm", category_handles: ["nuoc-mam"] }), hit("c", { title: "Mắm tỏi ớt", category_handles: ["nuoc-mam"] })],
        3
      )
    }
    const answer = await runProductSearch(search, parseProductSearchParams({ q: "nuoc mamm" }))
    expect(answer.approximate).toBe(true)
    expect(answer.hits.map((h) => h.id)).toEqual(["b"])
    expect(answer.count).toBe(1)
    expect(answer.facets.category).toEqual([{ value: "nuoc-mam", count: 1 }])
    // the near-match pass asks the engine for hits only: its facets and count come from what is kept
    expect(asked[1].search_options).toMatchObject({ typo_tolerance: true, count: "none" })
    expect(asked[1].search_options?.facets).toBeUndefined()
  })
})
