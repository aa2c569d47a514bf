/**
 * The maker cooperative of each product, read from the cooperative ↔ product link table in one
 * query (cheaper than walking order → item → variant → product → cooperative through Query).
 */
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import CooperativeProductLink from "../links/cooperative-product"

export type ProductCooperative = { id: string; name: string; handle: string }

type Container = { resolve: (key: string) => any }
type LinkRow = { product_id: string; cooperative?: ProductCooperative | null }

export async function cooperativesOfProducts(container: Container, productIds: (string | null | undefined)[]): Promise<Map<string, ProductCooperative>> {
  const ids = [...new Set(productIds.filter((id): id is string => !!id))]
  const result = new Map<string, ProductCooperative>()
  if (!ids.length) return result
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: CooperativeProductLink.entryPoint,
    fields: ["product_id", "cooperative.id", "cooperative.name", "cooperative.handle"],
    filters: { product_id: ids },
  })
  for (const row of data as LinkRow[]) {
    if (row.cooperative) result.set(row.product_id, { id: row.cooperative.id, name: row.cooperative.name, handle: row.cooperative.handle })
  }
  return result
}
