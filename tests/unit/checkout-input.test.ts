import { describe, expect, it } from "vitest"
import { wardsOf } from "../../site/lib/address"
import { parseQuantity } from "../../site/lib/cart"
import { normalizeMobile, parseCheckout } from "../../site/lib/checkout-input"

const nhaTrang = wardsOf("56").find((w) => w.name === "Phường Nha Trang")!
const saiGon = wardsOf("79").find((w) => w.name === "Phường Sài Gòn")!
const options = { pickup: (id: string) => (id === "so_pickup" ? true : id === "so_home" ? false : null), payments: ["cod", "vietqr"] as ("cod" | "vietqr")[] }
const good = {
  fullName: "  Nguyễn   Thị Lan ",
  phone: "+84 905.123.456",
  email: "Lan@Example.VN",
  provinceCode: "56",
  wardCode: nhaTrang.code,
  street: "12 Trần Phú",
  note: "",
  shippingOptionId: "so_home",
  paymentMethod: "cod",
}

describe("Vietnamese mobile numbers", () => {
  it("accepts the ways people write them and stores 0xxxxxxxxx", () => {
    for (const raw of ["0905123456", "0905 123 456", "090-512-3456", "+84905123456", "84905123456", "(+84) 905 123 456"]) {
      expect(normalizeMobile(raw), raw).toBe("0905123456")
    }
  })
  it("refuses landlines, short, long and foreign numbers", () => {
    for (const raw of ["02583822123", "090512345", "09051234567", "0105123456", "+1 415 555 0100", "số của tôi", ""]) {
      expect(normalizeMobile(raw), raw).toBeNull()
    }
  })
})

describe("the checkout form", () => {
  it("cleans and keeps a good form", () => {
    const parsed = parseCheckout(good, "vi", options)
    expect(parsed).toEqual({
      ok: true,
      value: {
        fullName: "Nguyễn Thị Lan",
        phone: "0905123456",
        email: "lan@example.vn",
        provinceCode: "56",
        provinceName: "Khánh Hòa",
        wardCode: nhaTrang.code,
        wardName: "Phường Nha Trang",
        street: "12 Trần Phú",
        note: null,
        shippingOptionId: "so_home",
        paymentMethod: "cod",
      },
    })
  })

  it("names every bad field, in English too", () => {
    const bad = { ...good, fullName: "L", phone: "123", email: "a@b", wardCode: saiGon.code, street: "x".repeat(201), note: "n".repeat(501), shippingOptionId: "so_unknown", paymentMethod: "stripe" }
    const vi = parseCheckout(bad, "vi", options)
    expect(vi.ok).toBe(false)
    expect(Object.keys(vi.ok ? {} : vi.errors).sort()).toEqual(["delivery", "email", "fullName", "note", "payment", "phone", "street", "ward"])
    const en = parseCheckout(bad, "en", options)
    expect(en.ok ? "" : en.errors.ward).toBe("Please choose a ward or commune in the chosen province.")
  })

  it("needs no street or ward for pickup at the display point", () => {
    const parsed = parseCheckout({ ...good, wardCode: "", street: "", shippingOptionId: "so_pickup" }, "vi", options)
    expect(parsed.ok && parsed.value.street).toBe("")
  })

  it("treats NFD input like NFC and drops control characters", () => {
    const parsed = parseCheckout({ ...good, fullName: "Nguye\u0302\u0303n Thi\u0323 Lan\u0000", street: "12 Tra\u0302\u0300n Phu\u0301\n" }, "vi", options)
    expect(parsed.ok && parsed.value.fullName).toBe("Nguyễn Thị Lan")
    expect(parsed.ok && parsed.value.street).toBe("12 Trần Phú")
  })

  it("does not crash on values of the wrong type", () => {
    const parsed = parseCheckout({ fullName: 42, phone: ["0905123456"], provinceCode: { $ne: 1 } } as never, "vi", options)
    expect(parsed.ok).toBe(false)
  })
})

describe("cart quantities", () => {
  it("are whole numbers 1–999, never rounded", () => {
    expect(parseQuantity("3", "vi")).toBe(3)
    expect(parseQuantity(999, "vi")).toBe(999)
    expect(parseQuantity("0", "vi", { allowZero: true })).toBe(0)
    for (const raw of ["0", "-1", "1.5", "1e3", "1000", " ", "abc", null, undefined, 2.5]) {
      expect(() => parseQuantity(raw, "vi"), String(raw)).toThrow("Số lượng phải là số nguyên từ 1 đến 999.")
    }
  })
})
