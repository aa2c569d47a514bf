import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { basePrice, quantityTiers } from "../../lib/quantity-tiers"
import type { PortalActor } from "../utils/portal-actor"

type Scope = { resolve: (key: string) => any }

/** Refuses a body that names another cooperative: a product is made by the actor's cooperative only. */
export function refuseOtherCooperative(body: unknown, actor: PortalActor) {
  const named = (body as { cooperative_id?: unknown } | undefined)?.cooperative_id
  if (named !== undefined && named !== actor.cooperativeId) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "Bạn chỉ quản lý sản phẩm của hợp tác xã mình.")
  }
}

export const PORTAL_PRODUCT_FIELDS = [
  "id",
  "title",
  "subtitle",
  "description",
  "handle",
  "status",
  "thumbnail",
  "metadata",
  "created_at",
  "updated_at",
  "images.id",
  "images.url",
  "options.id",
  "options.title",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.prices.min_quantity",
  "variants.prices.max_quantity",
  "variants.inventory_items.inventory_item_id",
  "variants.inventory_items.inventory.location_levels.location_id",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
  "cooperative.id",
  "product_provenance.*",
]

/** The product as the portal shows it: price in đồng and stock per variant, provenance, photos. */
export function toPortalProduct(p: any) {
  return {
    id: p.id,
    title: p.title,
    subtitle: p.subtitle ?? null,
    description: p.description ?? null,
    handle: p.handle,
    status: p.status,
    thumbnail: p.thumbnail ?? null,
    images: (p.images ?? []).filter(Boolean).map((i: any) => ({ id: i.id, url: i.url })),
    photos: (p.metadata?.photos as unknown[]) ?? [],
    variants: (p.variants ?? []).filter(Boolean).map((v: any) => {
      const levels = (v.inventory_items ?? []).flatMap((ii: any) => ii?.inventory?.location_levels ?? []).filter(Boolean)
      return {
        id: v.id,
        title: v.title,
        sku: v.sku ?? null,
        price: basePrice(v.prices) ?? 0,
        /** wholesale quantity tiers (set in Medusa Admin); a price edit here keeps them */
        tiers: quantityTiers(v.prices),
        stock: levels.reduce((sum: number, l: any) => sum + Number(l.stocked_quantity ?? 0), 0),
        reserved: levels.reduce((sum: number, l: any) => sum + Number(l.reserved_quantity ?? 0), 0),
      }
    }),
    provenance: p.product_provenance ?? null,
    updated_at: p.updated_at,
  }
}

/**
 * The actor's product, or 404 — the same answer whether the product does not exist or belongs
 * to another cooperative, so that ids of other cooperatives' drafts cannot be probed.
 */
export async function ownProduct(scope: Scope, actor: PortalActor, id: string, fields = PORTAL_PRODUCT_FIELDS): Promise<any> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields, filters: { id } })
  const product = data[0] as any
  if (!product || product.cooperative?.id !== actor.cooperativeId) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy sản phẩm này trong hợp tác xã của bạn.")
  }
  return product
}

export async function storeDefaults(scope: Scope): Promise<{ locationId: string; salesChannelId: string; shippingProfileId: string }> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: stores } = await query.graph({ entity: "store", fields: ["default_location_id", "default_sales_channel_id"] })
  // The profile the shop's shipping options serve (Medusa also keeps its own "Default" profile,
  // which no option may cover): a product in another profile cannot be checked out.
  const { data: options } = await query.graph({ entity: "shipping_option", fields: ["shipping_profile_id"] })
  const { data: profiles } = await query.graph({ entity: "shipping_profile", fields: ["id", "type"] })
  const served = (options as any[]).map((o) => o.shipping_profile_id).find(Boolean)
  const profileId = served ?? ((profiles as any[]).find((p) => p.type === "default") ?? profiles[0])?.id
  return {
    locationId: (stores[0] as any).default_location_id,
    salesChannelId: (stores[0] as any).default_sales_channel_id,
    shippingProfileId: profileId,
  }
}

/** "Nước mắm Vạn Phước 40 độ đạm" → "nuoc-mam-van-phuoc-40-do-dam-x7k2" (unique enough; Medusa enforces uniqueness). */
export function productHandle(title: string): string {
  const slug = title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
  return `${slug || "san-pham"}-${Math.random().toString(36).slice(2, 6)}`
}
