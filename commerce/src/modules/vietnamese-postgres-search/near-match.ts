/**
 * Typo tolerance through a vocabulary, as spell checkers do it: a word one letter off from a query word
 * shares a key with it — the word itself or the word with one letter left out (two, for long words) —,
 * so the candidates are an index lookup on those keys, then kept when the edit distance (a swap of two
 * neighbouring letters counting as one) is within the allowance for the query word's length: the index
 * settings' `min_word_size_for_one_typo` / `…_two_typos`, as Meilisearch reads them.
 */
import { editDistance } from "../../lib/search/relevance"
import type { TypoSizes } from "./table"

/** Meilisearch's defaults, for an index that does not say. */
export function typoSizes(settings: { typo_tolerance?: { min_word_size_for_one_typo?: number; min_word_size_for_two_typos?: number } } | undefined): TypoSizes {
  return { one: settings?.typo_tolerance?.min_word_size_for_one_typo ?? 5, two: settings?.typo_tolerance?.min_word_size_for_two_typos ?? 9 }
}

export const typosAllowed = (word: string, sizes: TypoSizes): number => (word.length >= sizes.two ? 2 : word.length >= sizes.one ? 1 : 0)

/** The words of a (tone-less) query, lower-case, each once. */
export function queryWords(q: string): string[] {
  return [...new Set(q.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean))]
}

/** The word and its variants with up to `typos` letters left out. */
export function deletionKeys(word: string, typos: number): string[] {
  const keys = new Set([word])
  let level = [word]
  for (let t = 0; t < typos; t++) {
    const next: string[] = []
    for (const w of level) {
      for (let i = 0; i < w.length; i++) {
        const shorter = w.slice(0, i) + w.slice(i + 1)
        if (shorter && !keys.has(shorter)) {
          keys.add(shorter)
          next.push(shorter)
        }
      }
    }
    level = next
  }
  return [...keys]
}

/** For each query word, the vocabulary words within its typo allowance (itself included when known). */
export function nearWords(words: string[], vocabulary: Iterable<string>, sizes: TypoSizes): string[][] {
  const known = [...new Set(vocabulary)]
  return words.map((word) => {
    const allowed = typosAllowed(word, sizes)
    return known.filter((candidate) => editDistance(word, candidate, allowed) <= allowed)
  })
}
