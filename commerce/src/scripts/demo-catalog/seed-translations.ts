/**
 * English texts for the demo catalog through Medusa's Translation Module (locale en-US): product titles,
 * subtitles and descriptions, variant and option names, categories and cooperative profiles. The store lists
 * Vietnamese and English as its languages, so that Admin (Settings → Translations) offers both.
 * Like the rest of the seed it only adds what is missing: a translation staff changed is never overwritten.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createTranslationsWorkflow, updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { ENGLISH_LOCALE } from "../../lib/product-english"
import english from "./translations-en.json"

type Container = ExecArgs["container"]

const STORE_LOCALES = ["vi-VN", ENGLISH_LOCALE]

interface Wanted {
  reference: string
  reference_id: string
  translations: Record<string, string>
}

export async function ensureDemoTranslations(container: Container): Promise<number> {
  await ensureStoreLocales(container)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const products = english.products as Record<string, Record<string, string>>
  const categories = english.categories as Record<string, { name: string; description: string }>
  const cooperatives = english.cooperatives as Record<string, string>
  const variants = english.variants as Record<string, string>
  const options = english.options as Record<string, string>

  const wanted: Wanted[] = []
  const { data: productRows } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "variants.id", "variants.title", "options.id", "options.title"],
    filters: { handle: Object.keys(products) },
  })
  for (const p of productRows as { id: string; handle: string; variants?: { id: string; title: string }[]; options?: { id: string; title: string }[] }[]) {
    const { title, subtitle, description } = products[p.handle]
    wanted.push({ reference: "product", reference_id: p.id, translations: { title, subtitle, description } })
    for (const v of p.variants ?? []) if (variants[v.title]) wanted.push({ reference: "product_variant", reference_id: v.id, translations: { title: variants[v.title] } })
    for (const o of p.options ?? []) if (options[o.title]) wanted.push({ reference: "product_option", reference_id: o.id, translations: { title: options[o.title] } })
  }
  const { data: categoryRows } = await query.graph({ entity: "product_category", fields: ["id", "handle"], filters: { handle: Object.keys(categories) } })
  for (const c of categoryRows as { id: string; handle: string }[]) {
    wanted.push({ reference: "product_category", reference_id: c.id, translations: { ...categories[c.handle] } })
  }
  const { data: cooperativeRows } = await query.graph({ entity: "cooperative", fields: ["id", "handle"], filters: { handle: Object.keys(cooperatives) } })
  for (const c of cooperativeRows as { id: string; handle: string }[]) {
    wanted.push({ reference: "cooperative", reference_id: c.id, translations: { description: cooperatives[c.handle] } })
  }

  const translationService = container.resolve(Modules.TRANSLATION)
  const existing = wanted.length
    ? await translationService.listTranslations({ reference_id: wanted.map((w) => w.reference_id), locale_code: ENGLISH_LOCALE }, { select: ["reference_id"], take: null })
    : []
  const have = new Set(existing.map((t) => t.reference_id))
  const missing = wanted.filter((w) => !have.has(w.reference_id))
  if (missing.length) {
    await createTranslationsWorkflow(container).run({
      input: { translations: missing.map((w) => ({ ...w, locale_code: ENGLISH_LOCALE })) },
    })
  }
  return missing.length
}

async function ensureStoreLocales(container: Container) {
  const [store] = await container.resolve(Modules.STORE).listStores({}, { relations: ["supported_locales"] })
  const current = (store.supported_locales ?? []).map((l) => l.locale_code)
  if (STORE_LOCALES.every((code) => current.includes(code))) return
  const codes = [...new Set([...current, ...STORE_LOCALES])]
  await updateStoresWorkflow(container).run({
    input: { selector: { id: store.id }, update: { supported_locales: codes.map((locale_code) => ({ locale_code })) } },
  })
}
