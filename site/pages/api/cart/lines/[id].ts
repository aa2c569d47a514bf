/** POST /api/cart/lines/:id — set a line's quantity (0 or `remove` takes it out). */
import type { APIRoute } from "astro"
import { cartIdFrom, CartError, parseQuantity, setLineQuantity } from "../../../../lib/cart"
import { cartDone, cartFailed, messages, readBody, requestLocale } from "../_respond"

export const prerender = false

export const POST: APIRoute = async (context) => {
  const form = await readBody(context)
  const locale = requestLocale(context, form)
  const cartId = cartIdFrom(context.cookies)
  try {
    if (!cartId) throw new CartError("cart_gone", messages(locale).errors.cartGone, 404)
    const quantity = form.has("remove") ? 0 : parseQuantity(form.get("quantity"), locale, { allowZero: true })
    const cart = await setLineQuantity(cartId, context.params.id ?? "", quantity, locale)
    return cartDone(context, cart, locale)
  } catch (err) {
    return cartFailed(context, err, locale)
  }
}
