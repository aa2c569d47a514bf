/**
 * Medusa's publishable-key check on store routes, with the lookup kept a few seconds per process
 * (commerce/src/lib/publishable-key-cache.ts): a new key works at once, an unknown one never, and a key
 * revoked in Admin stops working within the cache's lifetime.
 */
import { describe, expect, it } from "vitest"
import { PUBLISHABLE_KEY_CACHE_MS } from "../../commerce/src/lib/publishable-key-cache"
import { admin, stack } from "../support/api"

const searchWith = async (key: string) =>
  (await fetch(`${stack().medusaUrl}/store/product-search?q=gom`, { headers: { "x-publishable-api-key": key } })).status

describe("publishable keys on store routes", () => {
  it("a new key works at once, a revoked one is refused within the cache's lifetime, an unknown one always", async () => {
    const { body: channels } = await admin<{ sales_channels: { id: string }[] }>("/admin/sales-channels?limit=1")
    const created = await admin<{ api_key: { id: string; token: string } }>("/admin/api-keys", {
      method: "POST",
      body: JSON.stringify({ title: "Thử khóa công khai", type: "publishable" }),
    })
    expect(created.status).toBe(200)
    const { id, token } = created.body.api_key
    const linked = await admin(`/admin/api-keys/${id}/sales-channels`, { method: "POST", body: JSON.stringify({ add: [channels.sales_channels[0].id] }) })
    expect(linked.status).toBe(200)

    expect(await searchWith(token)).toBe(200)
    expect(await searchWith(token)).toBe(200)
    expect(await searchWith(`${token}x`)).toBe(400)

    const revoked = await admin(`/admin/api-keys/${id}/revoke`, { method: "POST", body: JSON.stringify({}) })
    expect(revoked.status).toBe(200)
    // refused once the kept answer is older than the cache's lifetime (with room for a busy machine), then for good
    await expect.poll(() => searchWith(token), { timeout: PUBLISHABLE_KEY_CACHE_MS + 20_000, interval: 250 }).toBe(400)
    expect(await searchWith(token)).toBe(400)
  })
})
