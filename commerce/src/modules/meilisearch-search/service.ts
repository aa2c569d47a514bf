/**
 * A Medusa Search Module provider on the `meilisearch` JS client. Registered only when
 * MEILISEARCH_HOST is set (medusa-config.ts); the index itself is declared once in src/search.
 * Meilisearch applies writes asynchronously: writes return an enqueued task and `waitForTask`
 * lets the module wait before making a new index version active.
 */
import type { Logger, SearchTypes } from "@medusajs/framework/types"
import { AbstractSearchProviderService, MedusaError } from "@medusajs/framework/utils"
import type { Meilisearch } from "meilisearch" with { "resolution-mode": "import" }
import { meilisearchFilter, meilisearchSearchRequest, meilisearchSettings, toSearchResult, type MeilisearchSearchResponse } from "./translate"

export interface MeilisearchProviderOptions {
  host: string
  api_key?: string
  /** How long to wait for Meilisearch to apply a write, in milliseconds. */
  task_timeout_ms?: number
}

type Task = SearchTypes.SearchTask

export default class MeilisearchSearchService extends AbstractSearchProviderService {
  static identifier = "search-meilisearch"

  protected readonly options_: MeilisearchProviderOptions
  protected readonly logger_: Logger
  private client_?: Promise<Meilisearch>

  static validateOptions(options: Record<string, unknown>): void {
    if (typeof options.host !== "string" || !/^https?:\/\//.test(options.host)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "MEILISEARCH_HOST phải là địa chỉ http(s)://… / must be an http(s) URL")
    }
  }

  constructor({ logger }: { logger: Logger }, options: MeilisearchProviderOptions) {
    super()
    this.logger_ = logger
    this.options_ = options
  }

  /** The client is an ES module: loaded on first use. */
  protected client(): Promise<Meilisearch> {
    this.client_ ??= import("meilisearch").then(
      ({ Meilisearch }) => new Meilisearch({ host: this.options_.host, apiKey: this.options_.api_key })
    )
    return this.client_
  }

  private enqueued(index: string, task: { taskUid: number }): Task {
    return { id: String(task.taskUid), index, status: "enqueued" }
  }

  async upsertIndex({ index }: { index: SearchTypes.ResolvedSearchIndexDefinition }): Promise<Task> {
    const client = await this.client()
    const exists = await client
      .getRawIndex(index.physical_name)
      .then(() => true)
      .catch(() => false)
    if (!exists) {
      await client.tasks.waitForTask(await client.createIndex(index.physical_name, { primaryKey: index.primary_key }), {
        timeout: this.options_.task_timeout_ms ?? 30_000,
      })
    }
    const task = await client.index(index.physical_name).updateSettings(meilisearchSettings(index))
    return this.waitForTask(this.enqueued(index.physical_name, task))
  }

  async deleteIndex({ index }: { index: string }): Promise<Task> {
    const client = await this.client()
    const deleted = await client.deleteIndexIfExists(index)
    return { index, status: deleted ? "succeeded" : "succeeded" }
  }

  async listIndexes(): Promise<SearchTypes.SearchIndexInfo[]> {
    const client = await this.client()
    const { results } = await client.getIndexes({ limit: 1000 })
    return Promise.all(
      results.map(async (index) => ({
        name: index.uid,
        provider: MeilisearchSearchService.identifier,
        document_count: (await index.getStats()).numberOfDocuments,
        created_at: index.createdAt,
        updated_at: index.updatedAt,
      }))
    )
  }

  async upsertDocuments({ index, documents }: { index: string; definition: SearchTypes.ResolvedSearchIndexDefinition; documents: SearchTypes.SearchDocument[] }): Promise<Task> {
    if (!documents.length) return { index, status: "succeeded" }
    const client = await this.client()
    return this.enqueued(index, await client.index(index).addDocuments(documents))
  }

  async deleteDocuments({ index, filters }: SearchTypes.SearchDeleteDocumentsInput): Promise<Task> {
    const client = await this.client()
    const keys = Object.keys(filters)
    // Deleting by id is the common case and has a fast path; any other filter goes through the filter API.
    if (keys.length === 1 && keys[0] === "id") {
      const ids = [filters.id].flat().filter((v): v is string => typeof v === "string")
      if (ids.length) return this.enqueued(index, await client.index(index).deleteDocuments(ids))
    }
    const filter = meilisearchFilter(filters)
    if (!filter) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Meilisearch: refusing to delete documents without a filter")
    return this.enqueued(index, await client.index(index).deleteDocuments({ filter }))
  }

  async clearIndex({ index }: { index: string }): Promise<Task> {
    const client = await this.client()
    return this.enqueued(index, await client.index(index).deleteAllDocuments())
  }

  async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const [result] = await this.searchMany([input])
    return result
  }

  /** Every query (disjunctive facets included) in one round-trip. */
  async searchMany(inputs: SearchTypes.ProviderSearchQuery[]): Promise<SearchTypes.SearchResult[]> {
    const client = await this.client()
    const { results } = await client.multiSearch({ queries: inputs.map((input) => meilisearchSearchRequest(input) as any) })
    return (results as unknown as MeilisearchSearchResponse[]).map((response, i) => toSearchResult(inputs[i], response))
  }

  async waitForTask(task: Task, options?: { timeout_ms?: number }): Promise<Task> {
    if (!task.id) return task
    const client = await this.client()
    const done = await client.tasks.waitForTask(Number(task.id), { timeout: options?.timeout_ms ?? this.options_.task_timeout_ms ?? 30_000 })
    return done.status === "succeeded"
      ? { ...task, status: "succeeded" }
      : { ...task, status: "failed", error: { message: done.error?.message ?? `task ${done.status}`, code: done.error?.code } }
  }
}
