/**
 * Product search through the store API as the storefront calls it, and switching the test stack's
 * search between engines while it runs — the way a shop is switched (`SEARCH_ENGINE=… npm run reindex`):
 * a rebuild under the other engine swaps the new index version in, and Medusa's server follows it.
 */
import { expect } from "vitest"
import { adminLogin, createStockedProduct } from "../../scripts/lib/checkout.ts"
import { testSettings } from "../../scripts/lib/env.ts"
import { reindexSearch, type ReindexSummary } from "../../scripts/lib/medusa-exec.ts"
import { commerceEnv } from "../../scripts/lib/stack.ts"
import { admin, stack, store } from "./api"

export type Engine = "meilisearch" | "postgres"
export const ENGINE_NAME: Record<Engine, string> = { meilisearch: "Meilisearch", postgres: "PostgreSQL" }

export interface Hit {
  id: string
  handle: string
  title: string
  subtitle: string | null
  price: number | null
  ocop_stars: number | null
  in_stock: boolean
  cooperative_handle: string | null
  category_names: string[]
  created_at: string | null
}
export interface Result {
  query: string
  approximate: boolean
  count: number
  pages: number
  hits: Hit[]
  facets: Record<"category" | "cooperative" | "area" | "stars" | "in_stock", { value: string; count: number }[]>
}

export async function search(params: Record<string, string | string[]> = {}): Promise<Result> {
  const qs = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) for (const v of [value].flat()) qs.append(key, v)
  const { status, body } = await store<Result>(`/store/product-search?${qs}`)
  expect(status, JSON.stringify(body)).toBe(200)
  return body
}

/** Every hit of a search, across pages. */
export async function allIds(params: Record<string, string | string[]> = {}): Promise<string[]> {
  const first = await search({ ...params, limit: "48" })
  const ids = first.hits.map((h) => h.id)
  for (let page = 2; page <= first.pages; page++) ids.push(...(await search({ ...params, limit: "48", page: String(page) })).hits.map((h) => h.id))
  return ids
}

export const sorted = (ids: string[]) => [...ids].sort()

/** Polls until the index shows a change (events are applied asynchronously, within seconds). */
export async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check()) return
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`search index did not show: ${what} (waited ${timeoutMs / 1000} s)`)
}

/** The environment of a `medusa exec` against the test stack, with search on `engine`. */
export function execEnv(engine: Engine = stack().search.engine): NodeJS.ProcessEnv {
  const settings = testSettings()
  const s = stack()
  return commerceEnv({
    databaseUrl: s.databaseUrl,
    medusaPort: s.medusaPort,
    storefrontUrl: s.storefrontUrl,
    uploadDir: s.uploadDir,
    secrets: settings.secrets,
    extra: { ...settings.commerceEnv, ...s.search.env, SEARCH_ENGINE: engine },
  })
}

/** The engines the contract runs on: both wherever a Meilisearch exists (embedded or MEILISEARCH_HOST). */
export function availableEngines(): Engine[] {
  return stack().search.engine === "meilisearch" ? ["meilisearch", "postgres"] : ["postgres"]
}

let serving: Engine | undefined

/**
 * Makes `engine` serve the test stack's search: a rebuild under it (swapped in when complete, `rebuild`
 * may be one already running), then a marker product created afterwards — written only to the new
 * engine — found by a search, which proves Medusa's server reads from it too. The marker is deleted again.
 */
export async function useSearchEngine(engine: Engine, rebuild?: Promise<ReindexSummary>): Promise<void> {
  serving ??= stack().search.engine
  if (serving === engine && !rebuild) return
  const summary = await (rebuild ?? reindexSearch(execEnv(engine)))
  expect(summary.provider).toBe(`search-${engine}`)
  serving = engine
  const word = `engine${engine}${Date.now().toString(36)}`
  const marker = await createStockedProduct(await adminLogin(stack().medusaUrl), { title: `Đánh dấu ${word}`, handle: `danh-dau-${word}`, stock: 1 })
  const found = async () => (await search({ q: word })).hits.some((h) => h.id === marker.productId)
  await eventually(found, `${ENGINE_NAME[engine]} serving (a product created after the switch)`, 60_000)
  expect((await admin(`/admin/products/${marker.productId}`, { method: "DELETE" })).status).toBe(200)
  await eventually(async () => !(await found()), "the marker product gone")
}
