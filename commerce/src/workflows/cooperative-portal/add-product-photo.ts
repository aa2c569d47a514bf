import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow, uploadFilesWorkflow } from "@medusajs/medusa/core-flows"

export interface AddProductPhotoInput {
  product_id: string
  /** Base name for the files, e.g. "<handle>-<time>". */
  name: string
  variants: { format: string; width: number; height: number; mimeType: string; content: string }[]
  /** The product's current images, thumbnail and metadata, to append to. */
  current: { images: { url: string }[]; thumbnail: string | null; metadata: Record<string, unknown> | null }
}

/**
 * Stores a processed photo's AVIF and WebP files through Medusa's file module (local or S3,
 * as configured) and adds it to the product: the largest WebP as a product image (every Medusa
 * client understands it), the 480 px WebP as thumbnail when there is none yet, and the whole
 * set in `metadata.photos` for the storefront's `srcset`. Uploaded files are deleted again if
 * the product update fails.
 */
export const addProductPhotoWorkflow = createWorkflow("add-product-photo", (input: AddProductPhotoInput) => {
  const files = transform({ input }, ({ input }) => ({
    files: input.variants.map((v) => ({
      filename: `${input.name}-${v.width}.${v.format}`,
      mimeType: v.mimeType,
      content: v.content,
      access: "public" as const,
    })),
  }))
  const uploaded = uploadFilesWorkflow.runAsStep({ input: files })
  const update = transform({ input, uploaded }, ({ input, uploaded }) => {
    const set = input.variants.map((v, i) => ({ format: v.format, width: v.width, height: v.height, url: uploaded[i].url }))
    const webp = set.filter((s) => s.format === "webp").sort((a, b) => b.width - a.width)
    const photos = [...(((input.current.metadata?.photos as unknown[]) ?? []) as unknown[]), { sources: set }]
    return {
      products: [
        {
          id: input.product_id,
          images: [...input.current.images.map((i) => ({ url: i.url })), { url: webp[0].url }],
          thumbnail: input.current.thumbnail || webp[webp.length - 1].url,
          metadata: { ...(input.current.metadata ?? {}), photos },
        },
      ],
    }
  })
  updateProductsWorkflow.runAsStep({ input: update as any })
  return new WorkflowResponse(uploaded)
})
