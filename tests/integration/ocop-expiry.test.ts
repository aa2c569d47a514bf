/**
 * OCOP stars leave the search index when the certificate expires, not only when someone edits the
 * product: the nightly job's pass (commerce/src/jobs/ocop-expiry.ts), run here the way
 * `npm run reindex -- --ocop-expired` runs it (`medusa exec`) against the test stack's database.
 * Time passing is played by changing expiry dates directly in the database, which no event reports.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { vietnamToday } from "../../commerce/src/lib/ocop"
import { withClient } from "../../scripts/lib/database.ts"
import { testSettings } from "../../scripts/lib/env.ts"
import { commerceEnv } from "../../scripts/lib/stack.ts"
import { reindexExpiredOcop } from "../../scripts/lib/medusa-exec.ts"
import { admin, stack, store } from "../support/api"

interface Hit {
  id: string
  handle: string
  ocop_stars: number | null
}

async function search(params: Record<string, string>): Promise<{ count: number; pages: number; hits: Hit[] }> {
  const { status, body } = await store(`/store/product-search?${new URLSearchParams(params)}`)
  expect(status, JSON.stringify(body)).toBe(200)
  return body
}

/** Every hit of a search, across pages. */
async function allHits(params: Record<string, string> = {}): Promise<Hit[]> {
  const first = await search({ ...params, limit: "48" })
  const hits = [...first.hits]
  for (let page = 2; page <= first.pages; page++) hits.push(...(await search({ ...params, limit: "48", page: String(page) })).hits)
  return hits
}

/** The product's stars as the index shows them (undefined: not in the index). */
const indexedStars = async (id: string) => (await allHits()).find((h) => h.id === id)?.ocop_stars
/** Whether the stars filter (the storefront's OCOP filter) lists the product. */
const inStarsFilter = async (id: string, stars: number) => (await allHits({ stars: String(stars) })).some((h) => h.id === id)

interface Certified {
  id: string
  handle: string
  stars: number
  provenanceId: string
  originalExpiry: string
}

async function certified(hit: Hit): Promise<Certified> {
  const { body } = await store(`/store/products?handle=${hit.handle}&fields=id,*product_provenance`)
  const prov = body.products[0].product_provenance
  return { id: hit.id, handle: hit.handle, stars: hit.ocop_stars!, provenanceId: prov.id, originalExpiry: prov.ocop_expires_on }
}

const setExpiry = (provenanceId: string, expiresOn: Date | string) =>
  withClient(stack().databaseUrl, (db) => db.query(`update product_provenance set ocop_expires_on = $1 where id = $2`, [expiresOn, provenanceId]))

const DAY = 24 * 60 * 60 * 1000

/** Polls a state (hooks cannot use expect.poll). */
async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check()) return
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`search index did not show: ${what} (waited ${timeoutMs / 1000} s)`)
}

describe("OCOP stars after the certificate expires", () => {
  let expired: Certified // expired yesterday (in Vietnam)
  let lastDay: Certified // expires today: still counts all day
  const today = vietnamToday(new Date())
  const yesterday = new Date(today.getTime() - DAY)

  const env = () => {
    const settings = testSettings()
    const s = stack()
    return commerceEnv({
      databaseUrl: s.databaseUrl,
      medusaPort: s.medusaPort,
      storefrontUrl: s.storefrontUrl,
      uploadDir: s.uploadDir,
      secrets: settings.secrets,
      extra: { ...settings.commerceEnv, ...s.search.env },
    })
  }

  beforeAll(async () => {
    const starred = (await allHits({ sort: "ocop" })).filter((h) => h.ocop_stars != null)
    expect(starred.length, "demo products with valid OCOP stars").toBeGreaterThanOrEqual(2)
    // Not the top ones: the search contract wants a 5-star product first, and these come back anyway.
    expired = await certified(starred.at(-1)!)
    lastDay = await certified(starred.at(-2)!)
  })

  afterAll(async () => {
    // Back as seeded; an edit (an event) brings the stars back into the index.
    for (const product of [expired, lastDay].filter(Boolean)) {
      await setExpiry(product.provenanceId, product.originalExpiry)
      expect((await admin(`/admin/products/${product.id}`, { method: "POST", body: JSON.stringify({ status: "published" }) })).status).toBe(200)
    }
    if (expired) await eventually(async () => (await indexedStars(expired.id)) === expired.stars, "stars back after the renewal")
  })

  it("keeps stale stars until the nightly pass, which removes them from the results and the stars filter, and leaves a certificate's last day alone", async () => {
    await setExpiry(expired.provenanceId, yesterday)
    await setExpiry(lastDay.provenanceId, today)

    // The stale state: nothing told the index.
    expect(await indexedStars(expired.id)).toBe(expired.stars)
    expect(await inStarsFilter(expired.id, expired.stars)).toBe(true)

    const run = await reindexExpiredOcop(env())
    expect(run.today, "the pass ran on the date the test set up (not across midnight in Vietnam)").toBe(today.toISOString().slice(0, 10))
    expect(run.reindexed).toContain(expired.id)
    expect(run.reindexed).not.toContain(lastDay.id)

    await expect.poll(() => indexedStars(expired.id), { message: "expired product shown without stars" }).toBeNull()
    expect(await inStarsFilter(expired.id, expired.stars)).toBe(false)
    // still searchable, only without stars
    expect((await allHits()).some((h) => h.id === expired.id)).toBe(true)
    // a certificate valid until today keeps its stars all day
    expect(await indexedStars(lastDay.id)).toBe(lastDay.stars)
    expect(await inStarsFilter(lastDay.id, lastDay.stars)).toBe(true)

    // A second pass the same day finds nothing left to do for these two.
    const again = await reindexExpiredOcop(env())
    expect(again.reindexed).not.toContain(expired.id)
    expect(again.reindexed).not.toContain(lastDay.id)
    expect(again.expired).toBeGreaterThanOrEqual(1)
  })
})
