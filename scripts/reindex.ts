/**
 * `npm run reindex`: rebuilds the product search index on the engine `npm start` would choose (embedded
 * Meilisearch, MEILISEARCH_HOST, or PostgreSQL with SEARCH_ENGINE=postgres) with a progress bar. Works
 * whether the shop is running or not: it uses the running shop's database and Meilisearch, or starts the
 * embedded ones for the duration. With another SEARCH_ENGINE than the running shop's it switches that
 * shop's search to the other engine (until its next start).
 * The index is kept fresh by events; a rebuild is for recovery, an engine switch, or after a bulk
 * change made outside Medusa.
 *
 * `npm run reindex -- --ocop-expired` runs only the nightly OCOP-expiry pass (commerce/src/jobs/ocop-expiry.ts)
 * now: products whose certificate is no longer valid today in Vietnam lose their stars in the index.
 */
import { startSearchSettings, startSettings, UserFacingError } from "./lib/env.ts"
import { openDatabase, withClient, type Database } from "./lib/database.ts"
import { reindexExpiredOcop, reindexSearch } from "./lib/medusa-exec.ts"
import { activeSearchIndex, openSearchEngine, runningMeilisearchEnv } from "./lib/search-engine.ts"
import { buildCommerce, commerceEnv } from "./lib/stack.ts"

async function reachable(url: string): Promise<boolean> {
  return withClient(url, async () => true).catch(() => false)
}

async function main() {
  const settings = startSettings()
  let database: Database | undefined
  let databaseUrl = process.env.DATABASE_URL
  if (!databaseUrl) {
    const running = `postgres://medusa:medusa@127.0.0.1:${settings.embeddedPostgres.port}/${settings.databaseName}`
    if (await reachable(running)) databaseUrl = running
    else {
      database = await openDatabase(settings)
      databaseUrl = database.url
    }
  }
  // Without SEARCH_ENGINE, the engine serving now: a shop started with SEARCH_ENGINE=postgres is not moved to
  // a Meilisearch its Medusa does not know about.
  if (!process.env.SEARCH_ENGINE && (await activeSearchIndex(databaseUrl))?.provider === "search-postgres") {
    settings.search = { engine: "postgres", why: "in-use" }
  }
  // The running shop's Meilisearch, or the embedded one started for the duration.
  const search = await openSearchEngine(settings.search, { quiet: true, reuseRunning: true }).catch(async (err) => {
    await database?.stop()
    throw err
  })
  // Switching a running shop to PostgreSQL: its Meilisearch stays known, so the copy there can be dropped later.
  const withMeilisearch = search.engine === "postgres" ? await runningMeilisearchEnv(startSearchSettings({ ...process.env, SEARCH_ENGINE: "" })) : {}
  try {
    await buildCommerce((line) => console.error(line))
    const env = commerceEnv({
      databaseUrl,
      medusaPort: settings.medusaPort,
      storefrontUrl: `http://localhost:${settings.storefrontPort}`,
      uploadDir: settings.uploadDir,
      secrets: settings.secrets,
      extra: { ...withMeilisearch, ...search.env },
    })
    console.error(`Công cụ tìm kiếm / Search engine: ${search.description}`)
    if (process.argv.includes("--ocop-expired")) await reindexExpiredOcop(env)
    else await reindexSearch(env)
  } finally {
    await search.stop()
    await database?.stop()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err) => {
    console.error(err instanceof UserFacingError ? `Lỗi / Error: ${err.message}` : err instanceof Error ? err.message : String(err))
    process.exitCode = 1
  })
}
