import { describe, expect, it } from "vitest"
import {
  isStripeConfigured,
  paymentProviders,
  STRIPE_PAYMENT_PROVIDER_ID,
  usablePaymentProviderIds,
} from "../../commerce/src/lib/payment-providers"

describe("payment providers registered with Medusa", () => {
  it("without Stripe keys: VietQR only (COD is Medusa's built-in system provider), and the store may use COD and VietQR", () => {
    const providers = paymentProviders({})
    expect(providers.map((p) => [p.resolve, p.id])).toEqual([["./src/modules/vietqr-payment", "vietqr"]])
    expect(isStripeConfigured({})).toBe(false)
    expect(usablePaymentProviderIds({})).toEqual(["pp_system_default", "pp_vietqr_vietqr"])
  })

  it("a blank STRIPE_API_KEY counts as not set", () => {
    expect(paymentProviders({ STRIPE_API_KEY: "  " }).some((p) => p.id === "stripe")).toBe(false)
    expect(usablePaymentProviderIds({ STRIPE_API_KEY: "" })).not.toContain(STRIPE_PAYMENT_PROVIDER_ID)
  })

  it("with STRIPE_API_KEY: Medusa's Stripe provider with id stripe (pp_stripe_stripe), the webhook secret and automatic capture", () => {
    const env = { STRIPE_API_KEY: "sk_test_abc", STRIPE_WEBHOOK_SECRET: "whsec_xyz" }
    const stripe = paymentProviders(env).find((p) => p.id === "stripe")
    expect(stripe).toEqual({
      resolve: "@medusajs/medusa/payment-stripe",
      id: "stripe",
      options: { apiKey: "sk_test_abc", webhookSecret: "whsec_xyz", capture: true },
    })
    expect(usablePaymentProviderIds(env)).toEqual(["pp_system_default", "pp_vietqr_vietqr", "pp_stripe_stripe"])
  })

  it("with a key but no webhook secret Stripe is registered without one (Medusa warns; our webhook check refuses every call)", () => {
    const stripe = paymentProviders({ STRIPE_API_KEY: "sk_test_abc" }).find((p) => p.id === "stripe")
    expect(stripe?.options.webhookSecret).toBeUndefined()
  })

  it("VietQR account settings come from the environment", () => {
    const [vietqr] = paymentProviders({ VIETQR_BANK_BIN: "970415", VIETQR_ACCOUNT_NUMBER: "123456789" })
    expect(vietqr.options).toMatchObject({ bankBin: "970415", accountNumber: "123456789" })
  })
})
