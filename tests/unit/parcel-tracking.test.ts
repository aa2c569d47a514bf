import { describe, expect, it } from "vitest"
import { areaName, fullAddress, listWards } from "../../commerce/src/lib/administrative-units"
import { findReference, parcelPaymentState, parcelStatusOf, paymentMethodOf, transferDetails } from "../../commerce/src/lib/parcel-tracking"
import { buildVietQrPayload, hasValidCrc, parseTlv } from "../../commerce/src/lib/vietqr"

const SESSION = {
  bank_bin: "970436",
  bank_name: "Vietcombank",
  account_number: "0011004455667",
  account_name: "HOI LHPN TINH KHANH HOA",
  reference: "CHOHTX G0Y1SQPX6G",
  amount: 405_000,
  payload: buildVietQrPayload({ bankBin: "970436", accountNumber: "0011004455667", amount: 405_000, reference: "CHOHTX G0Y1SQPX6G" }),
}

describe("where a parcel is", () => {
  it("reads the cooperative's record; no record yet is a new parcel", () => {
    expect(parcelStatusOf(undefined)).toBe("new")
    expect(parcelStatusOf({ status: "shipped" })).toBe("shipped")
    expect(parcelStatusOf({ status: "cancelled" })).toBe("cancelled")
    expect(parcelStatusOf({ status: "lost in the mail" })).toBe("new")
  })

  it("a parcel's payment is its order's, except cash collected at the door and a cancelled parcel", () => {
    expect(parcelPaymentState("awaiting_transfer", "packing", null)).toBe("awaiting_transfer")
    expect(parcelPaymentState("cash_on_delivery", "shipped", null)).toBe("cash_on_delivery")
    expect(parcelPaymentState("cash_on_delivery", "delivered", 385_000)).toBe("paid")
    expect(parcelPaymentState("cash_on_delivery", "delivered", 0)).toBe("paid")
    expect(parcelPaymentState("paid", "cancelled", null)).toBeNull()
  })

  it("names the way of paying from Medusa's provider", () => {
    expect(paymentMethodOf("pp_system_default")).toBe("cod")
    expect(paymentMethodOf("pp_vietqr_vietqr")).toBe("vietqr")
    expect(paymentMethodOf("pp_stripe_stripe")).toBe("card")
    expect(paymentMethodOf(null)).toBeNull()
  })
})

describe("the transfer still to make", () => {
  it("is the checkout's QR while the amount is the same", () => {
    const t = transferDetails(SESSION, 405_000)!
    expect(t).toMatchObject({ bank_name: "Vietcombank", account_number: "0011004455667", account_name: "HOI LHPN TINH KHANH HOA", amount: 405_000, reference: "CHOHTX G0Y1SQPX6G" })
    expect(t.payload).toBe(SESSION.payload)
  })

  it("is a new QR for the new amount, same account and reference, when the amount due changed", () => {
    const t = transferDetails(SESSION, 370_000)!
    expect(t.payload).not.toBe(SESSION.payload)
    expect(hasValidCrc(t.payload)).toBe(true)
    const fields = parseTlv(t.payload)
    expect(fields["54"]).toBe("370000")
    expect(parseTlv(fields["62"])["08"]).toBe("CHOHTX G0Y1SQPX6G")
    expect(parseTlv(parseTlv(fields["38"])["01"])).toEqual({ "00": "970436", "01": "0011004455667" })
  })

  it("is nothing when nothing is due or the session cannot make a QR", () => {
    expect(transferDetails(SESSION, 0)).toBeNull()
    expect(transferDetails(SESSION, -5)).toBeNull()
    expect(transferDetails(null, 405_000)).toBeNull()
    expect(transferDetails({ ...SESSION, reference: "" }, 405_000)).toBeNull()
    expect(transferDetails({ ...SESSION, payload: "", bank_bin: "12" }, 405_000)).toBeNull()
  })
})

describe("a transfer reference in a bank statement line", () => {
  it("is found however the bank wrote it", () => {
    for (const text of [
      "CHOHTX G0Y1SQPX6G",
      "chohtx g0y1sqpx6g",
      "MBVCB.3345678912.CHOHTXG0Y1SQPX6G.CT tu 0123456789 NGUYEN THI LAN toi 0011004455667",
      "IBFT CHOHTX-G0Y1SQPX6G chuyen tien mua hang",
      "Nguyen Thi Lan chuyen khoan CHOHTX G0Y1SQPX6GFT25331",
    ]) {
      expect(findReference(text), text).toBe("CHOHTX G0Y1SQPX6G")
    }
  })

  it("is none when the line holds no reference", () => {
    expect(findReference("Tra lai tien thua")).toBeNull()
    expect(findReference("CHOHTX 12345")).toBeNull()
    expect(findReference(42)).toBeNull()
    expect(findReference("")).toBeNull()
  })
})

describe("addresses by name", () => {
  const nhaTrang = listWards("56").find((w) => w.name === "Phường Nha Trang")!
  const boDe = listWards("01").find((w) => w.name === "Phường Bồ Đề")!

  it("names the ward and the province from the administrative units", () => {
    expect(areaName({ city: "Phường Bồ Đề", province: "01" })).toBe("Phường Bồ Đề, Thành phố Hà Nội")
    expect(areaName({ city: "typed by hand", province: "56", metadata: { ward_code: nhaTrang.code } })).toBe("Phường Nha Trang, Khánh Hòa")
    expect(areaName({ city: boDe.name, province: "Hà Nội" })).toBe("Phường Bồ Đề, Hà Nội")
    expect(areaName(null)).toBe("")
  })

  it("puts the street first", () => {
    expect(fullAddress({ address_1: "12 Trần Phú", address_2: "", city: "Phường Nha Trang", province: "56" })).toBe("12 Trần Phú, Phường Nha Trang, Khánh Hòa")
  })
})
