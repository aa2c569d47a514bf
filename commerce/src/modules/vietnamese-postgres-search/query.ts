/**
 * One search as one SQL statement: the matching rows are read once — the words through the GIN index,
 * filters and sort keys from our columns (table.ts) — and the page of hits, the count and every facet's
 * counts come from that one set. (Medusa's provider sends a statement for the hits, one for the count
 * and one per facet, each reading the `indexed` jsonb of every matching row.)
 *
 * Builders return null for what they do not cover (other filter operators, stats or range facets…); the
 * service then hands the query to Medusa's provider unchanged. Placeholders are `?`, in order.
 */
import type { SearchTypes } from "@medusajs/framework/types"
import { attributeColumn, attributeFields, type Plan, type PlannedField } from "./table"

export interface Sql {
  sql: string
  params: unknown[]
  /** the hits as rows (id, score, document) instead of one row of hits, count and facets */
  rows?: boolean
}

type Filters = SearchTypes.SearchFilters

function cast(planned: PlannedField, value: unknown): unknown | undefined {
  if (value === null || value === undefined) return null
  switch (planned.kind) {
    case "number": {
      const n = planned.is_date && value instanceof Date ? value.getTime() : typeof value === "number" ? value : Number(value)
      return Number.isNaN(n) ? undefined : n
    }
    case "boolean":
      return typeof value === "boolean" ? value : value === "true" ? true : value === "false" ? false : undefined
    default:
      return typeof value === "string" ? value : String(value)
  }
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value])

/** `column IN (…)`, or on an array column "holds any of". Null when a value cannot be compared here. */
function anyOf(planned: PlannedField, values: unknown[], params: unknown[]): string | null {
  const column = `"${attributeColumn(planned.path)}"`
  if (!values.length) return "FALSE"
  const cast_ = values.map((v) => cast(planned, v))
  if (cast_.some((v) => v === undefined)) return null
  if (planned.is_array) {
    if (planned.kind !== "text" && planned.kind !== "keyword") return null
    if (cast_.some((v) => v === null)) return null
    params.push(...cast_)
    return `jsonb_exists_any(${column}, ARRAY[${cast_.map(() => "?").join(", ")}]::text[])`
  }
  const present = cast_.filter((v) => v !== null)
  const parts: string[] = []
  if (present.length) {
    params.push(...present)
    parts.push(`${column} IN (${present.map(() => "?").join(", ")})`)
  }
  if (present.length < cast_.length) parts.push(`${column} IS NULL`)
  return parts.length === 1 ? parts[0] : `(${parts.join(" OR ")})`
}

const COMPARISONS: Record<string, string> = { $gt: ">", $gte: ">=", $lt: "<", $lte: "<=" }

function fieldPredicate(planned: PlannedField, raw: unknown, params: unknown[]): string | null {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return anyOf(planned, list(raw), params)
  const parts: string[] = []
  for (const [operator, value] of Object.entries(raw as Record<string, unknown>)) {
    let part: string | null
    if (operator === "$eq" || operator === "$in" || (operator === "$overlaps" && planned.is_array)) part = anyOf(planned, list(value), params)
    else if (COMPARISONS[operator] && !planned.is_array && planned.kind === "number") {
      const n = cast(planned, value)
      if (n === undefined || n === null) return null
      params.push(n)
      part = `"${attributeColumn(planned.path)}" ${COMPARISONS[operator]} ?`
    } else return null
    if (part === null) return null
    parts.push(part)
  }
  if (!parts.length) return null
  return parts.length === 1 ? parts[0] : `(${parts.join(" AND ")})`
}

/** The filters on our columns (AND, OR, equality, lists, numeric ranges), or null for anything else. */
export function filterSql(filters: Filters | undefined, plan: Plan): Sql | null {
  const columns = new Map(attributeFields(plan).map((f) => [f.path, f]))
  const params: unknown[] = []
  const compile = (branch: Filters): string | null => {
    const parts: string[] = []
    for (const [key, raw] of Object.entries(branch ?? {})) {
      if (raw === undefined) continue
      if (key === "$and" || key === "$or") {
        if (!Array.isArray(raw)) return null
        const inner = raw.map((b) => compile(b as Filters))
        if (inner.some((p) => p === null)) return null
        if (!inner.length) continue
        parts.push(`(${inner.join(key === "$and" ? " AND " : " OR ")})`)
        continue
      }
      const planned = columns.get(key)
      if (!planned) return null
      const part = fieldPredicate(planned, raw, params)
      if (part === null) return null
      parts.push(part)
    }
    return parts.length ? parts.join(" AND ") : "TRUE"
  }
  const sql = compile((filters ?? {}) as Filters)
  return sql === null ? null : { sql, params }
}

/** ORDER BY on our columns (`_score` is the rank); the id last, so pages never overlap. Null for an unsortable field. */
export function orderSql(order: Record<string, string> | undefined, plan: Plan, hasScore: boolean): string | null {
  const columns = new Map(attributeFields(plan).map((f) => [f.path, f]))
  const entries = Object.entries(order ?? {})
  const clauses: string[] = []
  if (!entries.length && hasScore) clauses.push(`score DESC NULLS LAST`)
  for (const [property, direction] of entries) {
    const dir = direction === "ASC" ? "ASC" : "DESC"
    if (property === "_score") {
      clauses.push(`score ${dir} NULLS LAST`)
      continue
    }
    const planned = columns.get(property)
    if (!planned || planned.is_array || !planned.field.sortable) return null
    clauses.push(`"${attributeColumn(property)}" ${dir} NULLS LAST`)
  }
  clauses.push(`"id" ASC`)
  return clauses.join(", ")
}

export interface ValueFacet {
  field: string
  limit: number
  alpha: boolean
}

/** Value facets on fields with a column; null when one is of another type, unknown, or filtered by prefix. */
export function valueFacets(requests: unknown, plan: Plan): ValueFacet[] | null {
  const columns = new Map(attributeFields(plan).map((f) => [f.path, f]))
  const out: ValueFacet[] = []
  for (const request of ((requests as unknown[] | undefined) ?? []) as (string | { field: string; type?: string; limit?: number; sort?: string; query?: string })[]) {
    const r = typeof request === "string" ? { field: request, type: "value" } : request
    const planned = columns.get(r.field)
    if (!planned || (r.type && r.type !== "value") || r.query) return null
    const facetable = planned.field.facetable === true || typeof planned.field.facetable === "object"
    if (!facetable) return null
    out.push({ field: r.field, limit: r.limit ?? 10, alpha: r.sort === "alpha" })
  }
  return out
}

/** The ORDER BY of orderSql() on the columns of `alias`. */
const qualified = (order: string, alias: string) => order.replace(/(^|, )score /g, `$1${alias}.score `).replace(/"(attr_[a-z0-9_]+|id)"/gi, `${alias}."$1"`)

export interface SearchStatement {
  table: string
  plan: Plan
  /** rank and match of the words, each pushing its own params; none: browse */
  match?: { rank: (params: unknown[]) => string; where: (params: unknown[]) => string }
  filters: Sql
  order: string
  take: number
  skip: number
  count: boolean
  facets: ValueFacet[]
}

/**
 * The statement: two scans of the matching rows, each as narrow as it can be — the page (rank and sort
 * columns; a sort index serves it when there are no words) joined back for its documents, and the count
 * with every facet in one grouping-sets pass over the facet columns (array values grouped whole and
 * split by readCounts). One row comes back: hits (json) and groups (json).
 */
export function searchStatement(s: SearchStatement): Sql {
  const params: unknown[] = []
  const matching = (columns: string[]) => {
    const rank = s.match ? s.match.rank(params) : "0::float4"
    const where = [s.match ? s.match.where(params) : null, s.filters.sql === "TRUE" ? null : `(${s.filters.sql})`].filter(Boolean)
    if (s.filters.sql !== "TRUE") params.push(...s.filters.params)
    return `SELECT "id", ${rank} AS score${columns.map((c) => `, ${c}`).join("")} FROM "${s.table}"${where.length ? ` WHERE ${where.join(" AND ")}` : ""}`
  }
  const orderColumns = [...new Set([...s.order.matchAll(/"(attr_[a-z0-9_]+)"/gi)].map((m) => `"${m[1]}"`))]

  // Hits only (the near-match pass): rows of a plain query.
  if (!s.count && !s.facets.length) {
    const page = `SELECT * FROM (${matching(orderColumns)}) m ORDER BY ${s.order} LIMIT ? OFFSET ?`
    const sql = `SELECT p."id", p.score, d."document" FROM (${page}) p JOIN "${s.table}" d ON d."id" = p."id" ORDER BY ${qualified(s.order, "p")}`
    params.push(s.take, s.skip)
    return { sql, params, rows: true }
  }

  const parts: string[] = []
  if (s.take > 0) {
    // ORDER BY … LIMIT right on the scan: a bounded sort (or an index read), then the documents of the page
    const page = `SELECT * FROM (${matching(orderColumns)}) r ORDER BY ${s.order} LIMIT ? OFFSET ?`
    params.push(s.take, s.skip)
    parts.push(`(SELECT coalesce(json_agg(json_build_object('id', p."id", 'score', p.score, 'document', d."document") ORDER BY ${qualified(s.order, "p")}), '[]'::json) FROM (${page}) p JOIN "${s.table}" d ON d."id" = p."id") AS hits`)
  } else parts.push(`'[]'::json AS hits`)
  const columns = s.facets.map((f) => `"${attributeColumn(f.field)}"`)
  const groups = columns.length
    ? `SELECT GROUPING(${columns.join(", ")}) AS g, count(*)::int AS c, ${columns.map((c, i) => `${c}::text AS v${i}`).join(", ")} FROM (${matching(columns)}) r GROUP BY GROUPING SETS (${columns.map((c) => `(${c})`).join(", ")}, ())`
    : `SELECT 0 AS g, count(*)::int AS c FROM (${matching([])}) r`
  parts.push(`(SELECT json_agg(json_build_array(g, c${columns.map((_, i) => `, v${i}`).join("")})) FROM (${groups}) x) AS groups`)
  return { sql: `SELECT ${parts.join(",\n      ")}`, params }
}

type FacetCounts = Record<string, { value: string; count: number }[]>

/**
 * Count and facets out of the statement's `groups`: rows `[g, count, v0, v1…]`, g the GROUPING bits (the
 * first facet the highest bit; all set: the count). An array facet's values come grouped as whole
 * arrays (JSON text), each element counted.
 */
export function readCounts(row: { groups?: unknown } | undefined, s: Pick<SearchStatement, "plan" | "facets">): { count: number | null; facets: FacetCounts } {
  const parse = (value: unknown) => (typeof value === "string" ? JSON.parse(value) : value)
  const fields = new Map(attributeFields(s.plan).map((f) => [f.path, f]))
  const groups = (parse(row?.groups) ?? []) as unknown[][]
  const all = (1 << s.facets.length) - 1
  const totals = new Map<string, Map<string, number>>(s.facets.map((f) => [f.field, new Map()]))
  let count: number | null = null
  for (const [g, c, ...vs] of groups) {
    if (Number(g) === all) {
      count = Number(c)
      continue
    }
    const i = s.facets.findIndex((_, k) => Number(g) === (all ^ (1 << (s.facets.length - 1 - k))))
    if (i < 0 || vs[i] === null || vs[i] === undefined) continue
    const facet = s.facets[i]
    const values = fields.get(facet.field)!.is_array ? [parse(vs[i])].flat() : [vs[i]]
    const totalsOf = totals.get(facet.field)!
    for (const value of values) {
      if (value === null || value === undefined) continue
      totalsOf.set(String(value), (totalsOf.get(String(value)) ?? 0) + Number(c))
    }
  }
  const byValue = (a: { value: string }, b: { value: string }) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)
  const facets: FacetCounts = {}
  for (const facet of s.facets) {
    const list = [...totals.get(facet.field)!].map(([value, n]) => ({ value, count: n }))
    list.sort(facet.alpha ? byValue : (a, b) => b.count - a.count || byValue(a, b))
    facets[facet.field] = list.slice(0, facet.limit)
  }
  return { count, facets }
}
