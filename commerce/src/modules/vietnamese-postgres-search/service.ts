/**
 * Medusa's PostgreSQL search provider, made fast enough for a national catalog (20,000 products):
 *
 *  - the document table gets a column per filtered, sorted or counted field and, for the tone-less
 *    copy the near-match pass searches, a word vector and a vocabulary (table.ts);
 *  - a search is one statement — hits, count and every facet from one read of the matching rows
 *    (query.ts) — instead of one for the hits, one for the count and one per facet, each unpacking the
 *    `indexed` jsonb of every matching row;
 *  - typos: the query's words are looked up in the vocabulary (near-match.ts), and the documents with a
 *    near word for every query word come from the word vector's GIN index — instead of comparing the
 *    query with every document's text (`word_similarity`, a full scan: seconds at 20,000).
 *
 * Ranking is over Medusa's weighted `search_vector` (ts_rank: half the cost of Medusa's ts_rank_cd, and
 * the store route puts the first results in its own order anyway); the tables, writes and the catalog
 * are Medusa's. Whatever the statement above does not cover — other filter operators, stats facets,
 * typo tolerance on all fields, vectors, an index table built before this provider — goes to Medusa's
 * provider unchanged. The identifier stays "search-postgres", so index versions built by Medusa's own
 * provider are served too.
 */
import PostgresSearchProvider from "@medusajs/medusa/search-postgres"
import type { SearchTypes } from "@medusajs/framework/types"
import { projectDocument } from "@medusajs/framework/utils"
import { deletionKeys, nearWords, queryWords, typoSizes, typosAllowed } from "./near-match"
import { filterSql, orderSql, readCounts, searchStatement, valueFacets } from "./query"
import { addWordsSql, attributeFields, documentTableExtensions, NEAR_COLUMN, NEAR_MATCH_FIELD, sortOrderIndexes, wordsTable, type Plan } from "./table"

export { NEAR_MATCH_FIELD } from "./table"

interface Manager {
  execute(sql: string, params?: unknown[]): Promise<any[]>
}
interface Catalog {
  table_name: string
  plan: Plan
}
type Base = new (...args: any[]) => {
  manager_: Manager
  tsConfig_: string
  createDocumentTable(table: string, plan: Plan, manager: Manager): Promise<void>
  dropDocumentTable(table: string, manager: Manager): Promise<void>
  retrieve(index: string): Promise<Catalog>
  upsertIndex(input: { index: SearchTypes.ResolvedSearchIndexDefinition }): Promise<SearchTypes.SearchTask>
  upsertDocuments(input: { index: string; definition?: SearchTypes.ResolvedSearchIndexDefinition; documents: SearchTypes.SearchDocument[] }): Promise<SearchTypes.SearchTask>
  clearIndex(input: { index: string }): Promise<SearchTypes.SearchTask>
  search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult>
}

const MedusaPostgresSearchService = (PostgresSearchProvider as unknown as { services: Base[] }).services[0]

/** Vocabulary rows written per statement while an index is filled. */
const WORDS_BATCH = 500

/** `plainto_tsquery` of each alternative, OR within a word, AND across words. */
function tsqueryOf(config: string, groups: string[][], params: unknown[]): string {
  return groups
    .map((group) => {
      params.push(...group)
      return `(${group.map(() => `plainto_tsquery('${config}', ?)`).join(" || ")})`
    })
    .join(" && ")
}

export default class VietnamesePostgresSearchService extends MedusaPostgresSearchService {
  static identifier = "search-postgres"

  /** Document tables that have our columns (tables built by Medusa's own provider do not). */
  private readonly extended_ = new Map<string, Promise<boolean>>()

  async createDocumentTable(table: string, plan: Plan, manager: Manager) {
    await super.createDocumentTable(table, plan, manager)
    for (const statement of documentTableExtensions(table, plan)) await manager.execute(statement)
    this.extended_.delete(table)
  }

  /** The table, then the indexes of the sort orders the definition names (settings.provider_options.postgres). */
  async upsertIndex(input: { index: SearchTypes.ResolvedSearchIndexDefinition }) {
    const task = await super.upsertIndex(input)
    const catalog = await this.retrieve(input.index.physical_name)
    const options = (input.index.settings?.provider_options as { postgres?: { sort_orders?: unknown } } | undefined)?.postgres
    for (const statement of sortOrderIndexes(catalog.table_name, catalog.plan, options?.sort_orders)) await this.manager_.execute(statement)
    return task
  }

  async dropDocumentTable(table: string, manager: Manager) {
    await super.dropDocumentTable(table, manager)
    await manager.execute(`DROP TABLE IF EXISTS "${wordsTable(table)}"`)
    this.extended_.delete(table)
  }

  private extended(table: string, plan: Plan): Promise<boolean> {
    let known = this.extended_.get(table)
    if (!known) {
      const wantsWords = plan.searchable.includes(NEAR_MATCH_FIELD)
      known = this.manager_
        .execute(
          `SELECT count(*) FILTER (WHERE attname LIKE 'attr\\_%')::int AS attributes, count(*) FILTER (WHERE attname = ?)::int AS near, to_regclass(?) IS NOT NULL AS words
           FROM pg_attribute WHERE attrelid = to_regclass(?) AND attnum > 0 AND NOT attisdropped`,
          [NEAR_COLUMN, `"${wordsTable(table)}"`, `"${table}"`]
        )
        .then(([row]) => Number(row?.attributes ?? 0) >= attributeFields(plan).length && (!wantsWords || (Number(row?.near ?? 0) === 1 && row?.words === true)))
      known.catch(() => this.extended_.delete(table))
      this.extended_.set(table, known)
    }
    return known
  }

  async upsertDocuments(input: { index: string; definition?: SearchTypes.ResolvedSearchIndexDefinition; documents: SearchTypes.SearchDocument[] }) {
    const task = await super.upsertDocuments(input)
    const catalog = await this.retrieve(input.index)
    if (!input.documents.length || !catalog.plan.searchable.includes(NEAR_MATCH_FIELD) || !(await this.extended(catalog.table_name, catalog.plan))) return task
    const ids = [...new Set(input.documents.map((d) => d[catalog.plan.primary_key]).filter((id) => id !== null && id !== undefined && id !== "").map(String))]
    const sizes = typoSizes(input.definition?.settings)
    for (let i = 0; i < ids.length; i += WORDS_BATCH) {
      const { sql, params } = addWordsSql(catalog.table_name, ids.slice(i, i + WORDS_BATCH), sizes)
      await this.manager_.execute(sql, params)
    }
    return task
  }

  async clearIndex(input: { index: string }) {
    const task = await super.clearIndex(input)
    const catalog = await this.retrieve(input.index)
    await this.manager_.execute(`DO $$ BEGIN IF to_regclass('"${wordsTable(catalog.table_name)}"') IS NOT NULL THEN TRUNCATE TABLE "${wordsTable(catalog.table_name)}"; END IF; END $$`)
    return task
  }

  /** For each word of the query, the words of the index within its typo allowance. */
  private async nearGroups(table: string, q: string, settings: SearchTypes.ResolvedSearchIndexDefinition["settings"]): Promise<string[][]> {
    const sizes = typoSizes(settings)
    const words = queryWords(q)
    const keys = [...new Set(words.flatMap((w) => deletionKeys(w, typosAllowed(w, sizes))))]
    if (!keys.length) return []
    const rows = await this.manager_.execute(`SELECT DISTINCT "word" FROM "${wordsTable(table)}" WHERE "key" IN (${keys.map(() => "?").join(", ")})`, keys)
    return nearWords(words, rows.map((r) => String(r.word)), sizes)
  }

  async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const started = Date.now()
    const options = input.search_options ?? {}
    const q = input.q?.trim() || undefined
    const typo = !!q && !!options.typo_tolerance && (input.index.settings?.typo_tolerance?.enabled ?? true)
    const searchOn = options.attributes_to_search_on
    const near = typo && searchOn?.length === 1 && searchOn[0] === NEAR_MATCH_FIELD
    const handOver =
      !!options.vector ||
      !!options.highlight ||
      !!options.distinct ||
      !!input.index.settings?.distinct_attribute ||
      options.min_score !== undefined ||
      (options.match_strategy !== undefined && options.match_strategy !== "all") ||
      !!options.locales?.length ||
      input.pagination?.cursor !== undefined ||
      (typo && !near)
    if (handOver) return super.search(input)

    const catalog = await this.retrieve(input.index.physical_name)
    const plan = catalog.plan
    if (searchOn && !near && !(searchOn.length === plan.searchable.length && searchOn.every((p) => plan.searchable.includes(p)))) return super.search(input)
    if (near && !plan.searchable.includes(NEAR_MATCH_FIELD)) return super.search(input)
    const filters = filterSql(input.filters, plan)
    const order = orderSql(input.pagination?.order as Record<string, string> | undefined, plan, !!q)
    const facets = valueFacets(options.facets, plan)
    if (!filters || !order || !facets || !(await this.extended(catalog.table_name, plan))) return super.search(input)

    const skip = input.pagination?.skip ?? 0
    const take = input.pagination?.take ?? 20
    const count = options.count !== "none"
    const config = this.tsConfig_

    let match: Parameters<typeof searchStatement>[0]["match"]
    if (q && near) {
      const groups = await this.nearGroups(catalog.table_name, q, input.index.settings)
      // A word with nothing near it: nothing matches.
      if (!groups.length || groups.some((g) => !g.length)) match = { rank: () => "0::float4", where: () => "FALSE" }
      else
        match = {
          // ranked by Medusa's weighted vector (titles first); matched on the tone-less copy only
          rank: (params) => `ts_rank("search_vector", ${tsqueryOf(config, groups, params)})`,
          where: (params) => `"${NEAR_COLUMN}" @@ (${tsqueryOf("simple", groups, params)})`,
        }
    } else if (q) {
      match = {
        rank: (params) => (params.push(q), `ts_rank("search_vector", plainto_tsquery('${config}', ?))`),
        where: (params) => (params.push(q), `"search_vector" @@ plainto_tsquery('${config}', ?)`),
      }
    }

    const shape = { table: catalog.table_name, plan, match, filters, order, take, skip, count, facets }
    const statement = searchStatement(shape)
    const rows = await this.manager_.execute(statement.sql, statement.params)
    const parse = (value: unknown) => (typeof value === "string" ? JSON.parse(value) : value)
    const hits = (statement.rows ? rows : (parse(rows[0]?.hits) ?? [])) as { id: string; score: number; document: unknown }[]
    const counts = statement.rows ? { count: null, facets: {} } : readCounts(rows[0], shape)
    return {
      hits: hits.map((hit) => ({
        id: hit.id,
        score: options.include_score ? Number(hit.score) : undefined,
        document: projectDocument(parse(hit.document) as Record<string, unknown>, input.attributes_to_retrieve),
      })),
      facets: facets.length ? Object.fromEntries(facets.map((f) => [f.field, { type: "value" as const, values: counts.facets[f.field] ?? [] }])) : undefined,
      metadata: { skip, take, count: count ? Number(counts.count ?? 0) : null, query: input.q, processing_time_ms: Date.now() - started },
    } as SearchTypes.SearchResult
  }
}
