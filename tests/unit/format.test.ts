import { describe, expect, it } from "vitest"
import { formatDate, formatVnd } from "../../site/lib/format"

describe("Vietnamese formatting", () => {
  it("writes prices in đồng with dot thousands and the ₫ sign", () => {
    // A no-break space keeps "250.000" and "₫" on one line.
    expect(formatVnd(250000)).toBe("250.000\u00a0₫")
    expect(formatVnd(3500000)).toBe("3.500.000\u00a0₫")
    expect(formatVnd(0)).toBe("0\u00a0₫")
  })

  it("writes dates as dd/mm/yyyy in Vietnam's time zone", () => {
    expect(formatDate("2025-07-01T00:00:00Z")).toBe("01/07/2025")
    // 20:00 UTC on 31/12 is already 01/01 in Hà Nội / Khánh Hòa (UTC+7).
    expect(formatDate(new Date("2025-12-31T20:00:00Z"))).toBe("01/01/2026")
  })
})
