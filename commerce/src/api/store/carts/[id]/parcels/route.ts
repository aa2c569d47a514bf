import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { cartParcels, parcelsForStore } from "../../../../../lib/cart-parcels"
import { PARCEL_ROUTE_MESSAGES } from "../../../../../lib/parcels"
import { isLockTimeout } from "../../../../../lib/stock-messages"
import { readJsonBody } from "../../../../utils/read-json-body"
import { setCartParcelsWorkflow } from "../../../../../workflows/parcels/set-cart-parcels"

const CART_ID = /^cart_[A-Za-z0-9]{10,40}$/
const OPTION_ID = /^so_[A-Za-z0-9]{10,40}$/

function refuse(res: MedusaResponse, status: number, type: string, m: { message: string; message_en: string }) {
  res.status(status).json({ type, message: m.message, message_en: m.message_en })
}

/**
 * POST /store/carts/:id/parcels {option_id} — the delivery of the cart: one shipping method of that
 * option per parcel (each cooperative ships its own part, each part pays the option's fee). Answers
 * the parcels with their goods, fee and total, and the cart's totals (Medusa's). Calling it again
 * with the same option changes nothing; the checkout calls it whenever it shows or places the order.
 *
 * Medusa's own `POST /store/carts/:id/shipping-methods` still works for a cart from one cooperative;
 * a cart whose fees do not match its parcels is refused at completion (cart-validate hook).
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const cartId = String(req.params.id ?? "")
  const body = await readJsonBody(req, 2048)
  const optionId = body.ok && body.value && typeof body.value === "object" ? (body.value as { option_id?: unknown }).option_id : undefined
  if (!CART_ID.test(cartId)) return refuse(res, 404, MedusaError.Types.NOT_FOUND, PARCEL_ROUTE_MESSAGES.cartNotFound)
  if (typeof optionId !== "string" || !OPTION_ID.test(optionId)) return refuse(res, 400, MedusaError.Types.INVALID_DATA, PARCEL_ROUTE_MESSAGES.optionId)

  const before = await cartParcels(req.scope, cartId)
  if (!before) return refuse(res, 404, MedusaError.Types.NOT_FOUND, PARCEL_ROUTE_MESSAGES.cartNotFound)
  if (before.completed) return refuse(res, 409, MedusaError.Types.CONFLICT, PARCEL_ROUTE_MESSAGES.completed)
  if (!before.parcels.length) return refuse(res, 400, MedusaError.Types.INVALID_DATA, PARCEL_ROUTE_MESSAGES.empty)

  const alreadySet = before.problems.length === 0 && before.option_ids.length === 1 && before.option_ids[0] === optionId
  if (!alreadySet) {
    const { errors } = await setCartParcelsWorkflow(req.scope).run({ input: { cart_id: cartId, option_id: optionId }, throwOnError: false })
    const error = errors?.[0]?.error as { type?: string; message?: string } | undefined
    if (error) {
      if (isLockTimeout(error)) return refuse(res, 409, MedusaError.Types.CONFLICT, PARCEL_ROUTE_MESSAGES.busy)
      if (error.type === MedusaError.Types.INVALID_DATA || error.type === MedusaError.Types.NOT_ALLOWED || error.type === MedusaError.Types.NOT_FOUND) {
        // an option this cart's address is not offered (wrong province, a return option, no price) or none at all
        return refuse(res, 400, MedusaError.Types.INVALID_DATA, PARCEL_ROUTE_MESSAGES.optionNotOffered)
      }
      throw error
    }
  }
  const after = (await cartParcels(req.scope, cartId))!
  res.json({
    parcels: parcelsForStore(after.parcels),
    cart: { id: after.id, item_total: after.item_total, shipping_total: after.shipping_total, total: after.total },
  })
}
