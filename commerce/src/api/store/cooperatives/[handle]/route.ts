import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { toStoreCooperative } from "../helpers"

/**
 * GET /store/cooperatives/:handle — an active cooperative and the products it sells here:
 * published and in a sales channel of the request's publishable key. Prices and stock come
 * from the standard /store/products route, which applies Medusa's pricing context. With `?locale=en-US`
 * the cooperative's and its products' English texts (Translation Module) replace the Vietnamese where they exist.
 */
type LinkedProduct = { id: string; handle: string; title: string; status: string; sales_channels?: ({ id: string } | null)[] | null } | null

export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cooperative",
    fields: [...req.queryConfig.fields, "products.id", "products.handle", "products.title", "products.status", "products.sales_channels.id"],
    filters: { handle: req.params.handle, status: "active" },
  }, { locale: req.locale })
  const cooperative = data[0]
  if (!cooperative) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy hợp tác xã "${req.params.handle}"`)
  }
  const channels = new Set(req.publishable_key_context.sales_channel_ids ?? [])
  const products = ((cooperative.products ?? []) as LinkedProduct[])
    .filter((p): p is NonNullable<LinkedProduct> => !!p && p.status === "published")
    .filter((p) => (p.sales_channels ?? []).some((sc) => !!sc && channels.has(sc.id)))
    .map((p) => ({ id: p.id, handle: p.handle, title: p.title }))
  res.json({ cooperative: { ...toStoreCooperative(cooperative), products } })
}
