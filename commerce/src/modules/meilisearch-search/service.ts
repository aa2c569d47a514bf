/**
 * A Medusa Search Module provider on the `meilisearch` JS client. Registered when MEILISEARCH_HOST is
 * set (medusa-config.ts; `npm start` sets it for its embedded server); the index itself is declared once
 * in src/search.
 * Meilisearch applies writes asynchronously: writes return an enqueued task and `waitForTask`
 * lets the module wait before making a new index version active.
 */
import type { Logger, SearchTypes } from "@medusajs/framework/types"
import { AbstractSearchProviderService, MedusaError } from "@medusajs/framework/utils"
import type { Meilisearch } from "meilisearch" with { "resolution-mode": "import" }
import { SearchEngineUnavailableError } from "../../lib/search/engine-unavailable"
import { meilisearchPost, type MeilisearchPost } from "./http"
import { facetBundleField, meilisearchFilter, meilisearchSearchRequest, meilisearchSettings, toSearchResult, withFacetBundle, type MeilisearchSearchResponse } from "./translate"

export interface MeilisearchProviderOptions {
  host: string
  api_key?: string
  /** How long to wait for Meilisearch to apply a write, in milliseconds. */
  task_timeout_ms?: number
  /** How long one HTTP request may take before search counts as unavailable, in milliseconds. */
  request_timeout_ms?: number
}

type Task = SearchTypes.SearchTask

/**
 * Meilisearch's errors in the Search Module's terms: a server that cannot be reached (or does not answer
 * in time, or sheds load) is "unavailable" — the store route says so to buyers —, a missing index is
 * NOT_FOUND, which makes the module look up the active index version again and retry.
 */
export function translateMeilisearchError(error: unknown): unknown {
  const e = error as { name?: string; message?: string; cause?: { code?: string }; response?: { status?: number } }
  if (e?.name === "MeilisearchRequestError" || e?.name === "MeilisearchRequestTimeOutError" || e?.response?.status === 503) {
    return new SearchEngineUnavailableError(e.message ?? String(error))
  }
  if (e?.name === "MeilisearchApiError" && e.cause?.code === "index_not_found") {
    return new MedusaError(MedusaError.Types.NOT_FOUND, `Meilisearch: ${e.message}`)
  }
  return error
}

export default class MeilisearchSearchService extends AbstractSearchProviderService {
  static identifier = "search-meilisearch"

  protected readonly options_: MeilisearchProviderOptions
  protected readonly logger_: Logger
  private client_?: Promise<Meilisearch>
  private post_?: MeilisearchPost
  /** Physical indexes known to exist with their settings (see upsertDocuments). */
  private readonly ensured_ = new Set<string>()
  /** Whether a physical index has the definition's facet bundle among its filterable attributes (see facetBundleOf). */
  private readonly bundled_ = new Map<string, Promise<boolean>>()

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
      ({ Meilisearch }) =>
        new Meilisearch({ host: this.options_.host, apiKey: this.options_.api_key, timeout: this.options_.request_timeout_ms ?? 5_000 })
    )
    return this.client_
  }

  /** Runs a call against the server with its errors translated (translateMeilisearchError). */
  protected async call<T>(fn: (client: Meilisearch) => Promise<T>): Promise<T> {
    const client = await this.client()
    try {
      return await fn(client)
    } catch (error) {
      throw translateMeilisearchError(error)
    }
  }

  private enqueued(index: string, task: { taskUid: number }): Task {
    return { id: String(task.taskUid), index, status: "enqueued" }
  }

  private async indexExists(name: string): Promise<boolean> {
    return this.call((client) => client.getRawIndex(name)).then(
      () => true,
      (error) => {
        if (error instanceof MedusaError && error.type === MedusaError.Types.NOT_FOUND) return false
        throw error
      }
    )
  }

  async upsertIndex({ index }: { index: SearchTypes.ResolvedSearchIndexDefinition }): Promise<Task> {
    if (!(await this.indexExists(index.physical_name))) {
      const created = await this.call((client) => client.createIndex(index.physical_name, { primaryKey: index.primary_key }))
      const done = await this.waitForTask(this.enqueued(index.physical_name, created))
      if (done.status === "failed" && done.error?.code !== "index_already_exists") return done
    }
    const task = await this.call((client) => client.index(index.physical_name).updateSettings(meilisearchSettings(index)))
    const settled = await this.waitForTask(this.enqueued(index.physical_name, task))
    if (settled.status === "succeeded") this.ensured_.add(index.physical_name)
    this.bundled_.delete(index.physical_name)
    return settled
  }

  async deleteIndex({ index }: { index: string }): Promise<Task> {
    await this.call((client) => client.deleteIndexIfExists(index))
    this.ensured_.delete(index)
    this.bundled_.delete(index)
    return { index, status: "succeeded" }
  }

  async listIndexes(): Promise<SearchTypes.SearchIndexInfo[]> {
    const [{ results }, stats] = await this.call((client) => Promise.all([client.getIndexes({ limit: 1000 }), client.getStats()]))
    return results.map((index) => ({
      name: index.uid,
      provider: MeilisearchSearchService.identifier,
      document_count: stats.indexes[index.uid]?.numberOfDocuments ?? 0,
      created_at: index.createdAt,
      updated_at: index.updatedAt,
    }))
  }

  /**
   * Meilisearch creates a missing index on the first write, but without our settings (no filters, no
   * sorts). An index can be missing although Medusa's records say it is ready — Meilisearch's data folder
   * was deleted, and the index is being filled again —, so before the first write to an index this
   * process makes sure it exists with its settings.
   */
  async upsertDocuments({ index, definition, documents }: { index: string; definition: SearchTypes.ResolvedSearchIndexDefinition; documents: SearchTypes.SearchDocument[] }): Promise<Task> {
    if (!documents.length) return { index, status: "succeeded" }
    if (!this.ensured_.has(index)) {
      if (await this.indexExists(index)) this.ensured_.add(index)
      else {
        const created = await this.upsertIndex({ index: { ...definition, physical_name: index } })
        if (created.status === "failed") return created
      }
    }
    return this.enqueued(index, await this.call((client) => client.index(index).addDocuments(withFacetBundle(definition, documents))))
  }

  async deleteDocuments({ index, filters }: SearchTypes.SearchDeleteDocumentsInput): Promise<Task> {
    const keys = Object.keys(filters)
    // Deleting by id is the common case and has a fast path; any other filter goes through the filter API.
    if (keys.length === 1 && keys[0] === "id") {
      const ids = [filters.id].flat().filter((v): v is string => typeof v === "string")
      if (ids.length) return this.enqueued(index, await this.call((client) => client.index(index).deleteDocuments(ids)))
    }
    const filter = meilisearchFilter(filters)
    if (!filter) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Meilisearch: refusing to delete documents without a filter")
    return this.enqueued(index, await this.call((client) => client.index(index).deleteDocuments({ filter })))
  }

  async clearIndex({ index }: { index: string }): Promise<Task> {
    return this.enqueued(index, await this.call((client) => client.index(index).deleteAllDocuments()))
  }

  async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const [result] = await this.searchMany([input])
    return result
  }

  /**
   * The facet bundle to count facets through (translate.ts: ProviderOptions.facet_bundle), when the physical
   * index has it: an index built before the definition asked for one keeps serving, field by field, while
   * its replacement is filled. Asked once per physical index and process.
   */
  private async facetBundleOf(input: SearchTypes.ProviderSearchQuery): Promise<string | undefined> {
    const bundle = facetBundleField(input.index)
    if (!bundle || !input.search_options?.facets?.length) return undefined
    const name = input.index.physical_name
    let known = this.bundled_.get(name)
    if (!known) {
      known = this.call((client) => client.index(name).getFilterableAttributes()).then((attributes) =>
        (attributes ?? []).some((a) => (typeof a === "string" ? a === bundle : (a as { attributePatterns?: string[] }).attributePatterns?.includes(bundle)))
      )
      // not known yet (index missing, server away): asked again next time
      known.catch(() => this.bundled_.delete(name))
      this.bundled_.set(name, known)
    }
    return (await known.catch(() => false)) ? bundle : undefined
  }

  /** Every query (disjunctive facets included) in one round-trip, without the client's fetch (see http.ts). */
  async searchMany(inputs: SearchTypes.ProviderSearchQuery[]): Promise<SearchTypes.SearchResult[]> {
    const bundles = await Promise.all(inputs.map((input) => this.facetBundleOf(input)))
    const queries = inputs.map((input, i) => meilisearchSearchRequest(input, { facetBundle: bundles[i] }))
    this.post_ ??= meilisearchPost(this.options_.host, this.options_.api_key, this.options_.request_timeout_ms ?? 5_000)
    let results: MeilisearchSearchResponse[]
    try {
      ;({ results } = await this.post_("/multi-search", { queries }))
    } catch (error) {
      throw translateMeilisearchError(error)
    }
    return results.map((response, i) => toSearchResult(inputs[i], response, { facetBundle: bundles[i] }))
  }

  async waitForTask(task: Task, options?: { timeout_ms?: number }): Promise<Task> {
    if (!task.id) return task
    const timeout = options?.timeout_ms ?? this.options_.task_timeout_ms ?? 120_000
    const done = await this.call((client) => client.tasks.waitForTask(Number(task.id), { timeout, interval: 20 }))
    if (done.status === "succeeded") return { ...task, status: "succeeded" }
    // Deleting from an index that is not there leaves nothing to delete.
    if (done.error?.code === "index_not_found" && done.type === "documentDeletion") return { ...task, status: "succeeded" }
    return { ...task, status: "failed", error: { message: done.error?.message ?? `task ${done.status}`, code: done.error?.code } }
  }
}
