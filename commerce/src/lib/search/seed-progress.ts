/**
 * Rows read while the product index is seeded, for `npm run reindex`'s progress bar. The index
 * definition reports each page it reads; the reindex script (same process) listens.
 */
type Listener = (rows: number) => void

const listeners = new Set<Listener>()

export function onProductSeedPage(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function reportProductSeedPage(rows: number): void {
  for (const listener of listeners) listener(rows)
}
