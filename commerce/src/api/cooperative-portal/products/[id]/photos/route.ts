import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addProductPhotoWorkflow } from "../../../../../workflows/cooperative-portal/add-product-photo"
import { photoFromRequest } from "../../../../utils/photo-upload"
import { portalActor } from "../../../../utils/portal-actor"
import { ownProduct, toPortalProduct } from "../../../helpers"

/**
 * POST /cooperative-portal/products/:id/photos — body: the photo's bytes (JPEG, PNG, WebP, HEIC,
 * AVIF; at most 15 MB and 50 megapixels). Turned upright, stripped of metadata, stored as AVIF
 * and WebP at several widths, and added to the product.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const actor = portalActor(req)
  const product = await ownProduct(req.scope, actor, req.params.id)
  const photo = await photoFromRequest(req)
  await addProductPhotoWorkflow(req.scope).run({
    input: {
      product_id: product.id,
      name: `${product.handle}-${Date.now().toString(36)}`,
      variants: photo.variants.map((v) => ({ format: v.format, width: v.width, height: v.height, mimeType: v.mimeType, content: v.content.toString("base64") })),
      current: { images: (product.images ?? []).filter(Boolean), thumbnail: product.thumbnail ?? null, metadata: product.metadata ?? null },
    },
  })
  res.status(201).json({ product: toPortalProduct(await ownProduct(req.scope, actor, product.id)) })
}
