/**
 * Chooses the delivery of a cart: one shipping method of the chosen option per parcel (each
 * cooperative's part, see lib/parcels.ts), priced by Medusa for the cart, replacing the cart's
 * shipping methods. The cart's items, taxes, promotions and payment collection are refreshed as
 * after Medusa's own add-shipping-method workflow, whose steps this one follows; any failure undoes
 * it (the old methods come back).
 */
import { CartWorkflowEvents } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  addShippingMethodToCartStep,
  emitEventStep,
  listShippingOptionsForCartWithPricingWorkflow,
  refreshCartItemsWorkflow,
  releaseLockStep,
  removeShippingMethodFromCartStep,
  useQueryGraphStep,
  validateAndReturnShippingMethodsDataStep,
  validateCartShippingOptionsPriceStep,
  validateCartShippingOptionsStep,
  validateCartStep,
} from "@medusajs/medusa/core-flows"
import { cooperativesOfProducts } from "../../lib/cooperatives-of-products"
import { parcelMethodData, parcelKeyOf, type ParcelMethodData } from "../../lib/parcels"

export type SetCartParcelsInput = { cart_id: string; option_id: string }

type CartRow = { id: string; items?: ({ id: string; product_id?: string | null } | null)[]; shipping_methods?: ({ id: string } | null)[] }

/** One parcel per cooperative among the cart's lines (lines by id, so the order is stable). */
const planParcelsStep = createStep("plan-cart-parcels", async ({ cart }: { cart: CartRow }, { container }) => {
  const items = (cart.items ?? []).filter((i): i is { id: string; product_id?: string | null } => !!i).sort((a, b) => a.id.localeCompare(b.id))
  const makers = await cooperativesOfProducts(container, items.map((i) => i.product_id))
  const parcels = new Map<string, ParcelMethodData>()
  for (const item of items) {
    const cooperative = (item.product_id && makers.get(item.product_id)) || null
    if (!parcels.has(parcelKeyOf(cooperative))) parcels.set(parcelKeyOf(cooperative), parcelMethodData(cooperative))
  }
  return new StepResponse([...parcels.values()])
})

export const setCartParcelsWorkflow = createWorkflow("set-cart-parcels", (input: SetCartParcelsInput) => {
  acquireLockStep({ key: input.cart_id, timeout: 2, ttl: 10 })
  const { data: cart } = useQueryGraphStep({
    entity: "cart",
    fields: ["id", "completed_at", "currency_code", "region_id", "shipping_address.*", "items.id", "items.product_id", "shipping_methods.id"],
    filters: { id: input.cart_id },
    options: { isList: false, throwIfKeyNotFound: true },
  }).config({ name: "get-cart-for-parcels" })
  validateCartStep({ cart } as never)
  const parcels = planParcelsStep({ cart: cart as unknown as CartRow })

  const options = transform({ input }, ({ input }) => [{ id: input.option_id }])
  const shippingOptions = listShippingOptionsForCartWithPricingWorkflow.runAsStep({
    input: { options, cart_id: input.cart_id, is_return: false },
  })
  const optionIds = transform({ input }, ({ input }) => [input.option_id])
  validateCartShippingOptionsStep({ option_ids: optionIds, prefetched_shipping_options: shippingOptions } as never)
  validateCartShippingOptionsPriceStep({ shippingOptions } as never)

  const providerCheck = transform({ input, shippingOptions, cart }, ({ input, shippingOptions, cart }) => {
    const option = (shippingOptions as any[]).find((o) => o.id === input.option_id)
    return [
      {
        id: input.option_id,
        provider_id: option?.provider_id,
        option_data: option?.data ?? {},
        method_data: {},
        context: { ...(cart as object), from_location: option?.stock_location ?? {} },
      },
    ]
  })
  const validated = validateAndReturnShippingMethodsDataStep(providerCheck as never)

  const methods = transform({ input, shippingOptions, parcels, validated }, ({ input, shippingOptions, parcels, validated }) => {
    const option = (shippingOptions as any[]).find((o) => o.id === input.option_id)
    const providerData = ((validated as Record<string, Record<string, unknown>>[] | undefined) ?? []).find((v) => v?.[input.option_id])?.[input.option_id] ?? {}
    return parcels.map((data) => ({
      cart_id: input.cart_id,
      shipping_option_id: option.id,
      name: option.name,
      amount: option.calculated_price.calculated_amount,
      is_tax_inclusive: !!option.calculated_price.is_calculated_price_tax_inclusive,
      data: { ...providerData, ...data },
    }))
  })
  const previous = transform({ cart }, ({ cart }) => ((cart as unknown as CartRow).shipping_methods ?? []).filter(Boolean).map((m) => m!.id))
  removeShippingMethodFromCartStep({ shipping_method_ids: previous })
  const created = addShippingMethodToCartStep({ shipping_methods: methods as never })
  refreshCartItemsWorkflow.runAsStep({ input: { cart_id: input.cart_id, shipping_methods: created } as never })
  emitEventStep({ eventName: CartWorkflowEvents.UPDATED, data: { id: input.cart_id } })
  releaseLockStep({ key: input.cart_id })
  return new WorkflowResponse(parcels)
})
