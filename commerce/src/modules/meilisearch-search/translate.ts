/**
 * Translation between Medusa's Search Module contract and Meilisearch's API: index settings from
 * an index definition, the filter tree to Meilisearch's filter expression, a module query to search
 * parameters, and Meilisearch's answer back to a module result. Pure, so it is unit-tested without
 * a Meilisearch server (the search contract runs against a real one).
 */
import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"

type Definition = SearchTypes.ResolvedSearchIndexDefinition
type FieldDefinition = SearchTypes.SearchFieldDefinition
type Filters = SearchTypes.SearchFilters
type FilterValue = SearchTypes.SearchFilterValue

/** Meilisearch's relevance rules, with `sort` first so that an explicit sort (price, newest) orders strictly. */
export const DEFAULT_RANKING_RULES = ["sort", "words", "typo", "proximity", "attribute", "exactness"]

/** Values the facet bundle returns at most (all facets together). */
export const MAX_BUNDLED_FACET_VALUES = 10_000

export interface MeilisearchSettings {
  searchableAttributes: string[]
  displayedAttributes: string[]
  filterableAttributes: string[]
  sortableAttributes: string[]
  rankingRules: string[]
  typoTolerance: {
    enabled: boolean
    minWordSizeForTypos?: { oneTypo?: number; twoTypos?: number }
    disableOnAttributes: string[]
  }
  /** "disabled": words match whole, as the module's default match strategy ("all") asks */
  prefixSearch: "disabled" | "indexingTime"
  distinctAttribute: string | null
  faceting: { maxValuesPerFacet: number }
  pagination: { maxTotalHits: number }
}

function unsupported(message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, `Meilisearch: ${message}`)
}

/** Leaf fields of a definition by dotted path (objects flattened, as the engines see them). */
export function flattenFields(fields: Record<string, FieldDefinition>, prefix = ""): Map<string, FieldDefinition> {
  const out = new Map<string, FieldDefinition>()
  for (const [name, field] of Object.entries(fields)) {
    const path = prefix ? `${prefix}.${name}` : name
    if (field.type === "object" && field.fields) {
      for (const [p, f] of flattenFields(field.fields, path)) out.set(p, f)
    } else {
      out.set(path, field)
    }
  }
  return out
}

const weightOf = (field: FieldDefinition): number =>
  typeof field.searchable === "object" ? field.searchable.weight ?? 1 : field.searchable ? 1 : 0

interface ProviderOptions {
  /** extra ranking rules after the relevance ones, e.g. `ocop_stars:desc` */
  ranking_rules?: string[]
  /** fields always matched without typos */
  typo_disabled_on_attributes?: string[]
  /**
   * The only fields matched with typos. Meilisearch cannot switch typos off per search, so with this
   * set every other field has them off in the index, and a search without `typo_tolerance` searches
   * those other fields only — words match exactly, as the module's contract (and PostgreSQL) has it.
   */
  typo_attributes?: string[]
  /**
   * A hidden field holding every facet value of a document as `field<US>value` (FACET_BUNDLE_SEPARATOR),
   * through which all requested facets are counted at once. Meilisearch counts the facets of fewer than
   * 3,000 hits document by document, once per facet field (two database reads a document and field): five
   * facets over 2,600 hits took 10–30 ms, the same counts from one field 4 ms. Filters still use the fields,
   * and a search asking for one facet only counts that field.
   */
  facet_bundle?: string
}

const providerOptions = (definition: Definition): ProviderOptions => (definition.settings?.provider_options?.meilisearch ?? {}) as ProviderOptions

/** Between a field's path and its value in the facet bundle (ASCII unit separator: in no path, nor in any value we index). */
export const FACET_BUNDLE_SEPARATOR = "\u001f"

/** Facetable fields by path. */
const facetFields = (definition: Definition): string[] => [...flattenFields(definition.fields)].filter(([, f]) => !!f.facetable).map(([p]) => p)

/** The bundle field's name, checked against the definition's own fields; undefined when not configured. */
export function facetBundleField(definition: Definition): string | undefined {
  const bundle = providerOptions(definition).facet_bundle
  if (bundle === undefined) return undefined
  if (!FIELD_PATH.test(bundle) || flattenFields(definition.fields).has(bundle)) unsupported(`facet_bundle "${bundle}" must be a free field name`)
  return bundle
}

/** A facet value as Meilisearch names it in a facet distribution. */
function facetValueText(value: unknown): string | undefined {
  if (value === null || value === undefined || value === "") return undefined
  if (value instanceof Date) return value.toISOString()
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return String(value)
  return undefined
}

/** The value at a dotted path of a document (objects nested as the definition declares them). */
const valueAt = (document: Record<string, unknown>, path: string): unknown =>
  path.split(".").reduce<unknown>((value, key) => (value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined), document)

/** Documents as written to the index: with the facet bundle when the definition asks for one. */
export function withFacetBundle<T extends Record<string, unknown>>(definition: Definition, documents: T[]): T[] {
  const bundle = facetBundleField(definition)
  if (!bundle) return documents
  const fields = facetFields(definition)
  return documents.map((document) => {
    const values = new Set<string>()
    for (const field of fields) {
      for (const value of [valueAt(document, field)].flat()) {
        const text = facetValueText(value)
        if (text !== undefined) values.add(`${field}${FACET_BUNDLE_SEPARATOR}${text}`)
      }
    }
    return { ...document, [bundle]: [...values] }
  })
}

/** Searchable attributes by declared weight (heaviest first, ties in declaration order). */
export function searchableAttributes(definition: Definition): string[] {
  return [...flattenFields(definition.fields)]
    .filter(([, f]) => weightOf(f) > 0)
    .map(([path, f], order) => ({ path, weight: weightOf(f), order }))
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
    .map((f) => f.path)
}

/**
 * Index settings for a definition. Meilisearch weighs searchable attributes by their order, so they
 * are listed by declared weight. Extra ranking rules and the typo settings per field come from the
 * definition's `settings.provider_options.meilisearch` (ProviderOptions).
 */
export function meilisearchSettings(definition: Definition): MeilisearchSettings {
  const fields = [...flattenFields(definition.fields)]
  const options = providerOptions(definition)
  const searchable = searchableAttributes(definition)
  const typoOff = options.typo_attributes ? searchable.filter((p) => !options.typo_attributes!.includes(p)) : []
  const typo = definition.settings?.typo_tolerance ?? {}
  const vectors = fields.filter(([, f]) => f.type === "vector")
  if (vectors.length) unsupported(`vector fields (${vectors.map(([p]) => p).join(", ")}) are not supported by this provider`)
  const rangeFacets = fields.filter(([, f]) => typeof f.facetable === "object" && (f.facetable.types ?? []).some((t) => t !== "value"))
  if (rangeFacets.length) unsupported(`only value facets are supported (${rangeFacets.map(([p]) => p).join(", ")})`)
  const bundle = facetBundleField(definition)
  return {
    searchableAttributes: searchable,
    displayedAttributes: [definition.primary_key, ...fields.filter(([, f]) => f.retrievable !== false).map(([p]) => p)].filter(
      (p, i, all) => all.indexOf(p) === i
    ),
    filterableAttributes: [...fields.filter(([, f]) => f.filterable || f.facetable).map(([p]) => p), ...(bundle ? [bundle] : [])],
    sortableAttributes: fields.filter(([, f]) => f.sortable).map(([p]) => p),
    rankingRules: [...DEFAULT_RANKING_RULES, ...(options.ranking_rules ?? [])],
    typoTolerance: {
      enabled: typo.enabled ?? true,
      ...(typo.min_word_size_for_one_typo || typo.min_word_size_for_two_typos
        ? { minWordSizeForTypos: { oneTypo: typo.min_word_size_for_one_typo, twoTypos: typo.min_word_size_for_two_typos } }
        : {}),
      disableOnAttributes: [...new Set([...(typo.disabled_on_attributes ?? []), ...(options.typo_disabled_on_attributes ?? []), ...typoOff])],
    },
    prefixSearch: "disabled",
    distinctAttribute: definition.settings?.distinct_attribute ?? null,
    // The bundle holds the values of every facet together: its counts must not be cut.
    faceting: { maxValuesPerFacet: bundle ? MAX_BUNDLED_FACET_VALUES : 100 },
    pagination: { maxTotalHits: 100_000 },
  }
}

// ---- filters --------------------------------------------------------------------------------

const FIELD_PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/

function fieldName(path: string): string {
  if (!FIELD_PATH.test(path)) unsupported(`invalid field name "${path.slice(0, 60)}"`)
  return path
}

/** A literal in Meilisearch's filter syntax: strings double-quoted with `"` and `\` escaped. */
export function filterLiteral(value: FilterValue): string {
  if (value === null) unsupported("null is compared with $exists, not as a value")
  if (typeof value === "number") {
    if (!Number.isFinite(value)) unsupported("numbers in filters must be finite")
    return String(value)
  }
  if (typeof value === "boolean") return value ? "true" : "false"
  const text = value instanceof Date ? value.toISOString() : String(value)
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`
}

/** An empty `$in` list matches nothing; Meilisearch has no literal false, so: a field both set and unset. */
const matchesNothing = (name: string): string => `(${name} EXISTS AND ${name} NOT EXISTS)`

const list = (values: FilterValue[]): string => `[${values.map(filterLiteral).join(", ")}]`

const isOperatorMap = (value: unknown): value is SearchTypes.SearchOperatorMap<FilterValue> =>
  typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date) && Object.keys(value).every((k) => k.startsWith("$"))

function fieldCondition(field: string, value: unknown): string {
  const name = fieldName(field)
  if (value === null) return `${name} IS NULL`
  if (Array.isArray(value)) return value.length ? `${name} IN ${list(value as FilterValue[])}` : matchesNothing(name)
  if (!isOperatorMap(value)) return `${name} = ${filterLiteral(value as FilterValue)}`
  const parts: string[] = []
  for (const [op, operand] of Object.entries(value)) {
    switch (op) {
      case "$eq":
        parts.push(operand === null ? `${name} IS NULL` : `${name} = ${filterLiteral(operand as FilterValue)}`)
        break
      case "$ne":
        parts.push(operand === null ? `${name} IS NOT NULL` : `${name} != ${filterLiteral(operand as FilterValue)}`)
        break
      case "$in":
      case "$overlaps":
        parts.push((operand as FilterValue[]).length ? `${name} IN ${list(operand as FilterValue[])}` : matchesNothing(name))
        break
      case "$nin":
        if ((operand as FilterValue[]).length) parts.push(`${name} NOT IN ${list(operand as FilterValue[])}`)
        break
      case "$lt":
        parts.push(`${name} < ${filterLiteral(operand as FilterValue)}`)
        break
      case "$lte":
        parts.push(`${name} <= ${filterLiteral(operand as FilterValue)}`)
        break
      case "$gt":
        parts.push(`${name} > ${filterLiteral(operand as FilterValue)}`)
        break
      case "$gte":
        parts.push(`${name} >= ${filterLiteral(operand as FilterValue)}`)
        break
      case "$exists":
        parts.push(operand ? `${name} EXISTS` : `${name} NOT EXISTS`)
        break
      case "$contains":
        for (const v of [operand].flat() as FilterValue[]) parts.push(`${name} = ${filterLiteral(v)}`)
        break
      default:
        // $prefix and $like: Meilisearch has no substring filter, so they are refused, not approximated.
        unsupported(`the filter operator ${op} is not supported`)
    }
  }
  return parts.length > 1 ? `(${parts.join(" AND ")})` : parts[0] ?? ""
}

function compile(filters: Filters): string[] {
  const parts: string[] = []
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || key === "q") continue
    if (key === "$and" || key === "$or") {
      const branches = (value as Filters[]).map((branch) => compile(branch)).map((p) => p.join(" AND ")).filter(Boolean)
      if (!branches.length) continue
      parts.push(branches.length === 1 ? branches[0] : `(${branches.map((b) => `(${b})`).join(key === "$and" ? " AND " : " OR ")})`)
    } else if (key === "$not") {
      const inner = compile(value as Filters).join(" AND ")
      if (inner) parts.push(`NOT (${inner})`)
    } else {
      parts.push(fieldCondition(key, value))
    }
  }
  return parts.filter(Boolean)
}

/** The module's filter tree as a Meilisearch filter expression; undefined when there is nothing to filter. */
export function meilisearchFilter(filters: Filters | undefined): string | undefined {
  if (!filters) return undefined
  const expression = compile(filters).join(" AND ")
  return expression || undefined
}

// ---- queries and results ---------------------------------------------------------------------

export interface MeilisearchSearchRequest {
  indexUid: string
  q?: string
  filter?: string
  facets?: string[]
  sort?: string[]
  attributesToRetrieve?: string[]
  attributesToHighlight?: string[]
  highlightPreTag?: string
  highlightPostTag?: string
  attributesToCrop?: string[]
  cropLength?: number
  attributesToSearchOn?: string[]
  matchingStrategy?: "all" | "last"
  showRankingScore?: boolean
  rankingScoreThreshold?: number
  distinct?: string
  hitsPerPage?: number
  page?: number
  offset?: number
  limit?: number
}

/**
 * `facetBundle`: the bundle field when the physical index has it (an index built before the definition
 * asked for one has not: its facets are counted field by field until the new version replaces it).
 */
export function meilisearchSearchRequest(input: SearchTypes.ProviderSearchQuery, { facetBundle }: { facetBundle?: string } = {}): MeilisearchSearchRequest {
  const options = input.search_options ?? {}
  if (options.vector) unsupported("vector search is not supported")
  if (options.locales?.length) unsupported("query-time locales are not supported; Meilisearch detects the language")
  if (input.pagination?.cursor) unsupported("cursor pagination is not supported")
  // Meilisearch's "last" drops trailing words; the module's "last" is a prefix on the last word, which the
  // index (prefix search off, so that words match whole) cannot do.
  if (options.match_strategy && options.match_strategy !== "all") unsupported(`match_strategy "${options.match_strategy}" is not supported`)

  const skip = input.pagination?.skip ?? 0
  const take = input.pagination?.take ?? 20
  const requestedFacets = (options.facets ?? []).map((facet) => {
    const request = typeof facet === "string" ? { field: facet, type: "value" as const } : facet
    if (request.type && request.type !== "value") unsupported(`${request.type} facets are not supported`)
    return fieldName(request.field)
  })
  // One facet (the per-facet queries of disjunctive facets) is cheaper from its own field.
  const bundled = !!facetBundle && requestedFacets.length > 1
  const facets = bundled ? [facetBundle] : requestedFacets
  const order = Object.entries(input.pagination?.order ?? {})
  // Relevance first, then tie-breaks: Meilisearch's ranking rules already end with the index's custom
  // rules (OCOP stars…), and a sort would rank before relevance — so nothing after "_score" is sent.
  const sort = (order[0]?.[0] === "_score" ? [] : order)
    .filter(([field]) => field !== "_score")
    .map(([field, direction]) => `${fieldName(field)}:${direction === "ASC" ? "asc" : "desc"}`)
  const highlight = input.q && options.highlight ? (options.highlight === true ? { fields: ["*"] } : options.highlight) : undefined
  const filter = meilisearchFilter(input.filters)
  // Without typo tolerance, only the fields where typos are off (see ProviderOptions.typo_attributes).
  const typoAttributes = providerOptions(input.index).typo_attributes
  const attributesToSearchOn =
    !options.typo_tolerance && typoAttributes && input.q
      ? (options.attributes_to_search_on ?? searchableAttributes(input.index)).filter((p) => !typoAttributes.includes(p))
      : options.attributes_to_search_on

  // Page-based pagination gives an exact total; offset/limit only an estimate.
  const pageBased = options.count === "exact" && take > 0 && skip % take === 0
  return {
    indexUid: input.index.physical_name,
    ...(input.q ? { q: input.q } : {}),
    ...(filter ? { filter } : {}),
    ...(facets.length ? { facets } : {}),
    ...(sort.length ? { sort } : {}),
    attributesToRetrieve: input.attributes_to_retrieve.length ? input.attributes_to_retrieve : ["*"],
    ...(highlight
      ? {
          attributesToHighlight: highlight.fields,
          highlightPreTag: highlight.pre_tag ?? "<mark>",
          highlightPostTag: highlight.post_tag ?? "</mark>",
          ...(highlight.snippet ? { attributesToCrop: highlight.fields, cropLength: typeof highlight.snippet === "object" ? highlight.snippet.length : 20 } : {}),
        }
      : {}),
    ...(attributesToSearchOn ? { attributesToSearchOn } : {}),
    matchingStrategy: "all",
    ...(options.include_score || options.min_score !== undefined ? { showRankingScore: true } : {}),
    ...(options.min_score !== undefined ? { rankingScoreThreshold: options.min_score } : {}),
    ...(options.distinct ? { distinct: fieldName(options.distinct) } : {}),
    ...(pageBased ? { hitsPerPage: take, page: skip / take + 1 } : { offset: skip, limit: take }),
  }
}

export interface MeilisearchSearchResponse {
  hits: Record<string, any>[]
  facetDistribution?: Record<string, Record<string, number>>
  estimatedTotalHits?: number
  totalHits?: number
  processingTimeMs?: number
  query?: string
}

/** Facet distributions by field, the bundle's split back into its fields. */
function facetDistributions(bundle: string | undefined, distribution: MeilisearchSearchResponse["facetDistribution"]): Record<string, Record<string, number>> {
  if (!bundle || !distribution || !(bundle in distribution)) return distribution ?? {}
  const out: Record<string, Record<string, number>> = {}
  for (const [key, count] of Object.entries(distribution[bundle])) {
    const at = key.indexOf(FACET_BUNDLE_SEPARATOR)
    if (at < 0) continue
    ;(out[key.slice(0, at)] ??= {})[key.slice(at + 1)] = count
  }
  return out
}

export function toSearchResult(
  input: SearchTypes.ProviderSearchQuery,
  response: MeilisearchSearchResponse,
  { facetBundle }: { facetBundle?: string } = {}
): SearchTypes.SearchResult {
  const options = input.search_options ?? {}
  const primaryKey = input.index.primary_key
  const requestedFacets = (options.facets ?? []).map((f) => (typeof f === "string" ? { field: f } : f))
  const distributions = facetDistributions(facetBundle, response.facetDistribution)
  const facets: Record<string, SearchTypes.SearchFacetResult> = {}
  for (const { field, limit, sort } of requestedFacets as { field: string; limit?: number; sort?: string }[]) {
    const values = Object.entries(distributions[field] ?? {}).map(([value, count]) => ({ value, count }))
    values.sort(sort === "alpha" ? (a, b) => a.value.localeCompare(b.value) : (a, b) => b.count - a.count || a.value.localeCompare(b.value))
    facets[field] = { type: "value", values: limit ? values.slice(0, limit) : values }
  }
  const count = options.count === "none" ? null : response.totalHits ?? response.estimatedTotalHits ?? null
  return {
    hits: response.hits.map(({ _formatted, _rankingScore, ...document }) => ({
      id: String(document[primaryKey]),
      ...(options.include_score ? { score: _rankingScore } : {}),
      document,
      ...(_formatted
        ? {
            highlights: Object.fromEntries(
              Object.entries(_formatted as Record<string, unknown>)
                .filter(([, v]) => typeof v === "string" && v.includes("<"))
                .map(([k, v]) => [k, [v as string]])
            ),
          }
        : {}),
    })),
    ...(requestedFacets.length ? { facets } : {}),
    metadata: {
      skip: input.pagination?.skip ?? 0,
      take: input.pagination?.take ?? 20,
      count,
      query: input.q,
      processing_time_ms: response.processingTimeMs,
    },
  }
}
