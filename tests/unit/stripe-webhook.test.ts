/**
 * Stripe webhook signatures, checked offline: the real provider class from
 * @medusajs/payment-stripe (what Medusa runs for pp_stripe_stripe) and our own check that runs
 * before Medusa queues an event. Payloads are signed with Stripe's own test helper; nothing here
 * talks to Stripe's servers (they are unreachable on these machines).
 */
import { createRequire } from "node:module"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { checkStripeSignature } from "../../commerce/src/lib/stripe-webhook"

// The packages as commerce resolves them (stripe 15.12, Medusa's provider).
const requireFromCommerce = createRequire(path.resolve(import.meta.dirname, "../../commerce/package.json"))
const Stripe = requireFromCommerce("stripe") as typeof import("stripe").default
const StripeProviderService = requireFromCommerce("@medusajs/payment-stripe/dist/services/stripe-provider").default as new (
  cradle: Record<string, unknown>,
  options: Record<string, unknown>
) => { getWebhookActionAndData(data: { data: Record<string, unknown>; rawData: string | Buffer; headers: Record<string, unknown> }): Promise<{ action: string; data?: { session_id: string; amount: unknown } }> }

const secret = "whsec_unit_test_secret"
const event = {
  id: "evt_test_1",
  object: "event",
  type: "payment_intent.succeeded",
  data: {
    object: {
      id: "pi_test_1",
      object: "payment_intent",
      amount: 215000,
      amount_received: 215000,
      currency: "vnd",
      metadata: { session_id: "payses_test_1" },
    },
  },
}
const payload = JSON.stringify(event)
const sign = (body: string, key = secret, timestamp?: number) =>
  Stripe.webhooks.generateTestHeaderString({ payload: body, secret: key, ...(timestamp ? { timestamp } : {}) })

describe("Medusa's Stripe provider (pp_stripe_stripe) reading webhooks", () => {
  const provider = new StripeProviderService({}, { apiKey: "sk_test_dummy_no_network", webhookSecret: secret, capture: true })

  it("a correctly signed payment_intent.succeeded becomes 'captured' for the payment session, VND as whole đồng", async () => {
    const result = await provider.getWebhookActionAndData({ data: event, rawData: payload, headers: { "stripe-signature": sign(payload) } })
    expect(result.action).toBe("captured")
    expect(result.data?.session_id).toBe("payses_test_1")
    expect(Number(result.data?.amount)).toBe(215000)
  })

  it("a payload signed with another secret is rejected", async () => {
    await expect(
      provider.getWebhookActionAndData({ data: event, rawData: payload, headers: { "stripe-signature": sign(payload, "whsec_someone_else") } })
    ).rejects.toThrow(/constructWebhookEvent/)
  })

  it("a tampered body (amount changed after signing) is rejected", async () => {
    const tampered = payload.replace("215000", "1")
    await expect(
      provider.getWebhookActionAndData({ data: JSON.parse(tampered), rawData: tampered, headers: { "stripe-signature": sign(payload) } })
    ).rejects.toThrow(/signature/i)
  })

  it("a missing signature is rejected", async () => {
    await expect(provider.getWebhookActionAndData({ data: event, rawData: payload, headers: {} })).rejects.toThrow()
  })
})

describe("our check before Medusa queues a Stripe webhook", () => {
  it("accepts a correctly signed event", () => {
    const check = checkStripeSignature(Buffer.from(payload), sign(payload), secret)
    expect(check.ok).toBe(true)
    if (check.ok) expect(check.event.id).toBe("evt_test_1")
  })

  it("refuses bad, missing and stale signatures, an empty body and a missing secret, in Vietnamese and English", () => {
    const stale = sign(payload, secret, Math.floor(Date.now() / 1000) - 3600)
    const cases: [Buffer | undefined, string | undefined, string | undefined, RegExp][] = [
      [Buffer.from(payload), sign(payload, "whsec_wrong"), secret, /chữ ký không hợp lệ.*invalid or expired signature/],
      [Buffer.from(payload), "t=1,v1=deadbeef", secret, /invalid or expired signature/],
      [Buffer.from(payload), stale, secret, /invalid or expired signature/],
      [Buffer.from(payload), undefined, secret, /thiếu chữ ký.*missing stripe-signature/],
      [undefined, sign(payload), secret, /empty or non-JSON body/],
      [Buffer.from(payload), sign(payload), undefined, /STRIPE_WEBHOOK_SECRET is not configured/],
    ]
    for (const [body, signature, key, message] of cases) {
      const check = checkStripeSignature(body, signature, key)
      expect(check.ok).toBe(false)
      if (!check.ok) expect(check.message).toMatch(message)
    }
  })
})
