import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

type Item = { id: string; title: string; product_title: string | null; variant_title: string | null; quantity: number; unit_price: number; product_id: string | null }

/**
 * GET /admin/cooperatives/:id/orders — the orders a cooperative takes part in, each with only
 * that cooperative's items (its part to pack and ship) and their subtotal in đồng.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cooperative",
    fields: [
      "id",
      "handle",
      "products.id",
      "orders.id",
      "orders.display_id",
      "orders.status",
      "orders.created_at",
      "orders.currency_code",
      "orders.items.*",
      "orders.shipping_address.*",
    ],
    filters: { id: req.params.id },
  })
  const cooperative = data[0] as unknown as
    | { id: string; handle: string; products?: ({ id: string } | null)[]; orders?: (Record<string, any> | null)[] }
    | undefined
  if (!cooperative) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không có hợp tác xã ${req.params.id}`)
  const own = new Set((cooperative.products ?? []).flatMap((p: { id: string } | null) => (p ? [p.id] : [])))
  const orders = (cooperative.orders ?? [])
    .filter((o: unknown): o is Record<string, any> => !!o)
    .map((o: Record<string, any>) => {
      const items = ((o.items ?? []) as Item[]).filter((i) => i.product_id && own.has(i.product_id))
      return {
        id: o.id,
        display_id: o.display_id,
        status: o.status,
        created_at: o.created_at,
        currency_code: o.currency_code,
        shipping_address: o.shipping_address,
        items: items.map((i) => ({ id: i.id, title: i.title, product_title: i.product_title, variant_title: i.variant_title, quantity: Number(i.quantity), unit_price: Number(i.unit_price) })),
        subtotal: items.reduce((sum, i) => sum + Number(i.unit_price) * Number(i.quantity), 0),
      }
    })
    .sort((a: { created_at: string }, b: { created_at: string }) => String(b.created_at).localeCompare(String(a.created_at)))
  res.json({ cooperative: { id: cooperative.id, handle: cooperative.handle }, orders, count: orders.length })
}
