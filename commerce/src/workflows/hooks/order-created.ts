/**
 * Medusa's completeCartWorkflow — behind POST /store/carts/:id/complete and every other way
 * of completing a cart — creates one order; this hook, inside that workflow,
 *  - links the order to each cooperative whose products it contains, and
 *  - writes a VietQR order's transfer reference ("CHOHTX G0Y1SQPX6G") into the order's
 *    `custom_display_id`, one of the fields Medusa Admin's order search (`q`) looks in, so staff
 *    find the order by the text on a bank statement line. Admin still shows the order as #1024.
 * If either fails the completion rolls back.
 */
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { cooperativesOfProducts } from "../../lib/cooperatives-of-products"
import { VIETQR_PAYMENT_PROVIDER_ID } from "../../lib/payment-providers"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"

type Undo = { links: Record<string, Record<string, string>>[]; referenceOn: string | null }
type OrderCreatedHook = (
  handler: (input: { order_id: string; cart_id: string }, context: { container: any }) => Promise<StepResponse<unknown, Undo>>,
  compensate: (undo: Undo | undefined, context: { container: any }) => Promise<void>
) => void

// The hook exists at runtime but Medusa 2.21's typings only declare `validate`.
const orderCreated = (completeCartWorkflow.hooks as unknown as { orderCreated: OrderCreatedHook }).orderCreated

type OrderRow = {
  items?: ({ product_id?: string | null } | null)[] | null
  payment_collections?: ({ payments?: ({ provider_id?: string | null; data?: { reference?: unknown } | null } | null)[] | null } | null)[] | null
}

orderCreated(
  async ({ order_id }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "items.product_id", "payment_collections.payments.provider_id", "payment_collections.payments.data"],
      filters: { id: order_id },
    })
    const order = data[0] as OrderRow | undefined
    const makers = await cooperativesOfProducts(container, (order?.items ?? []).map((i) => i?.product_id))
    const ids = new Set([...makers.values()].map((c) => c.id))
    const links = [...ids].map((cooperative_id) => ({
      [COOPERATIVE_MODULE]: { cooperative_id },
      [Modules.ORDER]: { order_id },
    }))
    if (links.length) await container.resolve(ContainerRegistrationKeys.LINK).create(links)

    const payment = (order?.payment_collections ?? []).flatMap((c) => c?.payments ?? []).find((p) => p?.provider_id === VIETQR_PAYMENT_PROVIDER_ID)
    const reference = typeof payment?.data?.reference === "string" ? payment.data.reference : null
    if (reference) {
      // custom_display_id is a column of the order (searchable) that UpdateOrderDTO does not declare
      await container.resolve(Modules.ORDER).updateOrders([{ id: order_id, custom_display_id: reference } as never])
    }
    return new StepResponse(links, { links, referenceOn: reference ? order_id : null })
  },
  async (undo, { container }) => {
    if (!undo) return
    if (undo.links.length) await container.resolve(ContainerRegistrationKeys.LINK).dismiss(undo.links)
    if (undo.referenceOn) await container.resolve(Modules.ORDER).updateOrders([{ id: undo.referenceOn, custom_display_id: null } as never])
  }
)
