/**
 * A product's English title and description as the cooperative portal edits them: one translation record of
 * Medusa's Translation Module (locale en-US, reference "product"), which also holds what Union staff add in
 * Admin (a subtitle, say). The portal changes only title and description and keeps the rest.
 */

/** The locale the storefront's /en pages ask Medusa for. */
export const ENGLISH_LOCALE = "en-US"

export interface EnglishTexts {
  title: string | null
  description: string | null
}

export interface ExistingTranslation {
  id: string
  translations: Record<string, unknown> | null
}

export function englishTextsOf(translation: ExistingTranslation | null): EnglishTexts {
  const t = translation?.translations ?? {}
  return {
    title: typeof t.title === "string" && t.title.trim() ? t.title : null,
    description: typeof t.description === "string" && t.description.trim() ? t.description : null,
  }
}

export interface TranslationChange {
  create: { reference: "product"; reference_id: string; locale_code: string; translations: Record<string, string> }[]
  update: { id: string; translations: Record<string, string> }[]
  delete: string[]
}

/**
 * What to ask the Translation Module for so that the English title and description are `wanted` (an empty or
 * null text clears it; a field left out is kept): nothing, a new record, an update keeping the other fields,
 * or a deletion when no English is left at all.
 */
export function englishTranslationChange(productId: string, existing: ExistingTranslation | null, wanted: Partial<EnglishTexts>): TranslationChange | null {
  const current: Record<string, string> = Object.fromEntries(
    Object.entries(existing?.translations ?? {}).filter((e): e is [string, string] => typeof e[1] === "string" && e[1].trim() !== "")
  )
  const next = { ...current }
  for (const field of ["title", "description"] as const) {
    if (!(field in wanted)) continue
    const value = wanted[field]?.trim()
    if (value) next[field] = value
    else delete next[field]
  }
  const same = Object.keys(next).length === Object.keys(current).length && Object.entries(next).every(([k, v]) => current[k] === v)
  if (same && (existing || !Object.keys(next).length)) return null
  if (!existing) return { create: [{ reference: "product", reference_id: productId, locale_code: ENGLISH_LOCALE, translations: next }], update: [], delete: [] }
  if (!Object.keys(next).length) return { create: [], update: [], delete: [existing.id] }
  // Medusa merges a translation's fields on update, so a cleared field is sent empty (an empty translation is
  // ignored: the page shows the Vietnamese text).
  const cleared = Object.fromEntries(Object.keys(current).filter((k) => !(k in next)).map((k) => [k, ""]))
  return { create: [], update: [{ id: existing.id, translations: { ...next, ...cleared } }], delete: [] }
}
