import { describe, expect, it } from "vitest"
import { parseProductSearchParams, productSearchFilters } from "../../commerce/src/lib/search/product-search-query"
import { photoSourcesOf } from "../../site/lib/catalog"
import { hrefWithout, listParamsOf, listQueryString } from "../../site/views/product-list"

const list = (query: string) => listParamsOf(new URL(`http://shop.test/san-pham${query}`))

describe("the price range filter", () => {
  it("reads whole đồng, with dots or the đồng sign as a buyer types them, into an inclusive range", () => {
    const params = parseProductSearchParams({ min_price: "100.000", max_price: "300000 ₫" })
    expect([params.minPrice, params.maxPrice]).toEqual([100_000, 300_000])
    expect(productSearchFilters(params).price).toEqual({ $gte: 100_000, $lte: 300_000 })
  })

  it("swaps a reversed range, and leaves an open end open", () => {
    const reversed = parseProductSearchParams({ min_price: "500000", max_price: "200000" })
    expect([reversed.minPrice, reversed.maxPrice]).toEqual([200_000, 500_000])
    expect(productSearchFilters(parseProductSearchParams({ max_price: "50000" })).price).toEqual({ $lte: 50_000 })
    expect(productSearchFilters(parseProductSearchParams({ min_price: "50000" })).price).toEqual({ $gte: 50_000 })
  })

  it("ignores what is not an amount: negative, decimals, words, absurdly large, zero as a lower bound", () => {
    for (const raw of ["-5", "12,5", "abc", "1e9", "99999999999", "", "0"]) {
      const params = parseProductSearchParams({ min_price: raw })
      expect(params.minPrice, raw).toBeUndefined()
      expect(productSearchFilters(params).price, raw).toBeUndefined()
    }
    expect(parseProductSearchParams({ max_price: ["0", "100"] }).maxPrice).toBe(0)
  })
})

describe("the product list's address", () => {
  it("keeps the list's Vietnamese names for category, sort and page and the search page's for the other filters", () => {
    const params = list("?danh-muc=nuoc-mam-gia-vi&stars=5&stars=4&area=V%E1%BA%A1n+Ninh&in_stock=1&min_price=90000&sap-xep=price_asc&trang=2")
    expect(params).toMatchObject({ q: "", category: ["nuoc-mam-gia-vi"], stars: [5, 4], area: ["Vạn Ninh"], inStock: true, minPrice: 90_000, sort: "price_asc", page: 2 })
    expect(listQueryString(params)).toBe("?danh-muc=nuoc-mam-gia-vi&stars=5&stars=4&area=V%E1%BA%A1n+Ninh&in_stock=1&min_price=90000&sap-xep=price_asc&trang=2")
  })

  it("leaves defaults out so that equal lists have equal addresses, and ignores what the list does not take", () => {
    expect(listQueryString(list("?sap-xep=newest&trang=1&q=gom&category=x&sort=price_asc"))).toBe("")
    // one category names the page; a search sort the list has no use for falls back to the newest first
    expect(list("?danh-muc=a&danh-muc=b&sap-xep=relevance")).toMatchObject({ category: ["a"], sort: "newest" })
  })

  it("makes a chip's link: the same list without one value, or without a range, from its first page", () => {
    const here = "/san-pham?danh-muc=a&stars=5&stars=4&min_price=1000&max_price=9000&trang=3"
    expect(hrefWithout(here, "trang", ["stars"], "5")).toBe("/san-pham?danh-muc=a&min_price=1000&max_price=9000&stars=4")
    expect(hrefWithout(here, "trang", ["min_price", "max_price"])).toBe("/san-pham?danh-muc=a&stars=5&stars=4")
  })
})

describe("product photos for <picture>", () => {
  const sources = [
    { format: "avif", width: 480, height: 480, url: "http://m/a-480.avif" },
    { format: "webp", width: 480, height: 480, url: "http://m/a-480.webp" },
    { format: "webp", width: 960, height: 960, url: "http://m/a-960.webp" },
  ]
  const metadata = { photos: [{ sources: [{ format: "webp", width: 480, height: 480, url: "http://m/b.webp" }] }, { sources }] }

  it("finds every encoding of the photo stored at a URL", () => {
    expect(photoSourcesOf(metadata, "http://m/a-960.webp")).toEqual(sources)
    expect(photoSourcesOf(metadata, "http://m/a-480.webp")).toEqual(sources)
  })

  it("has none for a photo stored as one file, and skips entries that are not photo sources", () => {
    expect(photoSourcesOf(metadata, "http://m/other.jpg")).toEqual([])
    expect(photoSourcesOf(null, "http://m/a-960.webp")).toEqual([])
    expect(photoSourcesOf({ photos: "x" }, "http://m/a-960.webp")).toEqual([])
    const odd = { photos: [{ sources: [...sources, { format: "gif", width: 1, height: 1, url: "http://m/a.gif" }, { format: "avif", width: -1, height: 2, url: "x" }, null] }] }
    expect(photoSourcesOf(odd, "http://m/a-480.avif")).toEqual(sources)
  })
})
