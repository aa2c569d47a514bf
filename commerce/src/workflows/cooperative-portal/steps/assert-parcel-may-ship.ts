import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { amountOf } from "../../../lib/cart-parcels"
import { PAYMENT_FACT_FIELDS, paymentFactsOf, paymentStateOf, shippingRefusal } from "../../../lib/payment-state"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

/**
 * Goods leave a cooperative only once they are paid for or paid on delivery: a parcel of an order
 * whose bank transfer the Union has not confirmed (or that was refunded) cannot be marked shipped —
 * nor delivered without having been shipped. Writes nothing.
 */
export const assertParcelMayShipStep = createStep(
  "assert-parcel-may-ship",
  async (input: { cooperative_id: string; order_id: string; status: "packing" | "shipped" | "delivered" }, { container }) => {
    if (input.status === "packing") return new StepResponse(null)
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const [part] = await service.listCooperativeOrderParts({ cooperative_id: input.cooperative_id, order_id: input.order_id })
    if (input.status === "delivered" && part?.status === "shipped") return new StepResponse(null)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: ["id", "total", ...PAYMENT_FACT_FIELDS], filters: { id: input.order_id } })
    const order = data[0] as any
    const state = paymentStateOf(paymentFactsOf(order?.payment_collections, amountOf), amountOf(order?.total))
    const refusal = shippingRefusal(state)
    if (refusal) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal.message, refusal.code)
    return new StepResponse(null)
  }
)
