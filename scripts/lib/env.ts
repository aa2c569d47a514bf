/** Names, ports and folders shared by `npm start`, `npm test` and `npm run bench`. */
import crypto from "node:crypto"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { chooseSearchEngine, MEILISEARCH_KEY_NAME, meilisearchBinary, type SearchSettings } from "./search-engine.ts"
import { ephemeralSecrets, generateSecret, loadOrCreateSecrets, loadOrCreateServiceSecret, type Secrets } from "./secrets.ts"

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
export const commerceDir = path.join(repoRoot, "commerce")
export const medusaServerDir = path.join(commerceDir, ".medusa", "server")
/** Everything `npm start` keeps (database, uploads). DATA_DIR moves it, e.g. for benchmarks. */
export const dataDir = path.resolve(repoRoot, process.env.DATA_DIR || ".data")

export interface StackSettings {
  /** Used when DATABASE_URL is not set. */
  embeddedPostgres: { dir: string; port: number; persistent: boolean }
  databaseName: string
  medusaPort: number
  storefrontPort: number
  uploadDir: string
  /**
   * The built storefront. It belongs with the data: prerendered pages (stories) embed catalog
   * data from the Medusa they were built against, so each data folder has its own build.
   */
  storefrontBuildDir: string
  /** the published Markdown the storefront is built from (CONTENT_DIR) */
  contentDir: string
  /** the editor's drafts, publish queue and log (site/lib/editor/paths.ts) */
  editorDir: string
  /** JWT, cookie and storefront secrets (scripts/lib/secrets.ts): kept in the data folder, or throw-away for tests. */
  secrets: Secrets
  /** Extra environment for Medusa's commands and server (the test stack's dummy Stripe keys). */
  commerceEnv?: Record<string, string>
  /** Extra environment for the storefront server (the test stack's dummy Stripe publishable key). */
  storefrontEnv?: Record<string, string>
  /** The search engine: embedded Meilisearch, a Meilisearch server, or PostgreSQL (scripts/lib/search-engine.ts). */
  search: SearchSettings
}

/**
 * The test stack registers Stripe with keys that look real but reach nothing: Medusa's Stripe
 * provider makes no call at start-up, so the registered path (region, store listing, webhook
 * signatures) is exercised without network. Any test needing Stripe's servers is skipped.
 */
export const TEST_STRIPE_ENV = {
  STRIPE_API_KEY: "sk_test_dummy_no_network",
  STRIPE_WEBHOOK_SECRET: "whsec_test_cho_htx_khanh_hoa_dummy_secret",
} as const

function port(name: string, fallback: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw === "") return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new UserFacingError(
      `${name}="${raw}" không phải cổng hợp lệ (1–65535). / ${name} must be a port number between 1 and 65535.`
    )
  }
  return value
}

/**
 * The engine from SEARCH_ENGINE, MEILISEARCH_HOST and the platform; for the embedded Meilisearch, its
 * folder, port and master key (kept in the data folder's secrets.json, or throw-away for tests).
 */
function searchSettings(opts: { dir: string; port: number; masterKey: () => string; fresh?: boolean }, env: NodeJS.ProcessEnv = process.env): SearchSettings {
  const choice = chooseSearchEngine(env, process.platform, process.arch, meilisearchBinary())
  if (!("embedded" in choice)) return choice
  return { engine: "meilisearch", embedded: { binary: choice.binary, dir: opts.dir, port: opts.port, masterKey: opts.masterKey(), fresh: opts.fresh } }
}

/** `npm start`'s search engine as `env` chooses it (its embedded Meilisearch in the data folder). */
export function startSearchSettings(env: NodeJS.ProcessEnv = process.env): SearchSettings {
  return searchSettings(
    {
      dir: path.join(dataDir, "meilisearch"),
      port: port("MEILISEARCH_PORT", 7700),
      masterKey: () => loadOrCreateServiceSecret(dataDir, MEILISEARCH_KEY_NAME),
    },
    env
  )
}

export function startSettings(): StackSettings {
  return {
    embeddedPostgres: {
      dir: path.join(dataDir, "postgres"),
      port: port("EMBEDDED_POSTGRES_PORT", 5433),
      persistent: true,
    },
    databaseName: "cho_htx",
    medusaPort: port("MEDUSA_PORT", 9000),
    storefrontPort: port("PORT", 4321),
    uploadDir: path.join(dataDir, "uploads"),
    storefrontBuildDir: process.env.STOREFRONT_BUILD_DIR ? path.resolve(process.env.STOREFRONT_BUILD_DIR) : storefrontBuildDirFor(dataDir),
    contentDir: path.resolve(repoRoot, process.env.CONTENT_DIR || "content"),
    editorDir: process.env.EDITOR_DIR ? path.resolve(process.env.EDITOR_DIR) : path.join(dataDir, "editor"),
    secrets: loadOrCreateSecrets(dataDir),
    search: startSearchSettings(),
  }
}

/** The test stack runs on its own ports and a throw-away database, so it never touches demo data. */
export function testSettings(): StackSettings {
  const runId = process.pid.toString(36)
  const medusaPort = port("TEST_MEDUSA_PORT", 9100)
  return {
    embeddedPostgres: {
      dir: path.join(dataDir, `test-postgres-${runId}`),
      port: port("TEST_POSTGRES_PORT", 5544),
      persistent: false,
    },
    databaseName: `cho_htx_test_${runId}`,
    medusaPort,
    storefrontPort: port("TEST_STOREFRONT_PORT", 4400),
    uploadDir: path.join(dataDir, `test-uploads-${runId}`),
    storefrontBuildDir: path.join(dataDir, `test-storefront-${runId}`),
    // a copy of content/ (tests/support/global-setup.ts), so that publishing in tests never commits to the repository
    contentDir: path.join(dataDir, `test-content-${runId}`),
    editorDir: path.join(dataDir, `test-editor-${runId}`),
    secrets: ephemeralSecrets(),
    // A pretend reverse proxy in front of Medusa: tests connect from 127.0.0.200 to play it (order-lookup.test.ts).
    commerceEnv: { ...TEST_STRIPE_ENV, TRUSTED_PROXIES: "127.0.0.200" },
    // shows the card option at checkout; Stripe.js itself (js.stripe.com) is never loaded by the tests
    storefrontEnv: { STRIPE_PUBLISHABLE_KEY: "pk_test_dummynonetwork" },
    search: searchSettings({
      dir: path.join(dataDir, `test-meilisearch-${runId}`),
      // Stacks that set their own TEST_MEDUSA_PORT get their own Meilisearch port too (9100 → 7701, 9400 → 8001).
      port: port("TEST_MEILISEARCH_PORT", medusaPort - 1399),
      masterKey: generateSecret,
      fresh: true,
    }),
  }
}

/**
 * The server bundle imports packages from node_modules, so it must be built inside the
 * repository: a data folder elsewhere gets its build under .data/, named after that folder.
 */
function storefrontBuildDirFor(data: string): string {
  if (!path.relative(repoRoot, data).startsWith("..")) return path.join(data, "storefront")
  return path.join(repoRoot, ".data", `storefront-${crypto.createHash("sha1").update(data).digest("hex").slice(0, 10)}`)
}

/** An error whose message is meant for the person at the terminal: printed as one line, no stack. */
export class UserFacingError extends Error {}
