import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  addShippingMethodToCartStep,
  completeCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  emitEventStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { LINKAGE_EVENTS } from "./events"
import { markQuoteAcceptedStep } from "./steps/mark-quote-accepted"
import { prepareAcceptanceStep, type AcceptInput } from "./steps/prepare-acceptance"

/**
 * The buyer accepts a quote: one order in Medusa at the quoted price, made on the server through the
 * same path as a retail order — a cart (the quoted product as a line at the quoted unit price and
 * quantity, the buyer's delivery address), one shipping method for the quoting cooperative's parcel
 * at the quoted delivery fee, a payment session (cash on delivery or VietQR), then Medusa's
 * completeCartWorkflow, whose hooks link the order to the cooperative, check the parcel and the
 * payment, and tell the buyer. So the order appears in that cooperative's portal and in Admin like
 * any other, and a VietQR transfer is reconciled the same way.
 *
 * A lock per request serialises two acceptances (two tabs, two quotes); the second finds the request
 * accepted. Any failure undoes what was written (Medusa's own steps compensate; the cart left behind
 * is an abandoned, empty-handed cart).
 */
export const acceptLinkageQuoteWorkflow = createWorkflow("accept-linkage-quote", (input: AcceptInput) => {
  const lockKey = transform({ input }, ({ input }) => `linkage-request:${input.request_id}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 120 })
  const plan = prepareAcceptanceStep(input)
  const cartInput = transform({ plan }, ({ plan }) => plan.cart)
  const cart = createCartWorkflow.runAsStep({ input: cartInput as never })
  const methods = transform({ plan, cart }, ({ plan, cart }) => [{ cart_id: cart.id, name: plan.shipping.name, amount: plan.shipping.amount, is_tax_inclusive: true, data: plan.shipping.data }])
  addShippingMethodToCartStep({ shipping_methods: methods as never })
  const collection = createPaymentCollectionForCartWorkflow.runAsStep({ input: transform({ cart }, ({ cart }) => ({ cart_id: cart.id })) })
  createPaymentSessionsWorkflow.runAsStep({
    input: transform({ plan, collection }, ({ plan, collection }) => ({ payment_collection_id: collection.id, provider_id: plan.provider_id, customer_id: plan.cart.customer_id })),
  })
  const order = completeCartWorkflow.runAsStep({ input: transform({ cart }, ({ cart }) => ({ id: cart.id })) })
  const accepted = markQuoteAcceptedStep(transform({ plan, order }, ({ plan, order }) => ({ request_id: plan.request_id, quote_id: plan.quote_id, order_id: order.id })))
  emitEventStep({
    eventName: LINKAGE_EVENTS.accepted,
    data: transform({ plan, order }, ({ plan, order }) => ({ request_id: plan.request_id, quote_id: plan.quote_id, order_id: order.id })),
  })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(accepted)
})
