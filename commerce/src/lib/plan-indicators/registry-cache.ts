/**
 * One indexed copy of the registry per server process, filed under the revision read just before
 * its data (`registry-revision.ts`). Each request reads the revision (one small query); when it is
 * the copy's, the indicators are computed from memory. Otherwise the server reads the write log and
 * brings the copy up to date: it reads again only the cooperatives written since (and the training
 * register if that or a seat changed), reusing the rest; after a truncate, a write of hundreds of
 * cooperatives, or with no copy yet, it reads the whole registry. Because the log is read before the
 * data, a copy is never older than its revision (it may hold a write that committed in between,
 * which the next update reads again anyway).
 *
 * Only one copy is kept (about 20 MB for 2,000 cooperatives × 36 months); requests that find it
 * stale at the same time share one update. Sales and OCOP listings change with orders and are not
 * cached (`loadMarketplace`).
 */
import { loadCooperativeOrder, loadCooperatives, loadRegistry, loadTrainingRegister, type SqlRunner } from "./load-snapshot"
import { readRegistryHead, readRegistryWrites, type RegistryWrite } from "./registry-revision"
import type { RegistrySnapshot, SnapshotCooperative } from "./snapshot"
import { indexRegistry, type IndexedRegistry } from "./state"

/** Above this many cooperatives written since the copy, reading everything is as quick. */
const MOST_UPDATED = 300

export type RegistrySource = "cached" | "updated" | "read"

interface Copy {
  epoch: string
  revision: bigint
  /** the log rows whose writes the copy holds */
  seen: Set<string>
  index: Promise<{ index: IndexedRegistry; source: RegistrySource }>
}

let copy: Copy | null = null

const current = (epoch: string, revision: bigint) => copy !== null && copy.epoch === epoch && copy.revision >= revision

export async function cachedRegistry(db: SqlRunner): Promise<{ index: IndexedRegistry; source: RegistrySource }> {
  const head = await readRegistryHead(db)
  // A copy at least as new as the revision read serves (a request that raced a write may get the newer copy).
  if (current(head.epoch, head.revision)) return { index: (await copy!.index).index, source: "cached" }
  const log = await readRegistryWrites(db)
  if (current(log.epoch, log.revision)) return { index: (await copy!.index).index, source: "cached" }
  const previous = copy?.epoch === log.epoch ? copy : null
  const loading: Copy = { epoch: log.epoch, revision: log.revision, seen: new Set(log.writes.map((w) => w.id)), index: refresh(db, previous, log.writes) }
  copy = loading
  try {
    return await loading.index
  } catch (err) {
    if (copy === loading) copy = null
    throw err
  }
}

async function refresh(db: SqlRunner, previous: Copy | null, writes: RegistryWrite[]): Promise<{ index: IndexedRegistry; source: RegistrySource }> {
  const before = previous ? await previous.index.then((p) => p.index).catch(() => null) : null
  const since = previous ? writes.filter((w) => !previous.seen.has(w.id)) : []
  const ids = new Set(since.flatMap((w) => w.cooperative_ids))
  if (!before || since.some((w) => w.everything) || ids.size > MOST_UPDATED) return { index: indexRegistry(await loadRegistry(db)), source: "read" }
  // the order first: a cooperative it names that the copy lacks is read too
  const order = await loadCooperativeOrder(db)
  for (const id of order) if (!before.cooperativeById.has(id)) ids.add(id)
  const [written, training] = await Promise.all([ids.size ? loadCooperatives(db, [...ids]) : [], since.some((w) => w.training) ? loadTrainingRegister(db) : null])
  return { index: indexRegistry(updatedRegistry(before.registry, order, ids, written, training), before), source: "updated" }
}

/**
 * The registry with the cooperatives of `ids` replaced by what was read again (`written`; one
 * missing from it no longer exists), in the registry's `order`, and the training register replaced
 * when it was read again. The other cooperatives are the very same objects.
 */
export function updatedRegistry(
  before: RegistrySnapshot,
  order: readonly string[],
  ids: ReadonlySet<string>,
  written: readonly SnapshotCooperative[],
  training: Omit<RegistrySnapshot, "cooperatives"> | null
): RegistrySnapshot {
  const fresh = new Map(written.map((c) => [c.id, c]))
  const kept = new Map(before.cooperatives.map((c) => [c.id, c]))
  const cooperatives = order.flatMap((id) => {
    const c = ids.has(id) ? fresh.get(id) : kept.get(id)
    return c ? [c] : []
  })
  return { ...before, ...(training ?? {}), cooperatives }
}
