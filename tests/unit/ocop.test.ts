import { describe, expect, it } from "vitest"
import { expectedIssuingLevel, isOcopCertificateValid, ocopExpiry } from "../../commerce/src/lib/ocop"

describe("OCOP certificates", () => {
  it("expire 36 months after the day of issue", () => {
    expect(ocopExpiry(new Date("2024-03-15T00:00:00Z")).toISOString().slice(0, 10)).toBe("2027-03-15")
  })

  it("issued on 29 February expire on the last day of February three years later", () => {
    expect(ocopExpiry(new Date("2024-02-29T00:00:00Z")).toISOString().slice(0, 10)).toBe("2027-02-28")
  })

  it("are valid up to and including their expiry, and not after", () => {
    const expiry = new Date("2026-12-20T00:00:00Z")
    expect(isOcopCertificateValid(expiry, new Date("2026-11-26T00:00:00Z"))).toBe(true)
    expect(isOcopCertificateValid(expiry, new Date("2026-12-20T00:00:00Z"))).toBe(true)
    expect(isOcopCertificateValid(expiry, new Date("2026-12-21T00:00:00Z"))).toBe(false)
    expect(isOcopCertificateValid(null)).toBe(false)
  })

  it("are issued by the province for 3–4 stars and by the central government for 5 stars", () => {
    expect(expectedIssuingLevel(3)).toBe("province")
    expect(expectedIssuingLevel(4)).toBe("province")
    expect(expectedIssuingLevel(5)).toBe("central")
  })
})
