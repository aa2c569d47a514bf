/** Test data made through Medusa's admin API, so tests never depend on (or change) the demo catalog's stock. */
import { admin } from "./api"

let sequence = 0

/** A published product of an active demo cooperative, one variant, `stock` units at the shop's location. */
export async function createProductWithStock(stock: number, price = 50_000): Promise<{ productId: string; handle: string; variantId: string; sku: string; title: string; cooperativeHandle: string }> {
  const tag = `${Date.now().toString(36)}-${++sequence}`
  const [{ body: coops }, { body: channels }, { body: profiles }, { body: locations }] = await Promise.all([
    admin("/admin/cooperatives?limit=100"),
    admin("/admin/sales-channels?limit=10"),
    admin("/admin/shipping-options?limit=10&fields=id,shipping_profile_id"),
    admin("/admin/stock-locations?limit=10"),
  ])
  const cooperative = coops.cooperatives.find((c: any) => c.status === "active")
  const channel = channels.sales_channels.find((c: any) => c.name === "Cửa hàng trực tuyến")
  const title = `Bánh tráng thử nghiệm ${tag}`
  const created = await admin("/admin/products", {
    method: "POST",
    body: JSON.stringify({
      title,
      handle: `test-product-${tag}`,
      status: "published",
      // the profile the shop's delivery options serve
      shipping_profile_id: profiles.shipping_options[0].shipping_profile_id,
      sales_channels: [{ id: channel.id }],
      options: [{ title: "Loại", values: ["Gói"] }],
      variants: [{ title: "Gói", sku: `TEST-${tag}`, manage_inventory: true, options: { Loại: "Gói" }, prices: [{ currency_code: "vnd", amount: price }] }],
      additional_data: { cooperative_id: cooperative.id },
    }),
  })
  if (created.status !== 200) throw new Error(`creating the test product failed: ${JSON.stringify(created.body)}`)
  const product = created.body.product
  const variant = product.variants[0]
  const { body: items } = await admin(`/admin/inventory-items?sku=${encodeURIComponent(variant.sku)}`)
  const level = await admin(`/admin/inventory-items/${items.inventory_items[0].id}/location-levels`, {
    method: "POST",
    body: JSON.stringify({ location_id: locations.stock_locations[0].id, stocked_quantity: stock }),
  })
  if (level.status !== 200) throw new Error(`setting stock failed: ${JSON.stringify(level.body)}`)
  return { productId: product.id, handle: product.handle, variantId: variant.id, sku: variant.sku, title, cooperativeHandle: cooperative.handle }
}
