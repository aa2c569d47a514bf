/**
 * Brings up the whole shop — database, Medusa (build + migrate + seed + start) and the Astro
 * storefront — for `npm start`, the test suite and the benchmarks alike.
 */
import fs from "node:fs"
import path from "node:path"
import { openDatabase, withClient, type Database } from "./database.ts"
import { commerceDir, medusaServerDir, repoRoot, type StackSettings } from "./env.ts"
import { fingerprint, isBuilt } from "./fingerprint.ts"
import { assertPortFree, waitForHttp } from "./ports.ts"
import { run, startService, supervise, type Service, type SupervisedService } from "./processes.ts"
import type { Secrets } from "./secrets.ts"
import { ephemeralSecrets } from "./secrets.ts"
import { openSearchEngine, waitForSearchIndex, type OpenSearchEngine } from "./search-engine.ts"
import { reindexSearch } from "./medusa-exec.ts"

export interface Stack {
  database: Database
  medusaUrl: string
  storefrontUrl: string
  publishableKey: string
  medusa: Service
  storefront: Service
  /** the engine serving search (embedded Meilisearch, a Meilisearch server, or PostgreSQL) */
  search: OpenSearchEngine
  /** the environment Medusa's commands run with (medusa exec scripts: reindex, OCOP expiry) */
  medusaEnv: NodeJS.ProcessEnv
  timings: Record<string, number>
  /**
   * From now on a server that exits unexpectedly is started again with backoff (npm start);
   * `onGiveUp` gets one line when one keeps dying. An embedded Meilisearch that comes back has the
   * index rebuilt behind the scenes (`recoverSearchIndex`), so changes made while it was down are in it.
   */
  supervise(opts: { log: (line: string) => void; onGiveUp: (line: string) => void }): { medusa: SupervisedService; storefront: SupervisedService; meilisearch?: SupervisedService }
  /** Rebuilds the product index while search keeps serving (after Meilisearch was down). */
  recoverSearchIndex(): Promise<void>
  stop(): Promise<void>
}

export interface StackOptions {
  /** start from an empty database (tests) */
  fresh?: boolean
  /** keep child output unless something fails (tests, bench) */
  quiet?: boolean
  log?: (line: string) => void
}

const medusaCli = path.join(repoRoot, "node_modules", "@medusajs", "cli", "cli.js")
const astroCli = path.join(repoRoot, "node_modules", "astro", "bin", "astro.mjs")

export function baseEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    MEDUSA_DISABLE_TELEMETRY: "true",
    ASTRO_TELEMETRY_DISABLED: "1",
    NODE_ENV: process.env.NODE_ENV === "development" ? "development" : "production",
    ...extra,
  }
}

interface Build {
  label: string
  message: string
  inputs: string[]
  /** extra things the output depends on, e.g. build-time settings */
  settings?: string
  cwd: string
  command: string[]
  stampFile: string
  output: string
  env?: Record<string, string>
}

/** Builds only when the inputs changed since the last build (a fingerprint of their contents). */
async function buildIfChanged(build: Build, log: (l: string) => void, quiet: boolean): Promise<boolean> {
  const print = fingerprint(build.inputs) + (build.settings ?? "")
  if (isBuilt(build.stampFile, print) && fs.existsSync(build.output)) return false
  log(build.message)
  await run(process.execPath, build.command, { cwd: build.cwd, env: baseEnv(build.env ?? {}), label: build.label, quiet })
  fs.writeFileSync(build.stampFile, print)
  return true
}

export function buildCommerce(log: (l: string) => void, quiet = true): Promise<boolean> {
  return buildIfChanged(
    {
      label: "medusa build",
      message: "Đang build Medusa (lần đầu mất khoảng 1 phút)… / Building Medusa…",
      inputs: ["src", "medusa-config.ts", "instrumentation.ts", "package.json", "tsconfig.json", "../package-lock.json"].map((p) => path.join(commerceDir, p)),
      settings: `admin-disabled=${process.env.MEDUSA_ADMIN_DISABLED === "true"};admin-backend=${process.env.MEDUSA_ADMIN_BACKEND_URL ?? "/"}`,
      cwd: commerceDir,
      command: [medusaCli, "build"],
      stampFile: path.join(commerceDir, ".medusa", "build-fingerprint"),
      output: path.join(medusaServerDir, "medusa-config.js"),
      // The build loads medusa-config, which refuses to run without secrets; none is kept in the build.
      env: ephemeralSecrets(),
    },
    log,
    quiet
  )
}

/**
 * With `medusa` given, the build checks the handles that stories and events name against that
 * running Medusa (and fails on unknown ones); without it the check is skipped with a warning.
 */
export function buildStorefront(outDir: string, log: (l: string) => void, quiet = true, medusa?: { url: string; publishableKey: string }, contentDir = path.join(repoRoot, "content")): Promise<boolean> {
  return buildIfChanged(
    {
      label: "astro build",
      message: "Đang build cửa hàng Astro… / Building the Astro storefront…",
      inputs: [...["site", "astro.config.mjs", "package-lock.json"].map((p) => path.join(repoRoot, p)), contentDir],
      cwd: repoRoot,
      command: [astroCli, "build"],
      stampFile: path.join(outDir, "build-fingerprint"),
      output: path.join(outDir, "server", "entry.mjs"),
      // Prerendered pages (stories) embed catalog data: a different backend or database means a rebuild.
      settings: medusa ? `checked-against=${medusa.url}#${medusa.publishableKey}` : "content-references-unchecked",
      env: medusa
        ? { STOREFRONT_BUILD_DIR: outDir, CONTENT_DIR: contentDir, MEDUSA_BACKEND_URL: medusa.url, MEDUSA_PUBLISHABLE_KEY: medusa.publishableKey, CONTENT_REFERENCES: "required" }
        : { STOREFRONT_BUILD_DIR: outDir, CONTENT_DIR: contentDir },
    },
    log,
    quiet
  )
}

/** The environment Medusa's commands and server run with. */
export function commerceEnv(opts: { databaseUrl: string; medusaPort: number; storefrontUrl: string; uploadDir: string; secrets: Secrets; extra?: Record<string, string> }): NodeJS.ProcessEnv {
  const medusaUrl = `http://localhost:${opts.medusaPort}`
  return baseEnv({
    DATABASE_URL: opts.databaseUrl,
    MEDUSA_PORT: String(opts.medusaPort),
    PORT: String(opts.medusaPort),
    MEDUSA_BACKEND_URL: process.env.MEDUSA_BACKEND_URL || medusaUrl,
    STOREFRONT_URL: opts.storefrontUrl,
    MEDUSA_UPLOAD_DIR: opts.uploadDir,
    ...opts.secrets,
    ...opts.extra,
  })
}

/** Adds whatever demo data is missing (idempotent: see commerce/src/scripts/seed-demo.ts). */
export function runSeed(env: NodeJS.ProcessEnv, quiet = true): Promise<void> {
  return run(process.execPath, [medusaCli, "exec", "./src/scripts/seed-demo.js"], { cwd: medusaServerDir, env, label: "seed", quiet })
}

export async function startStack(settings: StackSettings, opts: StackOptions = {}): Promise<Stack> {
  const log = opts.log ?? ((l: string) => console.log(l))
  const quiet = opts.quiet ?? false
  const timings: Record<string, number> = {}
  const time = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const t = performance.now()
    try {
      return await fn()
    } finally {
      timings[name] = Math.round(performance.now() - t)
    }
  }

  await assertPortFree(settings.medusaPort, "Medusa", "MEDUSA_PORT")
  await assertPortFree(settings.storefrontPort, "cửa hàng / storefront", "PORT")

  const database = await time("database", () => openDatabase(settings, { fresh: opts.fresh }))
  const started: { stop(): Promise<void> }[] = []
  const stop = async () => {
    for (const s of started.reverse()) await s.stop()
    await database.stop()
  }
  try {
    const search = await time("searchEngine", () => openSearchEngine(settings.search, { quiet }))
    started.push(search.embedded ?? search)

    await time("buildCommerce", () => buildCommerce(log, quiet))

    const medusaUrl = `http://localhost:${settings.medusaPort}`
    const storefrontUrl = `http://localhost:${settings.storefrontPort}`
    fs.mkdirSync(settings.uploadDir, { recursive: true })
    // Uploads live in the data folder (served by commerce/src/api/utils/serve-uploads.ts), not in the build.

    const medusaEnv = commerceEnv({ databaseUrl: database.url, medusaPort: settings.medusaPort, storefrontUrl, uploadDir: settings.uploadDir, secrets: settings.secrets, extra: { ...settings.commerceEnv, ...search.env } })
    log("Đang cập nhật cơ sở dữ liệu… / Running migrations…")
    await time("migrate", () => run(process.execPath, [medusaCli, "db:migrate"], { cwd: medusaServerDir, env: medusaEnv, label: "migrate", quiet: true }))
    log("Đang nạp dữ liệu mẫu (chỉ thêm phần còn thiếu)… / Seeding demo data (only what is missing)…")
    await time("seed", () => runSeed(medusaEnv, quiet))

    const launchMedusa = () => startService(process.execPath, [medusaCli, "start"], { cwd: medusaServerDir, env: medusaEnv, label: "medusa", quiet })
    const medusaReady = (s: Service) => waitForHttp(`${medusaUrl}/health`, 120_000, s.alive)
    const medusa = launchMedusa()
    started.push(medusa)
    await time("medusaReady", () => medusaReady(medusa))
    // Medusa fills the index in the background after it starts (all of it after a switch of engine).
    await time("searchIndex", () => waitForSearchIndex(database.url, `search-${search.engine}`, 600_000))

    const publishableKey = await readPublishableKey(database.url)
    // After Medusa is up: the build checks content references and prerenders pages from live data.
    await time("buildStorefront", () => buildStorefront(settings.storefrontBuildDir, log, quiet, { url: medusaUrl, publishableKey }, settings.contentDir))
    const launchStorefront = () => startService(process.execPath, [path.join(repoRoot, "scripts", "serve-storefront.ts"), path.join(settings.storefrontBuildDir, "server", "entry.mjs")], {
      cwd: repoRoot,
      env: baseEnv({
        HOST: "0.0.0.0",
        PORT: String(settings.storefrontPort),
        MEDUSA_BACKEND_URL: medusaUrl,
        MEDUSA_PUBLISHABLE_KEY: publishableKey,
        STOREFRONT_SECRET: settings.secrets.STOREFRONT_SECRET,
        // the editor (/bien-tap) and its background publisher (scripts/serve-storefront.ts)
        CONTENT_DIR: settings.contentDir,
        EDITOR_DIR: settings.editorDir,
        ...settings.storefrontEnv,
      }),
      label: "storefront",
      quiet,
    })
    const storefrontReady = (s: Service) => waitForHttp(`${storefrontUrl}/healthz`, 60_000, s.alive)
    const storefront = launchStorefront()
    started.push(storefront)
    await time("storefrontReady", () => storefrontReady(storefront))

    const recoverSearchIndex = async () => {
      await reindexSearch(medusaEnv, { quiet: true })
    }
    const superviseAll: Stack["supervise"] = ({ log: say, onGiveUp }) => {
      const supervised = {
        medusa: supervise(medusa, { name: "Medusa", launch: launchMedusa, ready: medusaReady, log: say, onGiveUp }),
        storefront: supervise(storefront, { name: "Cửa hàng / storefront", launch: launchStorefront, ready: storefrontReady, log: say, onGiveUp }),
        meilisearch: search.embedded && superviseMeilisearch(search.embedded, recoverSearchIndex, say, onGiveUp),
      }
      // stop() now stops whichever child each supervisor is running
      started.splice(started.indexOf(medusa), 1, supervised.medusa)
      started.splice(started.indexOf(storefront), 1, supervised.storefront)
      if (supervised.meilisearch) started.splice(started.indexOf(search.embedded!), 1, supervised.meilisearch)
      return supervised
    }
    return { database, medusaUrl, storefrontUrl, publishableKey, medusa, storefront, search, medusaEnv, timings, supervise: superviseAll, recoverSearchIndex, stop }
  } catch (err) {
    await stop()
    throw err
  }
}

/** Meilisearch back after a crash: writes Medusa tried meanwhile failed, so the index is rebuilt (search keeps serving). */
function superviseMeilisearch(meilisearch: NonNullable<OpenSearchEngine["embedded"]>, recover: () => Promise<void>, say: (l: string) => void, onGiveUp: (l: string) => void): SupervisedService {
  return supervise(meilisearch.current()!, {
    name: "Meilisearch",
    launch: meilisearch.launch,
    ready: async (service) => {
      await meilisearch.ready(service)
      recover().then(
        () => say("Chỉ mục tìm kiếm đã được cập nhật lại sau khi Meilisearch chạy lại. / The search index caught up after Meilisearch came back."),
        (err: Error) => say(`Chưa cập nhật lại được chỉ mục tìm kiếm (chạy npm run reindex): ${err.message.split("\n")[0]} / Could not catch the search index up: run npm run reindex.`)
      )
    },
    log: say,
    onGiveUp,
  })
}

/** Same title as DEMO.publishableKeyTitle in commerce/src/scripts/seed-demo.ts. */
const STOREFRONT_KEY_TITLE = "Cửa hàng trực tuyến (storefront)"

async function readPublishableKey(databaseUrl: string): Promise<string> {
  if (process.env.MEDUSA_PUBLISHABLE_KEY) return process.env.MEDUSA_PUBLISHABLE_KEY
  return withClient(databaseUrl, async (client) => {
    const { rows } = await client.query(
      "select token from api_key where type = 'publishable' and title = $1 and revoked_at is null and deleted_at is null order by created_at limit 1",
      [STOREFRONT_KEY_TITLE]
    )
    if (!rows[0]) throw new Error("No publishable API key in the database: the seed did not run")
    return rows[0].token as string
  })
}
