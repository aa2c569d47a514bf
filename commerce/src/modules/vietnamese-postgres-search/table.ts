/**
 * What our PostgreSQL provider adds to the document table Medusa's provider creates (one per index
 * version), so that a search reads narrow columns instead of the `indexed` jsonb — which PostgreSQL
 * keeps compressed out of line, so that every field read from it unpacks the whole document:
 *
 *  - one stored generated column per filterable, sortable or facetable field (`attr_<field>`), read by
 *    filters, sorts and facet counts; all of them in one covering index (browsing reads it alone), and
 *    an index per sort order the definition names (`settings.provider_options.postgres.sort_orders`),
 *    so that a page of the catalog by price or date reads that page's rows only;
 *  - for the near-match field (the tone-less copy), its words as a `simple` tsvector with a GIN index,
 *    and a vocabulary table `<table>_words` of those words keyed by their deletion variants, which
 *    finds the words one or two typos away from a query word by index lookups (near-match.ts).
 *
 * Pure SQL text; the service runs it.
 */

/** The field the store route's near-match pass searches (lib/search/product-search-query.ts). */
export const NEAR_MATCH_FIELD = "folded"

export interface PlannedField {
  path: string
  kind: "text" | "keyword" | "number" | "boolean" | "geo" | "vector"
  is_array: boolean
  is_date: boolean
  field: { filterable?: boolean; sortable?: boolean; facetable?: unknown; searchable?: unknown }
}

export interface Plan {
  primary_key: string
  searchable: string[]
  vectors: string[]
  fields: Map<string, PlannedField>
}

const SAFE_PATH = /^[a-z0-9_]+(\.[a-z0-9_]+)*$/i

const jsonPath = (path: string) => `'{${path.split(".").join(",")}}'`

/** Fields with a column of their own: filtered, sorted or counted, and of a kind a column can hold. */
export function attributeFields(plan: Plan): PlannedField[] {
  return [...plan.fields.values()].filter(
    (planned) =>
      SAFE_PATH.test(planned.path) &&
      ["text", "keyword", "number", "boolean"].includes(planned.kind) &&
      (!!planned.field.filterable || !!planned.field.sortable || planned.field.facetable === true || typeof planned.field.facetable === "object")
  )
}

export const attributeColumn = (path: string) => `attr_${path.replace(/\./g, "__")}`

/** The column's type and the expression that fills it from `indexed` (numbers and dates as Medusa's filters read them). */
export function attributeColumnDefinition(planned: PlannedField): string {
  const path = jsonPath(planned.path)
  const [type, expr] = planned.is_array
    ? ["jsonb", `"indexed"#>${path}`]
    : planned.kind === "number"
      ? ["float8", `("indexed"#>>${path})::float8`]
      : planned.kind === "boolean"
        ? ["boolean", `("indexed"#>>${path})::boolean`]
        : ["text", `"indexed"#>>${path}`]
  return `"${attributeColumn(planned.path)}" ${type} GENERATED ALWAYS AS (${expr}) STORED`
}

export const NEAR_COLUMN = "near_words"
export const wordsTable = (table: string) => `${table}_words`

export interface TypoSizes {
  /** words this long may have one typo */
  one: number
  /** words this long may have two */
  two: number
}

/** Statements that add our columns, indexes and vocabulary to a freshly created document table. */
export function documentTableExtensions(table: string, plan: Plan): string[] {
  const statements: string[] = []
  const attributes = attributeFields(plan)
  if (attributes.length) {
    statements.push(`ALTER TABLE "${table}" ${attributes.map((f) => `ADD COLUMN IF NOT EXISTS ${attributeColumnDefinition(f)}`).join(", ")}`)
  }
  // Every column in one narrow index: browsing the catalog (and its facet counts) reads it alone, not
  // the documents. (Full-text fields stay out: a long value would not fit an index entry.)
  const covered = attributes.filter((f) => f.kind !== "text")
  if (covered.length) {
    statements.push(`CREATE INDEX IF NOT EXISTS "${table}_attributes_idx" ON "${table}" ("id") INCLUDE (${covered.map((f) => `"${attributeColumn(f.path)}"`).join(", ")})`)
  }
  if (plan.searchable.includes(NEAR_MATCH_FIELD)) {
    statements.push(
      `ALTER TABLE "${table}" ADD COLUMN IF NOT EXISTS "${NEAR_COLUMN}" tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce("indexed"#>>${jsonPath(NEAR_MATCH_FIELD)}, ''))) STORED`,
      `CREATE INDEX IF NOT EXISTS "${table}_${NEAR_COLUMN}_idx" ON "${table}" USING GIN ("${NEAR_COLUMN}")`,
      // key: the word, or the word with one letter (two, for long words) left out; lookups go by key
      `CREATE TABLE IF NOT EXISTS "${wordsTable(table)}" ("key" text NOT NULL, "word" text NOT NULL, PRIMARY KEY ("key", "word"))`
    )
  }
  // Medusa's trigram index on all the text serves no query (its typo match is a function call), and its
  // jsonb index serves only filters this provider reads from the columns: both slow every write.
  statements.push(`DROP INDEX IF EXISTS "${table}_trgm_idx"`, `DROP INDEX IF EXISTS "${table}_indexed_idx"`)
  return statements
}

/**
 * Adds the words of the given documents' near-match text to the vocabulary, each under its own key and
 * its deletion variants: one letter left out for words that may have a typo, two for long ones.
 */
export function addWordsSql(table: string, ids: string[], sizes: TypoSizes): { sql: string; params: unknown[] } {
  const sql = `
    INSERT INTO "${wordsTable(table)}" ("key", "word")
    SELECT DISTINCT keys.k, w.word
    FROM (SELECT DISTINCT unnest(tsvector_to_array("${NEAR_COLUMN}")) AS word FROM "${table}" WHERE "id" IN (${ids.map(() => "?").join(", ")})) w
    -- a word already known has its own key: only new words are expanded
    LEFT JOIN "${wordsTable(table)}" known ON known."key" = w.word AND known."word" = w.word
    CROSS JOIN LATERAL (
      SELECT w.word AS k
      UNION SELECT overlay(w.word placing '' from i for 1) FROM generate_series(1, length(w.word)) i WHERE length(w.word) >= ?
      UNION SELECT overlay(overlay(w.word placing '' from j for 1) placing '' from i for 1)
            FROM generate_series(1, length(w.word)) i, generate_series(i + 1, length(w.word)) j WHERE length(w.word) >= ?
    ) keys
    WHERE known."word" IS NULL
    ON CONFLICT DO NOTHING`
  return { sql, params: [...ids, sizes.one, sizes.two] }
}

/**
 * An index per declared sort order (`["price:asc", "created_at:desc"]`), in the exact form the
 * search's ORDER BY takes (query.ts: NULLS LAST, then the id), so that PostgreSQL reads a page of the
 * catalog in order instead of sorting every row. Orders on unknown or unsortable fields are skipped.
 */
export function sortOrderIndexes(table: string, plan: Plan, orders: unknown): string[] {
  const sortable = new Set(attributeFields(plan).filter((f) => f.field.sortable && !f.is_array).map((f) => f.path))
  const statements: string[] = []
  for (const order of Array.isArray(orders) ? orders : []) {
    const keys = (Array.isArray(order) ? order : []).map((key) => String(key).split(":"))
    if (!keys.length || keys.some(([path, dir]) => !sortable.has(path) || (dir !== "asc" && dir !== "desc"))) continue
    const name = `${table}_sort_${keys.map(([path, dir]) => `${path}_${dir}`).join("_")}`.slice(0, 63)
    const columns = keys.map(([path, dir]) => `"${attributeColumn(path)}" ${dir.toUpperCase()} NULLS LAST`)
    statements.push(`CREATE INDEX IF NOT EXISTS "${name}" ON "${table}" (${columns.join(", ")}, "id" ASC)`)
  }
  return statements
}
