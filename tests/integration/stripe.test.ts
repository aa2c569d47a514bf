/**
 * Stripe through the real Medusa server. The test stack registers Stripe with dummy keys
 * (TEST_STRIPE_ENV): the region offers pp_stripe_stripe and webhooks are checked against the
 * webhook secret. Nothing here calls Stripe's servers, which are unreachable on these machines.
 */
import { createRequire } from "node:module"
import path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { medusaServerDir, TEST_STRIPE_ENV } from "../../scripts/lib/env.ts"
import { assertPortFree, waitForHttp } from "../../scripts/lib/ports.ts"
import { startService, type Service } from "../../scripts/lib/processes.ts"
import { withClient } from "../../scripts/lib/database.ts"
import { commerceEnv } from "../../scripts/lib/stack.ts"
import { ephemeralSecrets } from "../../scripts/lib/secrets.ts"
import { admin, stack, store, vndRegionId } from "../support/api"

const requireFromCommerce = createRequire(path.resolve(import.meta.dirname, "../../commerce/package.json"))
const Stripe = requireFromCommerce("stripe") as typeof import("stripe").default

let regionId: string
beforeAll(async () => {
  regionId = await vndRegionId()
})

const providerIds = async (base?: string) => {
  const { medusaUrl, publishableKey } = stack()
  const res = await fetch(`${base ?? medusaUrl}/store/payment-providers?region_id=${regionId}`, { headers: { "x-publishable-api-key": publishableKey } })
  expect(res.status).toBe(200)
  return ((await res.json()) as { payment_providers: { id: string }[] }).payment_providers.map((p) => p.id).sort()
}

describe("Stripe registered (keys set)", () => {
  it("the Việt Nam region offers cash on delivery, VietQR and Stripe", async () => {
    expect(await providerIds()).toEqual(["pp_stripe_stripe", "pp_system_default", "pp_vietqr_vietqr"])
    const { body } = await store(`/store/regions/${regionId}?fields=id,*payment_providers`)
    expect(body.region.payment_providers.map((p: { id: string }) => p.id).sort()).toEqual(["pp_stripe_stripe", "pp_system_default", "pp_vietqr_vietqr"])
  })

  it("a payment session with pp_stripe_stripe creates a PaymentIntent at Stripe", (ctx) => {
    ctx.skip("SKIPPED: needs Stripe's servers (api.stripe.com), which are unreachable on these machines")
  })
})

describe("Stripe webhooks at /hooks/payment/stripe_stripe", () => {
  const url = () => `${stack().medusaUrl}/hooks/payment/stripe_stripe`
  // A real event shape; without a Medusa payment session id in its metadata the provider ignores it once queued.
  const payload = JSON.stringify({
    id: "evt_test_webhook",
    object: "event",
    type: "payment_intent.succeeded",
    data: { object: { id: "pi_test_webhook", object: "payment_intent", amount: 215000, amount_received: 215000, currency: "vnd", metadata: {} } },
  })
  const post = (headers: Record<string, string>, body = payload) => fetch(url(), { method: "POST", headers: { "content-type": "application/json", ...headers }, body })

  it("refuses a bad signature with 400 and a clear message", async () => {
    const forged = Stripe.webhooks.generateTestHeaderString({ payload, secret: "whsec_not_ours" })
    const res = await post({ "stripe-signature": forged })
    expect(res.status).toBe(400)
    const body = (await res.json()) as { message: string }
    expect(body.message).toMatch(/chữ ký không hợp lệ.*invalid or expired signature/)
  })

  it("refuses a call without a signature", async () => {
    const res = await post({})
    expect(res.status).toBe(400)
    expect(((await res.json()) as { message: string }).message).toContain("missing stripe-signature header")
  })

  it("refuses a signed body that was altered afterwards", async () => {
    const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: TEST_STRIPE_ENV.STRIPE_WEBHOOK_SECRET })
    const res = await post({ "stripe-signature": signature }, payload.replace("215000", "1"))
    expect(res.status).toBe(400)
  })

  it("accepts an event signed with the webhook secret (200)", async () => {
    const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: TEST_STRIPE_ENV.STRIPE_WEBHOOK_SECRET })
    const res = await post({ "stripe-signature": signature })
    expect(res.status).toBe(200)
  })

  it("checks the other Stripe provider routes too", async () => {
    const res = await fetch(`${stack().medusaUrl}/hooks/payment/stripe-ideal_stripe`, { method: "POST", headers: { "content-type": "application/json" }, body: payload })
    expect(res.status).toBe(400)
  })
})

/**
 * Medusa keeps a provider that disappears from the configuration: the region still lists it and
 * the database row stays enabled. A second Medusa on the same database, started without the
 * Stripe keys, must not offer it.
 */
describe("the same shop started without Stripe keys", () => {
  let medusa: Service | undefined
  let base = ""

  beforeAll(async () => {
    const { databaseUrl, medusaPort, storefrontUrl, uploadDir } = stack()
    const port = medusaPort + 10
    await assertPortFree(port, "Medusa (no Stripe)", "TEST_MEDUSA_PORT")
    base = `http://localhost:${port}`
    const env = commerceEnv({ databaseUrl, medusaPort: port, storefrontUrl, uploadDir, secrets: ephemeralSecrets(), extra: { STRIPE_API_KEY: "", STRIPE_WEBHOOK_SECRET: "" } })
    medusa = startService(process.execPath, [path.resolve("node_modules/@medusajs/cli/cli.js"), "start"], { cwd: medusaServerDir, env, label: "medusa-no-stripe", quiet: true })
    await waitForHttp(`${base}/health`, 120_000, medusa.alive)
  }, 150_000)

  afterAll(async () => {
    await medusa?.stop()
  })

  it("does not list Stripe, although the region still has it and Medusa left it enabled", async () => {
    expect(await providerIds(base)).toEqual(["pp_system_default", "pp_vietqr_vietqr"])
    const { body } = await admin(`/admin/regions/${regionId}?fields=id,*payment_providers`)
    expect(body.region.payment_providers.map((p: { id: string }) => p.id)).toContain("pp_stripe_stripe")
    // Medusa 2.21's loader does not disable a provider missing from the configuration.
    const enabled = await withClient(stack().databaseUrl, async (c) => (await c.query(`select is_enabled from payment_provider where id = 'pp_stripe_stripe'`)).rows[0]?.is_enabled)
    expect(enabled).toBe(true)
  })

  it("refuses a Stripe payment session with a clear 400", async () => {
    const { publishableKey } = stack()
    const headers = { "x-publishable-api-key": publishableKey, "content-type": "application/json" }
    const cart = (await (await fetch(`${base}/store/carts`, { method: "POST", headers, body: JSON.stringify({ region_id: regionId }) })).json()) as { cart: { id: string } }
    const pc = (await (await fetch(`${base}/store/payment-collections`, { method: "POST", headers, body: JSON.stringify({ cart_id: cart.cart.id }) })).json()) as {
      payment_collection: { id: string }
    }
    const res = await fetch(`${base}/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, {
      method: "POST",
      headers,
      body: JSON.stringify({ provider_id: "pp_stripe_stripe" }),
    })
    expect(res.status).toBe(400)
    expect(((await res.json()) as { message: string }).message).toMatch(/^Phương thức thanh toán "pp_stripe_stripe" không có/)
  })

  it("refuses Stripe webhooks: Stripe is not enabled there", async () => {
    const res = await fetch(`${base}/hooks/payment/stripe_stripe`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" })
    expect(res.status).toBe(400)
    expect(((await res.json()) as { message: string }).message).toContain("Stripe is not enabled")
  })
})
