/**
 * `npm run reindex`: rebuilds the product search index (PostgreSQL, or Meilisearch when
 * MEILISEARCH_HOST is set) with a progress bar. Works whether the shop is running or not: it uses
 * the running shop's database, or starts the embedded PostgreSQL for the duration.
 * The index is kept fresh by events; a rebuild is for recovery, an engine switch, or after a bulk
 * change made outside Medusa.
 *
 * `npm run reindex -- --ocop-expired` runs only the nightly OCOP-expiry pass (commerce/src/jobs/ocop-expiry.ts)
 * now: products whose certificate is no longer valid today in Vietnam lose their stars in the index.
 */
import { spawn } from "node:child_process"
import path from "node:path"
import { medusaServerDir, repoRoot, startSettings, UserFacingError } from "./lib/env.ts"
import { openDatabase, withClient, type Database } from "./lib/database.ts"
import { buildCommerce, commerceEnv } from "./lib/stack.ts"

const medusaCli = path.join(repoRoot, "node_modules", "@medusajs", "cli", "cli.js")

/** Runs a commerce script through `medusa exec`; resolves with `key` of the last JSON line on its stdout. */
async function execSummary<T>(script: string, key: string, env: NodeJS.ProcessEnv, failure: string): Promise<T> {
  const child = spawn(process.execPath, [medusaCli, "exec", script], {
    cwd: medusaServerDir,
    env,
    stdio: ["ignore", "pipe", "inherit"],
  })
  let stdout = ""
  child.stdout.on("data", (chunk) => (stdout += chunk))
  const code = await new Promise<number | null>((resolve) => child.once("close", resolve))
  const summary = stdout
    .split("\n")
    .reverse()
    .map((line) => {
      try {
        return JSON.parse(line)[key]
      } catch {
        return undefined
      }
    })
    .find(Boolean)
  if (code !== 0 || !summary) {
    throw new Error(`${failure.replace("%d", String(code))}\n${stdout.split("\n").slice(-30).join("\n")}`)
  }
  return summary
}

/** Runs the rebuild in a Medusa process; resolves with its JSON summary. */
export function reindexSearch(env: NodeJS.ProcessEnv): Promise<{ products: number; searchable: number; seconds: number; provider: string }> {
  return execSummary("./src/scripts/reindex-search.js", "reindex", env, "Lập lại chỉ mục thất bại (mã %d). / The rebuild failed.")
}

/** The nightly OCOP-expiry pass (commerce/src/jobs/ocop-expiry.ts), now, in a Medusa process; resolves with its JSON summary. */
export function reindexExpiredOcop(env: NodeJS.ProcessEnv): Promise<{ today: string; expired: number; reindexed: string[] }> {
  return execSummary("./src/scripts/reindex-expired-ocop.js", "ocopExpiry", env, "Cập nhật sao OCOP hết hạn thất bại (mã %d). / The OCOP-expiry pass failed.")
}

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
  try {
    await buildCommerce((line) => console.error(line))
    const env = commerceEnv({
      databaseUrl,
      medusaPort: settings.medusaPort,
      storefrontUrl: `http://localhost:${settings.storefrontPort}`,
      uploadDir: settings.uploadDir,
      secrets: settings.secrets,
    })
    if (process.argv.includes("--ocop-expired")) await reindexExpiredOcop(env)
    else await reindexSearch(env)
  } finally {
    await database?.stop()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err) => {
    console.error(err instanceof UserFacingError ? `Lỗi / Error: ${err.message}` : err instanceof Error ? err.message : String(err))
    process.exitCode = 1
  })
}
