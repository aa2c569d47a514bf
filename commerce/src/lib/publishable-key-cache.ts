/**
 * Every store request (`/store/*`) starts with Medusa's publishable-key check, which looks the key and its
 * sales channels up with `query.graph` — two SQL statements through the remote joiner and MikroORM, about
 * 5–7 ms of Medusa's CPU per request on this machine, more than the product search itself. The answer
 * changes only when the Union adds, revokes or relinks a key in Admin, so this process keeps it for a few
 * seconds.
 *
 * How: Medusa's Query lets instrumentation wrap every `query.graph` call (`Query.instrument.graphQuery`,
 * installed from instrumentation.ts). The wrapper answers from memory only the exact lookup Medusa's
 * middleware makes (entity `api_key`, filters `{ token, type: "publishable" }`, the four fields it reads);
 * every other query runs as before.
 *
 *  - Keys that were found are kept `PUBLISHABLE_KEY_CACHE_MS`; an unknown key is looked up every time (no
 *    memory for random keys an attacker sends), and a cached answer is a copy, so no caller can change it.
 *  - A key revoked in Admin stops working within that time (Medusa still compares `revoked_at` with the
 *    clock on each request, so a revocation dated in the future takes effect exactly); a new key works at
 *    once. Medusa emits no event for key changes, hence the short lifetime rather than invalidation.
 */

export const PUBLISHABLE_KEY_CACHE_MS = 10_000
/** Distinct keys kept at most (a shop has a handful; the oldest goes first). */
export const PUBLISHABLE_KEY_CACHE_SIZE = 100

/** The fields Medusa's `ensurePublishableApiKeyMiddleware` asks for (Medusa 2.21). */
const LOOKUP_FIELDS = ["id", "token", "revoked_at", "sales_channels_link.sales_channel_id"]

interface GraphQueryOptions {
  entity?: unknown
  fields?: unknown
  filters?: unknown
  pagination?: unknown
  context?: unknown
  withDeleted?: unknown
}

/** The token when `options` is exactly the middleware's lookup, else null. */
export function publishableKeyLookupToken(options: unknown): string | null {
  if (typeof options !== "object" || options === null) return null
  const { entity, fields, filters, ...rest } = options as GraphQueryOptions
  if (entity !== "api_key" || Object.values(rest).some((v) => v !== undefined)) return null
  if (!Array.isArray(fields) || fields.length !== LOOKUP_FIELDS.length || !LOOKUP_FIELDS.every((f) => fields.includes(f))) return null
  if (typeof filters !== "object" || filters === null) return null
  const { token, type, ...others } = filters as Record<string, unknown>
  if (Object.keys(others).length || type !== "publishable" || typeof token !== "string" || !token) return null
  return token
}

/** Whether a `query.graph` answer (rows, or `{ rows, metadata }`) found something. */
function found(response: unknown): boolean {
  const rows = Array.isArray(response) ? response : (response as { rows?: unknown } | null)?.rows
  return Array.isArray(rows) && rows.length > 0
}

export type GraphQuery = (run: () => Promise<unknown>, options: unknown) => Promise<unknown>

/**
 * The `Query.instrument.graphQuery` wrapper. `next` is the wrapper installed before it (tracing), if any.
 * `now` is injectable for tests.
 */
export function publishableKeyCache(opts: { ttlMs?: number; size?: number; now?: () => number; next?: GraphQuery } = {}): GraphQuery {
  const ttl = opts.ttlMs ?? PUBLISHABLE_KEY_CACHE_MS
  const size = opts.size ?? PUBLISHABLE_KEY_CACHE_SIZE
  const now = opts.now ?? Date.now
  const run: GraphQuery = opts.next ?? ((fn) => fn())
  const kept = new Map<string, { at: number; response: unknown }>()

  return async (fn, options) => {
    const token = publishableKeyLookupToken(options)
    if (token === null) return run(fn, options)
    const entry = kept.get(token)
    if (entry && now() - entry.at < ttl) return structuredClone(entry.response)
    kept.delete(token)
    const response = await run(fn, options)
    if (found(response)) {
      kept.set(token, { at: now(), response: structuredClone(response) })
      while (kept.size > size) kept.delete(kept.keys().next().value!)
    }
    return response
  }
}
