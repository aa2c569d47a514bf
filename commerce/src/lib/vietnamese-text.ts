/**
 * Vietnamese text handling shared by the backend and the storefront (site/lib/text.ts re-exports it).
 * Buyers type with or without tones, in NFC or NFD depending on keyboard and copy-paste.
 */

/** Composed form: "nước" typed as n + ư + ớ… and as n + u + ◌̛ + o + ◌̛ + ◌́… become the same string. */
export function nfc(text: string): string {
  return text.normalize("NFC")
}

/**
 * "Nước mắm Đặc biệt" → "nuoc mam dac biet": tones and marks removed, đ → d, lower case.
 * The same folding PostgreSQL's `unaccent` and Meilisearch's tokenizer apply, done once in code
 * so that matching, typo tolerance and highlighting agree on what a "letter" is.
 */
export function foldVietnamese(text: string): string {
  return nfc(text)
    .toLowerCase()
    // đ, and ð: "Ð" (U+00D0) is often typed for "Đ" and lower-cases to ð
    .replace(/[đð]/g, "d")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC")
}

/** Characters that are neither letters, digits nor ordinary punctuation: controls, emoji, symbols. */
const NOISE = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{So}\p{Sk}]/gu

/**
 * A free-text search query as the engines should see it: NFC, no control characters or emoji,
 * whitespace collapsed, at most `maxLength` characters (cut at a word boundary).
 */
export function normalizeSearchText(raw: string, maxLength = 100): string {
  const cleaned = nfc(raw).replace(NOISE, " ").replace(/\s+/g, " ").trim()
  if (cleaned.length <= maxLength) return cleaned
  const cut = cleaned.slice(0, maxLength)
  const lastSpace = cut.lastIndexOf(" ")
  return (lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).trim()
}

/** "nuoc-mam-dac-biet" from "Nước mắm Đặc biệt": for URLs of tags and areas. */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
}
