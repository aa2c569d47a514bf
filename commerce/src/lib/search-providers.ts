/**
 * Which engine serves the search index. Meilisearch (our provider) when MEILISEARCH_HOST names a server —
 * `npm start` sets it to the Meilisearch it embeds on Linux x64 —, Medusa's PostgreSQL provider with our
 * Vietnamese text-search configuration otherwise, or when SEARCH_ENGINE=postgres.
 *
 * PostgreSQL stays registered either way, and Meilisearch whenever a server is configured even while
 * PostgreSQL serves: the Search Module reads and writes through the provider of the index version that is
 * active, so a switch (a migration or a reindex under the other engine) drops the previous engine's copy and
 * a running server follows the switch without a restart.
 */
import { VIETNAMESE_SEARCH_LANGUAGE } from "../modules/vietnamese-text-search/service"

type Env = Record<string, string | undefined>

export const POSTGRES_SEARCH_PROVIDER = "search-postgres"
export const MEILISEARCH_SEARCH_PROVIDER = "search-meilisearch"

export const SEARCH_ENGINES = ["meilisearch", "postgres"] as const
export type SearchEngine = (typeof SEARCH_ENGINES)[number]

export function meilisearchHost(env: Env): string | undefined {
  const host = env.MEILISEARCH_HOST?.trim()
  if (!host) return undefined
  if (!/^https?:\/\/[^\s]+$/.test(host)) {
    throw new Error(
      `MEILISEARCH_HOST="${host}" không phải địa chỉ http(s)://… (ví dụ http://127.0.0.1:7700) / is not an http(s) URL`
    )
  }
  return host.replace(/\/+$/, "")
}

/** SEARCH_ENGINE: "postgres", "meilisearch", or unset (Meilisearch when a server is configured). */
export function requestedSearchEngine(env: Env): SearchEngine | undefined {
  const raw = env.SEARCH_ENGINE?.trim().toLowerCase()
  if (!raw) return undefined
  if (!(SEARCH_ENGINES as readonly string[]).includes(raw)) {
    throw new Error(`SEARCH_ENGINE="${env.SEARCH_ENGINE}" phải là "meilisearch" hoặc "postgres" / must be "meilisearch" or "postgres"`)
  }
  return raw as SearchEngine
}

export function searchModuleOptions(env: Env) {
  const host = meilisearchHost(env)
  const requested = requestedSearchEngine(env)
  if (requested === "meilisearch" && !host) {
    throw new Error("SEARCH_ENGINE=meilisearch cần MEILISEARCH_HOST (địa chỉ máy chủ Meilisearch) / needs MEILISEARCH_HOST")
  }
  const engine: SearchEngine = requested ?? (host ? "meilisearch" : "postgres")
  return {
    providers: [
      {
        // Medusa's PostgreSQL provider with the near-match pass served by a trigram index
        resolve: "./src/modules/vietnamese-postgres-search",
        id: "postgres",
        options: { engine: "native", language: VIETNAMESE_SEARCH_LANGUAGE },
      },
      ...(host
        ? [
            {
              resolve: "./src/modules/meilisearch-search",
              id: "meilisearch",
              options: { host, api_key: env.MEILISEARCH_API_KEY || undefined },
            },
          ]
        : []),
    ],
    default_provider: engine === "meilisearch" ? MEILISEARCH_SEARCH_PROVIDER : POSTGRES_SEARCH_PROVIDER,
    // Documents per write while an index is filled (Medusa's default, 100, made Meilisearch queue 200
    // tasks of ~0.3 s for 20,000 products).
    reindex: { batch_size: 1000 },
  }
}
