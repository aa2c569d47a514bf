/** POST /api/cart/items — add a variant to the buyer's cart (creating the cart on first add). */
import type { APIRoute } from "astro"
import { addToCart, cartIdFrom, CartError, parseQuantity } from "../../../lib/cart"
import { getProduct } from "../../../lib/catalog"
import { cartDone, cartFailed, messages, readBody, requestLocale } from "./_respond"

export const prerender = false

export const POST: APIRoute = async (context) => {
  const form = await readBody(context)
  const locale = requestLocale(context, form)
  const variantId = String(form.get("variant_id") ?? "")
  const handle = String(form.get("handle") ?? "")
  try {
    const quantity = parseQuantity(form.get("quantity") ?? "1", locale)
    const cart = await addToCart(cartIdFrom(context.cookies), variantId, quantity, locale)
    return cartDone(context, cart, locale, messages(locale).added)
  } catch (err) {
    // Say how many are left when we can: the product page sends its handle along.
    let stockMessage: string | undefined
    if (err instanceof CartError && err.problem === "out_of_stock" && handle) {
      const variant = (await getProduct(handle).catch(() => null))?.variants.find((v) => v.id === variantId)
      if (variant) stockMessage = messages(locale).errors.outOfStockLeft(variant.inStock ? (variant.quantity ?? 0) : 0)
    }
    return cartFailed(context, err, locale, stockMessage)
  }
}
