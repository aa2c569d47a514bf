/**
 * The publishable-key lookup Medusa makes on every store request, kept a few seconds per process
 * (commerce/src/lib/publishable-key-cache.ts): only that exact lookup, only keys that exist, copies only.
 */
import { describe, expect, it } from "vitest"
import { publishableKeyCache, publishableKeyLookupToken } from "../../commerce/src/lib/publishable-key-cache"

/** What Medusa 2.21's ensurePublishableApiKeyMiddleware passes to query.graph. */
const lookup = (token: string) => ({
  entity: "api_key",
  fields: ["id", "token", "revoked_at", "sales_channels_link.sales_channel_id"],
  filters: { token, type: "publishable" },
})

const row = (token: string) => ({ id: `apk_${token}`, token, revoked_at: null, sales_channels_link: [{ sales_channel_id: "sc_1" }] })

function harness(ttlMs = 10_000) {
  let clock = 0
  let calls = 0
  let answer: (token: string) => unknown[] = (token) => [row(token)]
  const wrap = publishableKeyCache({ ttlMs, size: 2, now: () => clock })
  const graph = (options: any) =>
    wrap(async () => {
      calls++
      return answer(options.filters?.token)
    }, options) as Promise<any[]>
  return {
    graph,
    calls: () => calls,
    tick: (ms: number) => (clock += ms),
    answer: (fn: typeof answer) => (answer = fn),
  }
}

describe("publishable key lookup", () => {
  it("recognises only the middleware's exact lookup", () => {
    expect(publishableKeyLookupToken(lookup("pk_1"))).toBe("pk_1")
    // the same fields in another order are the same lookup
    expect(publishableKeyLookupToken({ ...lookup("pk_1"), fields: [...lookup("pk_1").fields].reverse() })).toBe("pk_1")
    expect(publishableKeyLookupToken({ ...lookup("pk_1"), entity: "product" })).toBeNull()
    expect(publishableKeyLookupToken({ ...lookup("pk_1"), filters: { token: "pk_1", type: "secret" } })).toBeNull()
    expect(publishableKeyLookupToken({ ...lookup("pk_1"), filters: { token: "pk_1", type: "publishable", id: "x" } })).toBeNull()
    expect(publishableKeyLookupToken({ ...lookup("pk_1"), filters: { token: ["pk_1", "pk_2"], type: "publishable" } })).toBeNull()
    expect(publishableKeyLookupToken({ ...lookup(""), filters: { token: "", type: "publishable" } })).toBeNull()
    expect(publishableKeyLookupToken({ ...lookup("pk_1"), fields: ["id", "token", "revoked_at", "title"] })).toBeNull()
    expect(publishableKeyLookupToken({ ...lookup("pk_1"), fields: [...lookup("pk_1").fields, "title"] })).toBeNull()
    expect(publishableKeyLookupToken({ ...lookup("pk_1"), pagination: { take: 1 } })).toBeNull()
    expect(publishableKeyLookupToken(null)).toBeNull()
    expect(publishableKeyLookupToken("api_key")).toBeNull()
  })

  it("answers a known key from memory until the time is up, then asks again", async () => {
    const h = harness(10_000)
    expect(await h.graph(lookup("pk_1"))).toEqual([row("pk_1")])
    expect(await h.graph(lookup("pk_1"))).toEqual([row("pk_1")])
    h.tick(9_999)
    await h.graph(lookup("pk_1"))
    expect(h.calls()).toBe(1)
    // revoked in Admin meanwhile: seen once the entry is older than the lifetime
    h.answer((token) => [{ ...row(token), revoked_at: new Date(0) }])
    h.tick(1)
    expect((await h.graph(lookup("pk_1")))[0].revoked_at).toEqual(new Date(0))
    expect(h.calls()).toBe(2)
  })

  it("looks an unknown key up every time (nothing kept for keys that do not exist)", async () => {
    const h = harness()
    h.answer(() => [])
    expect(await h.graph(lookup("pk_nope"))).toEqual([])
    expect(await h.graph(lookup("pk_nope"))).toEqual([])
    expect(h.calls()).toBe(2)
    // created afterwards: works at once
    h.answer((token) => [row(token)])
    expect(await h.graph(lookup("pk_nope"))).toEqual([row("pk_nope")])
  })

  it("hands out copies: a caller changing its answer changes nobody else's", async () => {
    const h = harness()
    const first = await h.graph(lookup("pk_1"))
    first[0].sales_channels_link.push({ sales_channel_id: "sc_evil" })
    first[0].revoked_at = "x"
    const second = await h.graph(lookup("pk_1"))
    expect(second).toEqual([row("pk_1")])
    second[0].token = "changed"
    expect(await h.graph(lookup("pk_1"))).toEqual([row("pk_1")])
    expect(h.calls()).toBe(1)
  })

  it("keeps a bounded number of keys, the oldest leaving first", async () => {
    const h = harness()
    await h.graph(lookup("pk_1"))
    await h.graph(lookup("pk_2"))
    await h.graph(lookup("pk_3"))
    expect(h.calls()).toBe(3)
    await h.graph(lookup("pk_3"))
    await h.graph(lookup("pk_2"))
    expect(h.calls()).toBe(3)
    await h.graph(lookup("pk_1"))
    expect(h.calls()).toBe(4)
  })

  it("runs every other query unchanged, through the tracer installed before it", async () => {
    const traced: string[] = []
    const wrap = publishableKeyCache({ next: async (fn, options: any) => (traced.push(options.entity), fn()) })
    let calls = 0
    const other = { entity: "product", fields: ["id"], filters: { id: "p1" } }
    for (let i = 0; i < 2; i++) await wrap(async () => (calls++, [{ id: "p1" }]), other)
    await wrap(async () => (calls++, [row("pk_1")]), lookup("pk_1"))
    await wrap(async () => (calls++, [row("pk_1")]), lookup("pk_1"))
    expect(calls).toBe(3)
    expect(traced).toEqual(["product", "product", "api_key"])
  })
})
