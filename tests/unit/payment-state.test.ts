import { describe, expect, it } from "vitest"
import { paymentFactsOf, paymentStateOf, shippingRefusal, shippingRefusalAnswer, SHIPPING_REFUSALS } from "../../commerce/src/lib/payment-state"

const COD = "pp_system_default"
const VIETQR = "pp_vietqr_vietqr"

describe("payment state of an order (and so of each of its parcels)", () => {
  it("names Medusa's payment in the Union's words", () => {
    expect(paymentStateOf({ provider_id: VIETQR, amount: 405_000, captured: 0, refunded: 0 })).toBe("awaiting_transfer")
    expect(paymentStateOf({ provider_id: VIETQR, amount: 405_000, captured: 405_000, refunded: 0 })).toBe("paid")
    expect(paymentStateOf({ provider_id: COD, amount: 405_000, captured: 0, refunded: 0 })).toBe("cash_on_delivery")
    expect(paymentStateOf({ provider_id: COD, amount: 405_000, captured: 405_000, refunded: 0 })).toBe("paid")
    expect(paymentStateOf({ provider_id: VIETQR, amount: 405_000, captured: 405_000, refunded: 405_000 })).toBe("refunded")
    // a part refunded (one parcel cancelled): the rest stays paid
    expect(paymentStateOf({ provider_id: VIETQR, amount: 405_000, captured: 405_000, refunded: 55_000 })).toBe("paid")
    // no payment recorded yet: the chosen way decides
    expect(paymentStateOf({ provider_id: null, amount: 0, captured: 0, refunded: 0 })).toBe("awaiting_transfer")
  })

  it("counts a transfer as paid once it covers what the order costs now, after a parcel was cancelled", () => {
    // authorised for 405.000 at checkout; one parcel (55.000) cancelled since: 350.000 received is everything
    expect(paymentStateOf({ provider_id: VIETQR, amount: 405_000, captured: 350_000, refunded: 0 }, 350_000)).toBe("paid")
    expect(paymentStateOf({ provider_id: VIETQR, amount: 405_000, captured: 300_000, refunded: 0 }, 350_000)).toBe("awaiting_transfer")
    expect(paymentStateOf({ provider_id: COD, amount: 405_000, captured: 350_000, refunded: 0 }, 350_000)).toBe("paid")
    // an unknown total changes nothing
    expect(paymentStateOf({ provider_id: VIETQR, amount: 405_000, captured: 350_000, refunded: 0 }, Number.NaN)).toBe("awaiting_transfer")
  })

  it("reads the facts from Query's rows, ignoring cancelled payments", () => {
    const facts = paymentFactsOf(
      [
        {
          payments: [
            { provider_id: VIETQR, amount: 100, canceled_at: "2026-11-01", captures: [{ amount: 100 }] },
            { provider_id: VIETQR, amount: 405_000, captures: [{ amount: 400_000 }, { amount: 5_000 }], refunds: [] },
          ],
          payment_sessions: [{ provider_id: COD }],
        },
        null,
      ],
      Number,
    )
    expect(facts).toEqual({ provider_id: VIETQR, amount: 405_000, captured: 405_000, refunded: 0 })
    expect(paymentFactsOf([{ payment_sessions: [{ provider_id: COD }] }], Number)).toEqual({ provider_id: COD, amount: 0, captured: 0, refunded: 0 })
    expect(paymentFactsOf(undefined, Number).provider_id).toBeNull()
  })

  it("keeps an unpaid transfer and a refunded order from being shipped, and says why in Vietnamese and English", () => {
    expect(shippingRefusal("paid")).toBeNull()
    expect(shippingRefusal("cash_on_delivery")).toBeNull()
    const unpaid = shippingRefusal("awaiting_transfer")!
    expect(unpaid.message).toContain("Hội LHPN tỉnh chưa xác nhận đã nhận tiền")
    expect(unpaid.message_en).toContain("has not confirmed")
    expect(shippingRefusal("refunded")!.code).toBe("payment_refunded")
    // the error handler recognises the refusal whether the code survived the workflow engine or only the message
    expect(shippingRefusalAnswer({ message: SHIPPING_REFUSALS.awaiting_transfer.message })).toEqual(SHIPPING_REFUSALS.awaiting_transfer)
    expect(shippingRefusalAnswer({ code: "payment_refunded" })?.message_en).toBe(SHIPPING_REFUSALS.refunded.message_en)
    expect(shippingRefusalAnswer(new Error("other"))).toBeNull()
  })
})
