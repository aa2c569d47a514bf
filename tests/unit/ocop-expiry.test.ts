/**
 * The nightly OCOP-expiry pass: which products it re-indexes, on which date in Vietnam, and when it runs.
 * Dates worked by hand: the job fires at 00:05 on 22/12/2026 in Vietnam = 17:05 UTC on 21/12/2026.
 */
import { describe, expect, it } from "vitest"
import { isOcopCertificateValid, vietnamToday } from "../../commerce/src/lib/ocop"
import { dailyUtcCronInLocalTime, OCOP_EXPIRY_CRON_UTC, productsWithExpiredOcopStars } from "../../commerce/src/lib/search/ocop-expiry"
import { toProductSearchDocument } from "../../commerce/src/lib/search/product-document"

/** Certificate dates are stored as midnight UTC of the day (ocopExpiry). */
const day = (ymd: string) => new Date(`${ymd}T00:00:00.000Z`)

describe("the date in Vietnam", () => {
  it("turns at midnight in Vietnam, 17:00 UTC the day before", () => {
    expect(vietnamToday(new Date("2026-12-21T16:59:59.999Z"))).toEqual(day("2026-12-21")) // 23:59:59 on 21/12 in Vietnam
    expect(vietnamToday(new Date("2026-12-21T17:00:00.000Z"))).toEqual(day("2026-12-22")) // 00:00 on 22/12
    expect(vietnamToday(new Date("2026-12-21T17:05:00.000Z"))).toEqual(day("2026-12-22")) // the job's run
    expect(vietnamToday(new Date("2026-12-31T18:00:00.000Z"))).toEqual(day("2027-01-01")) // new year in Vietnam first
  })

  it("keeps a certificate valid all of its last day in Vietnam, and not a minute after", () => {
    const expiry = day("2026-12-20")
    expect(isOcopCertificateValid(expiry, vietnamToday(new Date("2026-12-19T17:00:00Z")))).toBe(true) // 00:00 on 20/12
    expect(isOcopCertificateValid(expiry, vietnamToday(new Date("2026-12-20T16:59:59Z")))).toBe(true) // 23:59:59 on 20/12
    expect(isOcopCertificateValid(expiry, vietnamToday(new Date("2026-12-20T17:00:00Z")))).toBe(false) // 00:00 on 21/12
  })

  it("is what an index document judges stars by: valid until 20/12 still shows them at 17:00 on 20/12", () => {
    const row = {
      id: "prod_1",
      handle: "nuoc-mam",
      title: "Nước mắm",
      status: "published",
      created_at: "2026-01-01T00:00:00Z",
      product_provenance: { ocop_stars: 4, ocop_expires_on: "2026-12-20T00:00:00.000Z" },
    }
    expect(toProductSearchDocument(row, vietnamToday(new Date("2026-12-20T10:00:00Z")))!.ocop_stars).toBe(4)
    expect(toProductSearchDocument(row, vietnamToday(new Date("2026-12-21T02:00:00Z")))!.ocop_stars).toBeNull()
  })
})

describe("products whose OCOP stars expired", () => {
  const today = vietnamToday(new Date("2026-12-21T17:05:00Z")) // 22/12/2026 in Vietnam

  const pick = (certificates: Parameters<typeof productsWithExpiredOcopStars>[0], indexed: Parameters<typeof productsWithExpiredOcopStars>[1]) =>
    productsWithExpiredOcopStars(certificates, indexed, today)

  it("selects a certificate that expired yesterday while the index still shows its stars", () => {
    expect(pick([{ product_id: "prod_a", ocop_stars: 4, ocop_expires_on: day("2026-12-21") }], [{ id: "prod_a", ocop_stars: 4 }])).toEqual(["prod_a"])
  })

  it("leaves a certificate that expires today: it still counts all day", () => {
    expect(pick([{ product_id: "prod_b", ocop_stars: 4, ocop_expires_on: day("2026-12-22") }], [{ id: "prod_b", ocop_stars: 4 }])).toEqual([])
  })

  it("leaves a product already re-indexed without stars", () => {
    expect(pick([{ product_id: "prod_c", ocop_stars: 3, ocop_expires_on: day("2026-12-21") }], [{ id: "prod_c", ocop_stars: null }])).toEqual([])
  })

  it("leaves a product without a certificate (no stars, or stars without an expiry date)", () => {
    expect(pick([{ product_id: "prod_d", ocop_stars: null, ocop_expires_on: null }], [{ id: "prod_d", ocop_stars: null }])).toEqual([])
    expect(pick([{ product_id: "prod_e", ocop_stars: 3, ocop_expires_on: null }], [{ id: "prod_e", ocop_stars: 3 }])).toEqual([])
    expect(pick([{ product_id: "prod_f", ocop_stars: null, ocop_expires_on: day("2026-12-01") }], [{ id: "prod_f", ocop_stars: null }])).toEqual([])
  })

  it("catches up after missed nights, and leaves products the index does not hold (unpublished)", () => {
    const certificates = [
      { product_id: "prod_g", ocop_stars: 5, ocop_expires_on: "2026-12-18T00:00:00.000Z" }, // four nights ago, never re-indexed
      { product_id: "prod_a", ocop_stars: 4, ocop_expires_on: day("2026-12-21") },
      { product_id: "prod_h", ocop_stars: 4, ocop_expires_on: day("2026-12-01") }, // not in the index
      { product_id: "prod_b", ocop_stars: 4, ocop_expires_on: day("2027-06-30") }, // valid
    ]
    const indexed = [
      { id: "prod_a", ocop_stars: 4 },
      { id: "prod_b", ocop_stars: 4 },
      { id: "prod_g", ocop_stars: 5 },
    ]
    expect(pick(certificates, indexed)).toEqual(["prod_a", "prod_g"])
  })
})

describe("when the job runs", () => {
  it("is written in UTC: 17:05 UTC is 00:05 the next day in Vietnam", () => {
    expect(OCOP_EXPIRY_CRON_UTC).toBe("5 17 * * *")
    expect(dailyUtcCronInLocalTime(OCOP_EXPIRY_CRON_UTC, 0)).toBe("5 17 * * *")
  })

  it("is shifted to the server's own zone, which Medusa's scheduler reads the cron in", () => {
    expect(dailyUtcCronInLocalTime(OCOP_EXPIRY_CRON_UTC, 7 * 60)).toBe("5 0 * * *") // a server set to Asia/Ho_Chi_Minh
    expect(dailyUtcCronInLocalTime(OCOP_EXPIRY_CRON_UTC, -5 * 60)).toBe("5 12 * * *")
    expect(dailyUtcCronInLocalTime(OCOP_EXPIRY_CRON_UTC, 5 * 60 + 30)).toBe("35 22 * * *")
    expect(() => dailyUtcCronInLocalTime("*/5 * * * *", 0)).toThrow()
  })
})
