import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCooperativeProductWorkflow } from "../../../workflows/cooperative-portal/create-cooperative-product"
import { portalActor } from "../../utils/portal-actor"
import { ownProduct, PORTAL_PRODUCT_FIELDS, productHandle, refuseOtherCooperative, storeDefaults, toPortalProduct } from "../helpers"
import { parseBody, PortalCreateProduct } from "../validators"

/** GET /cooperative-portal/products — the signed-in cooperative's products, drafts included. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const actor = portalActor(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cooperative",
    fields: PORTAL_PRODUCT_FIELDS.filter((f) => !f.startsWith("cooperative.")).map((f) => `products.${f}`),
    filters: { id: actor.cooperativeId },
  })
  const products = ((data[0] as any)?.products ?? [])
    .filter(Boolean)
    .map(toPortalProduct)
    .sort((a: any, b: any) => String(b.updated_at).localeCompare(String(a.updated_at)))
  res.json({ products, count: products.length })
}

/** POST /cooperative-portal/products — a new product of the signed-in cooperative (never another's). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const actor = portalActor(req)
  refuseOtherCooperative(req.body, actor)
  const { cooperative_id: _ignored, ...rest } = (req.body ?? {}) as Record<string, unknown>
  const body = parseBody(PortalCreateProduct, rest)
  const defaults = await storeDefaults(req.scope)
  const { result: productId } = await createCooperativeProductWorkflow(req.scope).run({
    input: {
      ...body,
      cooperative_id: actor.cooperativeId,
      handle: productHandle(body.title),
      location_id: defaults.locationId,
      sales_channel_id: defaults.salesChannelId,
      shipping_profile_id: defaults.shippingProfileId,
    },
  })
  res.status(201).json({ product: toPortalProduct(await ownProduct(req.scope, actor, productId)) })
}
