/**
 * Only buyable products get into a cart and through checkout: the same rule when an item is
 * added, when a cart is created with items, and — because a cooperative may be suspended while
 * a cart waits — once more when the cart is completed (every completion path runs this hook).
 *
 * At completion, too: each cooperative's parcel has its delivery fee (one shipping method per
 * parcel, lib/parcels.ts) and the payment is for the cart's total — so what the buyer is told she
 * pays is what the order records and what the parcels add up to. A workflow hook has one handler,
 * so both checks live here.
 */
import { addToCartWorkflow, completeCartWorkflow, createCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertParcelsPaid } from "../../lib/cart-parcels"
import { assertPurchasable } from "../../lib/purchasable"

type ItemInput = { variant_id?: string | null }

addToCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const items = ((input as { items?: ItemInput[] }).items ?? []).map((i) => i.variant_id ?? "")
  await assertPurchasable(container, items, (cart as { sales_channel_id?: string | null }).sales_channel_id)
})

createCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  const i = input as { items?: ItemInput[]; sales_channel_id?: string | null }
  await assertPurchasable(container, (i.items ?? []).map((x) => x.variant_id ?? ""), i.sales_channel_id)
})

completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  const c = cart as { items?: ItemInput[]; sales_channel_id?: string | null }
  await assertPurchasable(container, (c.items ?? []).map((x) => x.variant_id ?? ""), c.sales_channel_id)
  await assertParcelsPaid(container, cart as Parameters<typeof assertParcelsPaid>[1])
})
