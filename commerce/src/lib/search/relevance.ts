/**
 * The order of search results a buyer sees first, the same whichever engine serves the index. The
 * engines agree on which products match (every word, tones ignored); they rank them each in their own
 * way (Meilisearch's ranking rules, PostgreSQL's ts_rank). On the first results — a window of
 * `RELEVANCE_WINDOW` hits, the pages people look at — the store route re-orders by rules that can be
 * stated and tested:
 *
 *  1. tones typed are tones meant: with "gồm" in the query, products with the word "gồm" come before
 *     those with "gốm" (only words typed with a mark count, so a tone-less query is not penalised);
 *  2. where the words are: all of them in the title, else the subtitle, else a category or tag, else
 *     the cooperative's name, else elsewhere (description, ward, former district, spread over fields);
 *  3. the words as a phrase, in order, before the same words scattered in that field;
 *  4. then the engine's own order (OCOP stars and newest for ties, as the route asks).
 *
 * For the near-match pass (a typo in the query) it keeps only products where every word of the query is
 * within the index's typo allowance of a word of the product (1 letter from 4 letters, 2 from 8), so
 * that a typo does not flood the answer with whatever shares a few letters.
 */
import { foldVietnamese, nfc } from "../vietnamese-text"

/** Hits re-ordered at the top of a relevance search; page sizes go up to 48. */
export const RELEVANCE_WINDOW = 48

/** Index fields the rules read (besides the hit fields). */
export const RELEVANCE_FIELDS = ["title", "title_en", "subtitle", "category_names", "category_names_en", "tags", "cooperative_name", "description", "description_en", "ward", "area"] as const

/** English texts rank with their Vietnamese fields: an English title is a title. */
export interface RelevanceDocument {
  title?: string | null
  title_en?: string | null
  category_names_en?: string[] | null
  description_en?: string | null
  subtitle?: string | null
  category_names?: string[] | null
  tags?: string[] | null
  cooperative_name?: string | null
  description?: string | null
  ward?: string | null
  area?: string | null
}

const WORD = /[^\p{L}\p{N}]+/u

/**
 * Lower-case words with their tones ("Bình gốm" → ["bình", "gốm"]). Plain lower-casing: Vietnamese has
 * no locale-specific case rules, and `toLocaleLowerCase("vi")` costs nine times as much — on 48 hits
 * with their descriptions, most of a search's time in this file.
 */
export const tonedWords = (text: string): string[] => nfc(text).toLowerCase().split(WORD).filter(Boolean)

/** Tone-less words ("Bình gốm" → ["binh", "gom"]). */
export const foldedWords = (text: string): string[] => foldVietnamese(text).split(WORD).filter(Boolean)

/** The fields in the order the rules rank them; each is one or more texts. */
function fieldGroups(doc: RelevanceDocument): string[][] {
  const texts = (...values: (string | string[] | null | undefined)[]) => values.flat().filter((v): v is string => typeof v === "string" && v !== "")
  return [
    texts(doc.title, doc.title_en),
    texts(doc.subtitle),
    texts(doc.category_names, doc.category_names_en, doc.tags),
    texts(doc.cooperative_name),
    texts(doc.description, doc.description_en, doc.ward, doc.area),
  ]
}

type Same = (wanted: string, word: string) => boolean
const exactly: Same = (wanted, word) => wanted === word
/** For near matches: within the typo allowance of the word's length. */
const nearly: Same = (wanted, word) => editDistance(wanted, word, typosAllowed(wanted.length)) <= typosAllowed(wanted.length)

const containsAll = (words: string[], wanted: string[], same: Same) => wanted.every((w) => words.some((word) => same(w, word)))

function containsPhrase(words: string[], wanted: string[], same: Same): boolean {
  for (let start = 0; start + wanted.length <= words.length; start++) {
    if (wanted.every((w, i) => same(w, words[start + i]))) return true
  }
  return false
}

/**
 * Lower is better: [missing toned words, field tier (0 = title … 5 = spread), phrase (0) or scattered (1)].
 * With `near`, a word counts as present when it is a near match (the typo pass).
 */
export function relevanceKey(doc: RelevanceDocument, query: string, near = false): [number, number, number] {
  return keyOf(doc, queryTerms(query), near)
}

interface QueryTerms {
  wanted: string[]
  typedWithMarks: string[]
}

const queryTerms = (query: string): QueryTerms => ({ wanted: foldedWords(query), typedWithMarks: tonedWords(query).filter((w) => foldVietnamese(w) !== w) })

function keyOf(doc: RelevanceDocument, { wanted, typedWithMarks }: QueryTerms, near: boolean): [number, number, number] {
  const same = near ? nearly : exactly
  const groups = fieldGroups(doc)
  // the product's toned words only matter when the query has some
  const toned = typedWithMarks.length ? new Set(groups.flat().flatMap(tonedWords)) : new Set<string>()
  const missingTones = typedWithMarks.filter((w) => !toned.has(w)).length
  for (let tier = 0; tier < groups.length; tier++) {
    const texts = groups[tier].map(foldedWords)
    if (!containsAll(texts.flat(), wanted, same)) continue
    const phrase = wanted.length < 2 || texts.some((words) => containsPhrase(words, wanted, same))
    return [missingTones, tier, phrase ? 0 : 1]
  }
  return [missingTones, groups.length, 1]
}

/** The hits in the order above; equal keys keep the engine's order. */
export function rankByRelevance<T extends { document: RelevanceDocument }>(hits: T[], query: string, near = false): T[] {
  const terms = queryTerms(query)
  const keyed = hits.map((hit, index) => ({ hit, index, key: keyOf(hit.document, terms, near) }))
  keyed.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2] || a.index - b.index)
  return keyed.map((k) => k.hit)
}

/** Edit distance with a swap of two neighbouring letters counting as one (optimal string alignment). */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)]
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      row[j] = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j], rows[i - 2][j - 2] + 1)
    }
    rows.push(row)
  }
  return rows[a.length][b.length]
}

/** Typos allowed in a word of this length: the index's `min_word_size_for_one_typo` 4 and `…two_typos` 8. */
export const typosAllowed = (length: number): number => (length >= 8 ? 2 : length >= 4 ? 1 : 0)

/** Whether every word of the query is a near match of a word of the product's short fields (not the description). */
export function isNearMatch(doc: RelevanceDocument, query: string): boolean {
  const words = fieldGroups({ ...doc, description: null, description_en: null }).flat().flatMap(foldedWords)
  return containsAll(words, foldedWords(query), nearly)
}
