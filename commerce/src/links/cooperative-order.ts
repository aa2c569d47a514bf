import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import CooperativeModule from "../modules/cooperative"

/**
 * Which cooperatives take part in an order. An order that mixes products of several
 * cooperatives is linked to each, so each can list, pack and ship its own part.
 */
export default defineLink(
  { linkable: CooperativeModule.linkable.cooperative, isList: true },
  { linkable: OrderModule.linkable.order, isList: true }
)
