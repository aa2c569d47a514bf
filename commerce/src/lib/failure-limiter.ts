/**
 * Counts failed attempts per key in a sliding window and says when a key is locked: after `limit`
 * failures within `windowMs`, every attempt for that key is refused until the oldest failure that
 * keeps the count at the limit leaves the window.
 *
 * In memory and per process: each Medusa server process counts on its own, and a restart forgets.
 * Behind several server processes the effective limit is multiplied by their number; use a shared
 * store (e.g. Redis) before relying on it there.
 */
export interface FailureLimiterOptions {
  limit: number
  windowMs: number
  /** keys remembered at most; the oldest are forgotten first (bounds memory under a flood) */
  maxKeys?: number
  now?: () => number
}

export class FailureLimiter {
  readonly limit: number
  readonly windowMs: number
  private readonly maxKeys: number
  private readonly now: () => number
  private readonly failures = new Map<string, number[]>()
  private operations = 0

  constructor(options: FailureLimiterOptions) {
    if (!Number.isInteger(options.limit) || options.limit < 1) throw new Error("limit must be a positive integer")
    if (!(options.windowMs > 0)) throw new Error("windowMs must be positive")
    this.limit = options.limit
    this.windowMs = options.windowMs
    this.maxKeys = options.maxKeys ?? 100_000
    this.now = options.now ?? Date.now
  }

  /** Milliseconds until `key` may try again; 0 when it is not locked. */
  lockedForMs(key: string): number {
    const recent = this.recent(key)
    if (recent.length < this.limit) return 0
    // The lock lifts when the count drops below the limit: when failure number (length − limit) expires.
    return Math.max(1, recent[recent.length - this.limit] + this.windowMs - this.now())
  }

  recordFailure(key: string): void {
    const recent = this.recent(key)
    recent.push(this.now())
    // Keep no more than the limit: older ones cannot extend the lock.
    if (recent.length > this.limit) recent.splice(0, recent.length - this.limit)
    this.failures.delete(key)
    this.failures.set(key, recent)
    if (this.failures.size > this.maxKeys) this.failures.delete(this.failures.keys().next().value!)
    if (++this.operations % 1000 === 0) this.prune()
  }

  /** Number of keys currently remembered (for tests and diagnostics). */
  get size(): number {
    return this.failures.size
  }

  private recent(key: string): number[] {
    const list = this.failures.get(key)
    if (!list) return []
    const cutoff = this.now() - this.windowMs
    const kept = list.filter((t) => t > cutoff)
    if (kept.length) this.failures.set(key, kept)
    else this.failures.delete(key)
    return kept
  }

  private prune(): void {
    const cutoff = this.now() - this.windowMs
    for (const [key, list] of this.failures) {
      if (list[list.length - 1] <= cutoff) this.failures.delete(key)
    }
  }
}
