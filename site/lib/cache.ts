/**
 * A small in-process cache for catalog reads. Entries live for seconds, not minutes — prices
 * and stock shown stay fresh (cart and checkout always ask Medusa directly) — but a burst of
 * visitors on one product page costs one Medusa request, not hundreds. Concurrent misses for
 * the same key share one request.
 */
const entries = new Map<string, { expires: number; value: Promise<unknown> }>()
const MAX_ENTRIES = 2000

export function catalogCacheSeconds(): number {
  const raw = Number(process.env.CATALOG_CACHE_SECONDS ?? 5)
  return Number.isFinite(raw) && raw >= 0 ? raw : 5
}

export function cached<T>(key: string, ttlSeconds: number, load: () => Promise<T>): Promise<T> {
  if (ttlSeconds <= 0) return load()
  const now = Date.now()
  const hit = entries.get(key)
  if (hit && hit.expires > now) return hit.value as Promise<T>
  const value = load()
  entries.set(key, { expires: now + ttlSeconds * 1000, value })
  // A failed load is not remembered.
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key)
  })
  if (entries.size > MAX_ENTRIES) {
    for (const [k, e] of entries) {
      if (e.expires <= now || entries.size > MAX_ENTRIES) entries.delete(k)
      if (entries.size <= MAX_ENTRIES * 0.9) break
    }
  }
  return value
}

export function clearCatalogCache(): void {
  entries.clear()
}
