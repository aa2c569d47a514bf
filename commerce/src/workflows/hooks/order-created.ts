/**
 * Medusa's completeCartWorkflow — behind POST /store/carts/:id/complete and every other way
 * of completing a cart — creates one order; this hook, inside that workflow, links the order
 * to each cooperative whose products it contains. If linking fails the completion rolls back.
 */
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { cooperativesOfProducts } from "../../lib/cooperatives-of-products"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"

type OrderCreatedHook = (
  handler: (input: { order_id: string; cart_id: string }, context: { container: any }) => Promise<StepResponse<unknown, unknown>>,
  compensate: (links: Record<string, Record<string, string>>[] | undefined, context: { container: any }) => Promise<void>
) => void

// The hook exists at runtime but Medusa 2.21's typings only declare `validate`.
const orderCreated = (completeCartWorkflow.hooks as unknown as { orderCreated: OrderCreatedHook }).orderCreated

orderCreated(
  async ({ order_id }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: ["id", "items.product_id"], filters: { id: order_id } })
    const order = data[0] as { items?: ({ product_id?: string | null } | null)[] | null } | undefined
    const makers = await cooperativesOfProducts(container, (order?.items ?? []).map((i) => i?.product_id))
    const ids = new Set([...makers.values()].map((c) => c.id))
    const links = [...ids].map((cooperative_id) => ({
      [COOPERATIVE_MODULE]: { cooperative_id },
      [Modules.ORDER]: { order_id },
    }))
    if (links.length) await container.resolve(ContainerRegistrationKeys.LINK).create(links)
    return new StepResponse(links, links)
  },
  async (links, { container }) => {
    if (links?.length) await container.resolve(ContainerRegistrationKeys.LINK).dismiss(links)
  }
)
