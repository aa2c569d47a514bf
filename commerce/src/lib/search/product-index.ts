/**
 * The product search index, declared once for every engine (PostgreSQL by default, Meilisearch when
 * MEILISEARCH_HOST is set; see medusa-config.ts). Medusa's Search Module creates, seeds, versions and
 * migrates it; the events below keep it fresh. Unpublished products and products of cooperatives that
 * are not active are never in it (the transform leaves them out, which `graphConsume` turns into a delete).
 */
import { graphConsume, graphSeed, search, TranslationWorkflowEvents } from "@medusajs/framework/utils"
import type { SearchTypes } from "@medusajs/framework/types"
import { PRODUCT_DOCUMENT_GRAPH_FIELDS, toProductSearchDocument, type EnglishTranslations, type ProductSearchDocument } from "./product-document"
import { ENGLISH_LOCALE } from "../product-english"
import { COOPERATIVE_UPDATED_EVENT, PRODUCT_PROVENANCE_UPDATED_EVENT } from "./events"
import { reportProductSeedPage } from "./seed-progress"

export const PRODUCT_SEARCH_INDEX = "product"

/*
 * Searchable fields, heaviest first: title > subtitle > categories and tags > cooperative > description; the English
 * texts (Translation Module, en-US) weigh like their Vietnamese fields.
 * Meilisearch ranks attributes in this order; PostgreSQL turns the weights into its four ts_rank classes
 * (≥ 3 → A, ≥ 2 → B, > 1 → C, else D). The storefront's relevance order on top of the engines is in
 * lib/search/relevance.ts.
 */
const fields = search.define({
  id: search.keyword().filterable(),
  handle: search.keyword().filterable(),
  // Each English text (Translation Module) right after its Vietnamese field, weighed alike: /en buyers type English.
  title: search.text().searchable({ weight: 5 }),
  title_en: search.text().searchable({ weight: 5 }),
  subtitle: search.text().searchable({ weight: 2 }),
  category_names: search.text().array().searchable({ weight: 1.5 }),
  tags: search.text().array().searchable({ weight: 1.5 }),
  category_names_en: search.text().array().searchable({ weight: 1.5 }),
  cooperative_name: search.text().searchable({ weight: 1 }),
  description: search.text().searchable({ weight: 1 }),
  description_en: search.text().searchable({ weight: 1 }),
  ward: search.text().searchable({ weight: 1 }),
  // Matched exactly (typo tolerance off on Meilisearch): a SKU one letter off is another product.
  skus: search.keyword().array().searchable({ weight: 1 }).retrievable(false),
  category_handles: search.keyword().array().filterable().facetable(),
  cooperative_handle: search.keyword().filterable().facetable(),
  // Former district ("Vạn Ninh", "Phan Rang – Tháp Chàm"): a facet, and searchable like the ward.
  area: search.keyword().filterable().facetable().searchable({ weight: 1 }),
  ocop_stars: search.integer().filterable().sortable().facetable({ types: ["value"] }),
  price: search.integer().filterable().sortable(),
  has_price_range: search.boolean(),
  in_stock: search.boolean().filterable().facetable(),
  created_at: search.date().filterable().sortable(),
  thumbnail: search.keyword(),
  // The only field searched with typo tolerance (the near-match pass): short, tone-less, no descriptions.
  folded: search.text().searchable({ weight: 1 }).retrievable(false),
})

type Query = SearchTypes.SearchContainer["query"]

/** The English translations of these products and their categories (one read per 250 ids, as Medusa's own). */
async function englishTranslations(query: Query, rows: Record<string, any>[]): Promise<EnglishTranslations> {
  const ids = [...new Set(rows.flatMap((row) => [row.id, ...(row.categories ?? []).map((c: any) => c?.id)]).filter((id): id is string => typeof id === "string"))]
  const english = new Map<string, Record<string, unknown>>()
  for (let i = 0; i < ids.length; i += 250) {
    const { data } = await query.graph({
      entity: "translations",
      fields: ["reference_id", "translations"],
      filters: { reference_id: ids.slice(i, i + 250), locale_code: ENGLISH_LOCALE },
      pagination: { take: 250 },
    })
    for (const t of data as { reference_id: string; translations: Record<string, unknown> | null }[]) english.set(t.reference_id, t.translations ?? {})
  }
  return english
}

const toDocuments = async (rows: Record<string, any>[], { container }: { container: SearchTypes.SearchContainer }) => {
  const english = await englishTranslations(container.query, rows)
  return rows.map((row) => toProductSearchDocument(row, undefined, english)).filter((doc): doc is ProductSearchDocument => doc !== null)
}

const source = { fields: PRODUCT_DOCUMENT_GRAPH_FIELDS, transform: toDocuments }

async function graphIds(query: Query, entity: string, fieldsToRead: string[], ids: string[], pick: (row: any) => unknown): Promise<string[]> {
  if (!ids.length) return []
  // soft-deleted rows too: a deleted variant or translation still says which product it belonged to
  const { data } = await query.graph({ entity, fields: fieldsToRead, filters: { id: ids }, withDeleted: true })
  return [...new Set((data as any[]).flatMap((row) => [pick(row)].flat()).filter((v): v is string => typeof v === "string"))]
}

const eventIds = (event: { data?: any }): string[] =>
  [event.data]
    .flat()
    .flatMap((d) => (typeof d === "string" ? [d] : [d?.id].flat()))
    .filter((id): id is string => typeof id === "string")

async function productsOfInventoryItems(query: Query, inventoryItemIds: string[]): Promise<string[]> {
  return graphIds(query, "inventory_item", ["id", "variants.product_id"], inventoryItemIds, (row) =>
    (row.variants ?? []).map((v: any) => v?.product_id)
  )
}

/** Which products an event touches. Only product.deleted removes by id; everything else re-reads. */
async function resolveProductIds(event: { name: string; data?: any }, { container }: SearchTypes.SearchIngestionContext): Promise<string[]> {
  const ids = eventIds(event)
  const query = container.query
  switch (event.name.split(".")[0]) {
    case "product":
      return ids
    case "product-variant":
      return graphIds(query, "product_variant", ["id", "product_id"], ids, (row) => row.product_id)
    case "inventory-level": {
      const items = await graphIds(query, "inventory_level", ["id", "inventory_item_id"], ids, (row) => row.inventory_item_id)
      return productsOfInventoryItems(query, items)
    }
    case "reservation-item": {
      const items = await graphIds(query, "reservation_item", ["id", "inventory_item_id"], ids, (row) => row.inventory_item_id)
      return productsOfInventoryItems(query, items)
    }
    case "cooperative":
      return graphIds(query, "cooperative", ["id", "products.id"], ids, (row) => (row.products ?? []).map((p: any) => p?.id))
    case "translation": {
      // English texts of a product or of a category (its products); deleted translations are read too
      const { data } = await query.graph({ entity: "translations", fields: ["id", "reference", "reference_id"], filters: { id: ids }, withDeleted: true })
      const of = (reference: string) => (data as any[]).filter((t) => t.reference === reference).map((t) => t.reference_id as string)
      const inCategories = await graphIds(query, "product_category", ["id", "products.id"], of("product_category"), (row) => (row.products ?? []).map((p: any) => p?.id))
      return [...new Set([...of("product"), ...inCategories])]
    }
    default:
      return []
  }
}

/** The definition; src/search/product.ts registers it with `defineSearchIndex`. */
export const productSearchIndexDefinition = {
  name: PRODUCT_SEARCH_INDEX,
  entity: "product",
  fields,
  settings: {
    typo_tolerance: { enabled: true, min_word_size_for_one_typo: 4, min_word_size_for_two_typos: 8 },
    provider_options: {
      meilisearch: {
        // Among equally relevant products, OCOP-rated ones first.
        ranking_rules: ["ocop_stars:desc"],
        // Typos only where the near-match pass looks (the tone-less copy), so that an ordinary search
        // matches words exactly, as on PostgreSQL — "muoi" must not bring "mui" and "moi". (PostgreSQL
        // refuses per-field typo settings: its typo matching runs over the searched text at once.)
        typo_attributes: ["folded"],
        // All facet counts from one hidden field (translate.ts: ProviderOptions.facet_bundle).
        facet_bundle: "facet_values",
      },
      postgres: {
        // The orders of a page without words (the product list, browsing): read in index order, not
        // sorted (lib/search/product-search-query.ts has the same orders).
        sort_orders: [
          ["ocop_stars:desc", "created_at:desc"],
          ["created_at:desc"],
          ["price:asc", "created_at:desc"],
          ["price:desc", "created_at:desc"],
        ],
      },
    },
  },
  events: [
    "product.created",
    "product.updated",
    "product.deleted",
    "product-variant.created",
    "product-variant.updated",
    "product-variant.deleted",
    "inventory-level.created",
    "inventory-level.updated",
    "inventory-level.deleted",
    "reservation-item.created",
    "reservation-item.updated",
    "reservation-item.deleted",
    PRODUCT_PROVENANCE_UPDATED_EVENT,
    COOPERATIVE_UPDATED_EVENT,
    TranslationWorkflowEvents.CREATED,
    TranslationWorkflowEvents.UPDATED,
    TranslationWorkflowEvents.DELETED,
  ],
  seed: graphSeed({
    ...source,
    // Products read per page while an index is filled. Small on purpose: serializing a page costs MikroORM
    // time that grows with the square of its size (products share categories and tags) — 1,000 a page spent
    // 60 s of a 20,000-product rebuild there, 100 a page 2 s. (Writes are batched separately: search-providers.ts.)
    batch_size: 100,
    transform: (rows: Record<string, any>[], context: SearchTypes.SearchSeedContext) => {
      reportProductSeedPage(rows.length)
      return toDocuments(rows, context)
    },
  }),
  consume: graphConsume({
    ...source,
    resolve_ids: resolveProductIds,
    is_delete: (event) => event.name === "product.deleted",
  }),
} satisfies SearchTypes.SearchIndexDefinitionInput<typeof fields>
