/**
 * Which engine serves the search index: Medusa's PostgreSQL provider with our Vietnamese text-search
 * configuration by default, Meilisearch (our provider) when MEILISEARCH_HOST is set. PostgreSQL stays
 * registered either way, so switching engines lets `db:migrate` drop the previous engine's index.
 */
import { VIETNAMESE_SEARCH_LANGUAGE } from "../modules/vietnamese-text-search/service"

type Env = Record<string, string | undefined>

export const POSTGRES_SEARCH_PROVIDER = "search-postgres"
export const MEILISEARCH_SEARCH_PROVIDER = "search-meilisearch"

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

export function searchModuleOptions(env: Env) {
  const host = meilisearchHost(env)
  return {
    providers: [
      {
        resolve: "@medusajs/medusa/search-postgres",
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
    default_provider: host ? MEILISEARCH_SEARCH_PROVIDER : POSTGRES_SEARCH_PROVIDER,
  }
}
