import { describe, expect, it } from "vitest"
import { PARCEL_FEES_MESSAGES, parcelMethodData, parcelOfMethod, parcelRefusalAnswer, paymentAmountMessages, splitIntoParcels, UNION_PARCEL } from "../../commerce/src/lib/parcels"

const A = { id: "coop_a", handle: "htx-a", name: "HTX A" }

describe("parcels: each cooperative's part with its own delivery fee", () => {
  it("puts each fee on its parcel, in the order parcels first appear, and adds up to the order", () => {
    const { parcels, problems } = splitIntoParcels(
      [
        { key: "coop_b", total: 35_000 },
        { key: "coop_a", total: 100_000 },
        { key: "coop_b", total: 15_000 },
      ],
      [
        { key: "coop_a", amount: 20_000, shipping_option_id: "so_1" },
        { key: "coop_b", amount: 20_000, shipping_option_id: "so_1" },
      ],
    )
    expect(problems).toEqual([])
    expect(parcels).toEqual([
      { key: "coop_b", item_total: 50_000, shipping_total: 20_000, total: 70_000, methods: 1 },
      { key: "coop_a", item_total: 100_000, shipping_total: 20_000, total: 120_000, methods: 1 },
    ])
  })

  it("gives Medusa's plain single shipping method to a one-cooperative order", () => {
    const { parcels, problems } = splitIntoParcels([{ key: "coop_a", total: 90_000 }], [{ key: null, amount: 35_000 }])
    expect(problems).toEqual([])
    expect(parcels[0]).toMatchObject({ shipping_total: 35_000, total: 125_000 })
  })

  it("flags a cart whose fees do not match its parcels, and still adds every đồng up (to the first parcel)", () => {
    // one fee for two cooperatives (an order placed before parcels, or Medusa's plain route)
    const legacy = splitIntoParcels(
      [
        { key: "coop_a", total: 350_000 },
        { key: "coop_b", total: 35_000 },
      ],
      [{ key: null, amount: 20_000 }],
    )
    expect(legacy.problems).toEqual([{ kind: "unattributed" }, { kind: "missing", key: "coop_a" }, { kind: "missing", key: "coop_b" }])
    expect(legacy.parcels.map((p) => p.total)).toEqual([370_000, 35_000])
    expect(legacy.parcels.reduce((n, p) => n + p.total, 0)).toBe(405_000)

    // a cooperative's last line removed after the delivery was chosen; another's added
    const stale = splitIntoParcels([{ key: "coop_a", total: 10 }, { key: "coop_c", total: 5 }], [
      { key: "coop_a", amount: 1 },
      { key: "coop_b", amount: 1 },
    ])
    expect(stale.problems).toEqual([{ kind: "stale", key: "coop_b" }, { kind: "missing", key: "coop_c" }])
    expect(stale.parcels.reduce((n, p) => n + p.total, 0)).toBe(17)

    expect(splitIntoParcels([{ key: "coop_a", total: 1 }], [{ key: "coop_a", amount: 1 }, { key: "coop_a", amount: 1 }]).problems).toEqual([
      { kind: "duplicate", key: "coop_a" },
    ])
    expect(splitIntoParcels([{ key: "coop_a", total: 1 }], []).problems).toEqual([{ kind: "missing", key: "coop_a" }])
    expect(
      splitIntoParcels(
        [{ key: "coop_a", total: 1 }, { key: "coop_b", total: 1 }],
        [
          { key: "coop_a", amount: 20_000, shipping_option_id: "so_tinh" },
          { key: "coop_b", amount: 35_000, shipping_option_id: "so_toan_quoc" },
        ],
      ).problems,
    ).toEqual([{ kind: "mixed_options" }])
  })

  it("marks each shipping method with its parcel, and reads the mark back (goods of no cooperative: the Union's parcel)", () => {
    expect(parcelMethodData(A)).toEqual({ parcel: "coop_a", cooperative_handle: "htx-a", cooperative_name: "HTX A" })
    expect(parcelMethodData(null)).toEqual({ parcel: UNION_PARCEL, cooperative_handle: null, cooperative_name: null })
    expect(parcelOfMethod({ parcel: "coop_a", cooperative_handle: "htx-a", cooperative_name: "HTX A" })).toEqual(parcelMethodData(A))
    for (const data of [null, undefined, {}, { parcel: "" }, { parcel: 5 }, "coop_a"]) expect(parcelOfMethod(data)).toBeNull()
  })

  it("turns the checkout's refusals back into Vietnamese and English, whatever became of the error on the way", () => {
    expect(parcelRefusalAnswer({ message: PARCEL_FEES_MESSAGES.message })).toEqual(PARCEL_FEES_MESSAGES)
    expect(parcelRefusalAnswer({ code: "parcel_fees_mismatch", message: "x" })?.message_en).toBe(PARCEL_FEES_MESSAGES.message_en)
    const payment = paymentAmountMessages(385_000, 405_000)
    expect(payment.message).toBe("Số tiền thanh toán (385.000 ₫) khác tổng đơn hàng (405.000 ₫). Vui lòng chọn lại cách thanh toán rồi đặt hàng.")
    expect(parcelRefusalAnswer({ message: payment.message })).toEqual(payment)
    expect(parcelRefusalAnswer(new Error("Shipping Options are invalid for cart."))).toBeNull()
    expect(parcelRefusalAnswer(null)).toBeNull()
  })
})
