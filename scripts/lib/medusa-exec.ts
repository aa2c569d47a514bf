/** Commerce scripts run in a Medusa process of their own (`medusa exec`), beside a running shop or not. */
import { spawn } from "node:child_process"
import path from "node:path"
import { medusaServerDir, repoRoot } from "./env.ts"

const medusaCli = path.join(repoRoot, "node_modules", "@medusajs", "cli", "cli.js")

/** Runs a commerce script through `medusa exec`; resolves with `key` of the last JSON line on its stdout. */
export async function execSummary<T>(script: string, key: string, env: NodeJS.ProcessEnv, failure: string, opts: { quiet?: boolean } = {}): Promise<T> {
  const child = spawn(process.execPath, [medusaCli, "exec", script], {
    cwd: medusaServerDir,
    env,
    // quiet: the progress on stderr is kept, and shown only when the script fails
    stdio: ["ignore", "pipe", opts.quiet ? "pipe" : "inherit"],
  })
  let stdout = ""
  child.stdout!.on("data", (chunk) => (stdout += chunk))
  child.stderr?.on("data", (chunk) => (stdout += chunk))
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

export interface ReindexSummary {
  products: number
  searchable: number
  seconds: number
  provider: string
}

/**
 * Rebuilds the product index in a Medusa process (a new version, swapped in when complete, so search
 * keeps serving meanwhile); resolves with its JSON summary. The engine is the one `env` configures:
 * with another SEARCH_ENGINE than the running shop's, this is how engines are switched.
 */
export function reindexSearch(env: NodeJS.ProcessEnv, opts: { quiet?: boolean } = {}): Promise<ReindexSummary> {
  return execSummary("./src/scripts/reindex-search.js", "reindex", env, "Lập lại chỉ mục thất bại (mã %d). / The rebuild failed.", opts)
}

/** The nightly OCOP-expiry pass (commerce/src/jobs/ocop-expiry.ts), now, in a Medusa process; resolves with its JSON summary. */
export function reindexExpiredOcop(env: NodeJS.ProcessEnv): Promise<{ today: string; expired: number; reindexed: string[] }> {
  return execSummary("./src/scripts/reindex-expired-ocop.js", "ocopExpiry", env, "Cập nhật sao OCOP hết hạn thất bại (mã %d). / The OCOP-expiry pass failed.")
}
