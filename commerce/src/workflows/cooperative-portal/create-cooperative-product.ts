import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createInventoryLevelsWorkflow, createProductsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"

export interface CreateCooperativeProductInput {
  cooperative_id: string
  location_id: string
  sales_channel_id: string
  shipping_profile_id: string
  handle: string
  title: string
  subtitle?: string | null
  description?: string | null
  status: "draft" | "published"
  option_title: string
  variants: { title: string; price: number; stock: number }[]
  provenance?: unknown
}

/**
 * A cooperative adds a product from the portal: Medusa's createProductsWorkflow (whose
 * productsCreated hook links the maker cooperative and the provenance record), then stock at
 * the Union's stock location. A failure in any step undoes the steps before it.
 */
export const createCooperativeProductWorkflow = createWorkflow("create-cooperative-product", (input: CreateCooperativeProductInput) => {
  const productInput = transform({ input }, ({ input }) => ({
    products: [
      {
        title: input.title,
        subtitle: input.subtitle ?? undefined,
        description: input.description ?? undefined,
        handle: input.handle,
        status: input.status,
        origin_country: "vn",
        options: [{ title: input.option_title, values: input.variants.map((v) => v.title) }],
        variants: input.variants.map((v, rank) => ({
          title: v.title,
          manage_inventory: true,
          allow_backorder: false,
          variant_rank: rank,
          options: { [input.option_title]: v.title },
          prices: [{ currency_code: "vnd", amount: v.price }],
        })),
        sales_channels: [{ id: input.sales_channel_id }],
        shipping_profile_id: input.shipping_profile_id,
      },
    ],
    additional_data: {
      cooperative_id: input.cooperative_id,
      ...(input.provenance !== undefined ? { provenance: input.provenance } : {}),
    },
  }))
  const products = createProductsWorkflow.runAsStep({ input: productInput as any })
  const productId = transform({ products }, ({ products }) => products[0].id)
  const { data: variants } = useQueryGraphStep({
    entity: "product_variant",
    fields: ["id", "title", "inventory_items.inventory_item_id"],
    filters: { product_id: productId },
  }).config({ name: "created-variants" })
  const levels = transform({ variants, input }, ({ variants, input }) => ({
    inventory_levels: (variants as any[]).flatMap((v) =>
      (v.inventory_items ?? []).filter(Boolean).map((ii: any) => ({
        location_id: input.location_id,
        inventory_item_id: ii.inventory_item_id,
        stocked_quantity: input.variants.find((x) => x.title === v.title)?.stock ?? 0,
      }))
    ),
  }))
  createInventoryLevelsWorkflow.runAsStep({ input: levels })
  return new WorkflowResponse(productId)
})
