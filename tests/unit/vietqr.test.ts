import { describe, expect, it } from "vitest"
import { buildVietQrPayload, crc16, hasValidCrc, parseTlv, vietQrProblems } from "../../commerce/src/lib/vietqr"

describe("VietQR payloads (EMVCo MPM with NAPAS)", () => {
  it("use CRC-16/CCITT-FALSE", () => {
    // the standard check value of this CRC variant
    expect(crc16("123456789")).toBe("29B1")
  })

  it("carry the NAPAS GUID, bank BIN, account, amount in đồng, reference and a valid CRC", () => {
    const payload = buildVietQrPayload({ bankBin: "970436", accountNumber: "0011004455667", amount: 215000, reference: "CHOHTX 1024" })
    expect(hasValidCrc(payload)).toBe(true)
    const top = parseTlv(payload)
    expect(top["00"]).toBe("01")
    expect(top["01"]).toBe("12")
    expect(top["53"]).toBe("704")
    expect(top["54"]).toBe("215000")
    expect(top["58"]).toBe("VN")
    const merchant = parseTlv(top["38"])
    expect(merchant["00"]).toBe("A000000727")
    expect(merchant["02"]).toBe("QRIBFTTA")
    expect(parseTlv(merchant["01"])).toEqual({ "00": "970436", "01": "0011004455667" })
    expect(parseTlv(top["62"])["08"]).toBe("CHOHTX 1024")
  })

  it("is static (no amount) when no amount is given", () => {
    const top = parseTlv(buildVietQrPayload({ bankBin: "970436", accountNumber: "123" }))
    expect(top["01"]).toBe("11")
    expect(top["54"]).toBeUndefined()
  })

  it("detects a changed payload", () => {
    const payload = buildVietQrPayload({ bankBin: "970436", accountNumber: "123", amount: 1000 })
    expect(hasValidCrc(payload.replace("5404100", "5404900"))).toBe(false)
  })

  it("refuses bad settings and amounts with clear messages", () => {
    expect(vietQrProblems({ bankBin: "97043", accountNumber: "12 3", amount: 10.5, reference: "Tiền hàng đơn 1" })).toHaveLength(4)
    expect(() => buildVietQrPayload({ bankBin: "970436", accountNumber: "1", amount: -5 })).toThrow(/Số tiền/)
  })
})
