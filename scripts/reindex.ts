/**
 * `npm run reindex`: rebuilds the product search index (PostgreSQL, or Meilisearch when
 * MEILISEARCH_HOST is set) with a progress bar. Works whether the shop is running or not: it uses
 * the running shop's database, or starts the embedded PostgreSQL for the duration.
 * The index is kept fresh by events; a rebuild is for recovery, an engine switch, or after a bulk
 * change made outside Medusa.
 */
import { spawn } from "node:child_process"
import path from "node:path"
import { medusaServerDir, repoRoot, startSettings, UserFacingError } from "./lib/env.ts"
import { openDatabase, withClient, type Database } from "./lib/database.ts"
import { buildCommerce, commerceEnv } from "./lib/stack.ts"

const medusaCli = path.join(repoRoot, "node_modules", "@medusajs", "cli", "cli.js")

/** Runs the rebuild in a Medusa process; resolves with its JSON summary. */
export async function reindexSearch(env: NodeJS.ProcessEnv): Promise<{ products: number; searchable: number; seconds: number; provider: string }> {
  const child = spawn(process.execPath, [medusaCli, "exec", "./src/scripts/reindex-search.js"], {
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
        return JSON.parse(line).reindex
      } catch {
        return undefined
      }
    })
    .find(Boolean)
  if (code !== 0 || !summary) {
    throw new Error(`Lập lại chỉ mục thất bại (mã ${code}). / The rebuild failed.\n${stdout.split("\n").slice(-30).join("\n")}`)
  }
  return summary
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
    await reindexSearch(env)
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
