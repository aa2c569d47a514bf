/**
 * Whether products can be bought: published, sold in the cart's sales channel, and made by a
 * cooperative that is active. Used by the cart workflows' validate hooks.
 */
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

type Container = { resolve: (key: string) => any }

export async function assertPurchasable(container: Container, variantIds: string[], salesChannelId: string | null | undefined): Promise<void> {
  const ids = [...new Set(variantIds.filter(Boolean))]
  if (!ids.length) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product.title", "product.status", "product.sales_channels.id", "product.cooperative.status"],
    filters: { id: ids },
  })
  const problems: string[] = []
  for (const id of ids) {
    const variant = (data as any[]).find((v) => v.id === id)
    const product = variant?.product
    if (!product) {
      problems.push(`Không tìm thấy sản phẩm (${id}) / Unknown product variant`)
      continue
    }
    const channels: string[] = (product.sales_channels ?? []).filter(Boolean).map((sc: { id: string }) => sc.id)
    const cooperativeActive = !product.cooperative || product.cooperative.status === "active"
    if (product.status !== "published" || !cooperativeActive || (salesChannelId && !channels.includes(salesChannelId))) {
      problems.push(`"${product.title}" hiện không bán trên cửa hàng / "${product.title}" is not on sale`)
    }
  }
  if (problems.length) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, problems.join("; "))
}

export const MAX_QUANTITY_PER_LINE = 999

/** Quantities are whole items: 1–999 per line (0 only when updating, which removes the line). */
export function quantityProblem(quantity: unknown, { allowZero }: { allowZero: boolean }): string | null {
  if (quantity === undefined) return null
  const min = allowZero ? 0 : 1
  if (typeof quantity !== "number" || !Number.isInteger(quantity) || quantity < min || quantity > MAX_QUANTITY_PER_LINE) {
    return `Số lượng phải là số nguyên từ ${min} đến ${MAX_QUANTITY_PER_LINE} / Quantity must be a whole number from ${min} to ${MAX_QUANTITY_PER_LINE}`
  }
  return null
}
