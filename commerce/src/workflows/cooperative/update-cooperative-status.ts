import { emitEventStep, linkProductsToSalesChannelWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_UPDATED_EVENT } from "../../lib/search/events"
import { updateCooperativeStatusStep } from "./steps/update-cooperative-status"

/**
 * Changes a cooperative's status and makes its products' availability follow it: only an
 * active cooperative's products are in the storefront's sales channel. Taking them out of
 * the channel (rather than filtering in each store route) hides them from every store API, and Medusa then refuses to put them in a cart.
 */
export const updateCooperativeStatusWorkflow = createWorkflow(
  "update-cooperative-status",
  (input: { id: string; status: "pending" | "active" | "suspended" | "unlisted"; actor?: { id: string | null; name: string }; reason?: string | null }) => {
    const cooperative = updateCooperativeStatusStep(input)
    const { data: linked } = useQueryGraphStep({
      entity: "cooperative",
      fields: ["id", "products.id"],
      filters: { id: input.id },
    }).config({ name: "cooperative-products" })
    const { data: stores } = useQueryGraphStep({
      entity: "store",
      fields: ["id", "default_sales_channel_id"],
    }).config({ name: "store-sales-channel" })
    const change = transform({ linked, stores, input }, ({ linked, stores, input }) => {
      const productIds: string[] = (linked[0]?.products ?? []).flatMap((p: { id: string } | null) => (p ? [p.id] : []))
      const active = input.status === "active"
      return {
        id: stores[0].default_sales_channel_id as string,
        add: active ? productIds : [],
        remove: active ? [] : productIds,
      }
    })
    linkProductsToSalesChannelWorkflow.runAsStep({ input: change })
    // The search index drops (or brings back) the cooperative's products.
    emitEventStep({ eventName: COOPERATIVE_UPDATED_EVENT, data: { id: input.id } })
    return new WorkflowResponse(cooperative)
  }
)
