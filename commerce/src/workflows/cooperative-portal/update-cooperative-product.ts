import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { batchTranslationsWorkflow, emitEventStep, updateInventoryLevelsWorkflow, updateProductsWorkflow, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import type { TranslationChange } from "../../lib/product-english"
import { PRODUCT_PROVENANCE_UPDATED_EVENT } from "../../lib/search/events"
import { upsertProvenanceStep } from "./steps/upsert-provenance"

export interface UpdateCooperativeProductInput {
  product_id: string
  update: { title?: string; subtitle?: string | null; description?: string | null; status?: "draft" | "published"; thumbnail?: string; images?: { url: string }[]; metadata?: Record<string, unknown> }
  /** the new shelf price of a variant; its wholesale quantity tiers are written back unchanged */
  prices: { id: string; amount: number; tiers?: { min_quantity: number; max_quantity: number | null; amount: number }[] }[]
  levels: { inventory_item_id: string; location_id: string; stocked_quantity: number }[]
  provenance?: { provenance_id: string | null; record: Record<string, unknown> }
  /** the English title/description change (lib/product-english.ts) */
  english?: TranslationChange | null
}

/**
 * Edits a cooperative's product through Medusa's own workflows — product fields and publishing,
 * VND prices, stock levels, its English texts (Translation Module) — and its provenance. The route has already
 * checked ownership.
 */
export const updateCooperativeProductWorkflow = createWorkflow("update-cooperative-product", (input: UpdateCooperativeProductInput) => {
  when({ input }, ({ input }) => Object.keys(input.update).length > 0).then(() => {
    const products = transform({ input }, ({ input }) => ({ products: [{ id: input.product_id, ...input.update }] }))
    updateProductsWorkflow.runAsStep({ input: products as any })
  })
  when({ input }, ({ input }) => input.prices.length > 0).then(() => {
    const variants = transform({ input }, ({ input }) => ({
      product_variants: input.prices.map((p) => ({
        id: p.id,
        prices: [
          { currency_code: "vnd", amount: p.amount },
          ...(p.tiers ?? []).map((t) => ({ currency_code: "vnd", amount: t.amount, min_quantity: t.min_quantity, max_quantity: t.max_quantity })),
        ],
      })),
    }))
    updateProductVariantsWorkflow.runAsStep({ input: variants as any })
  })
  when({ input }, ({ input }) => input.levels.length > 0).then(() => {
    const updates = transform({ input }, ({ input }) => ({ updates: input.levels }))
    updateInventoryLevelsWorkflow.runAsStep({ input: updates })
  })
  when({ input }, ({ input }) => !!input.provenance).then(() => {
    const provenance = transform({ input }, ({ input }) => ({
      product_id: input.product_id,
      provenance_id: input.provenance!.provenance_id,
      record: input.provenance!.record,
    }))
    upsertProvenanceStep(provenance)
    // OCOP stars are in the search index; no product event says they changed.
    const event = transform({ input }, ({ input }) => ({ id: input.product_id }))
    emitEventStep({ eventName: PRODUCT_PROVENANCE_UPDATED_EVENT, data: event })
  })
  when({ input }, ({ input }) => !!input.english).then(() => {
    const english = transform({ input }, ({ input }) => input.english!)
    batchTranslationsWorkflow.runAsStep({ input: english })
  })
  return new WorkflowResponse(input.product_id)
})
