/** POST /api/checkout/place — validate, write the checkout to the cart and complete it through Medusa. */
import type { APIRoute } from "astro"
import { accountToken } from "../../../lib/account"
import { cartIdFrom } from "../../../lib/cart"
import { placeOrder, rememberOrder } from "../../../lib/checkout"
import { paths, t } from "../../../lib/i18n"
import { readBody, requestLocale } from "../cart/_respond"

export const prerender = false

export const POST: APIRoute = async (context) => {
  const form = await readBody(context)
  const locale = requestLocale(context, form)
  const cartId = cartIdFrom(context.cookies)
  if (!cartId) return Response.json({ ok: false, message: t(locale).cart.errors.cartGone }, { status: 404 })
  const result = await placeOrder(cartId, Object.fromEntries(form), locale, accountToken(context.cookies))
  if (!result.ok) return Response.json(result, { status: result.status })
  if ("card" in result) return Response.json(result)
  rememberOrder(context.cookies, result.orderId, context.url.protocol === "https:")
  return Response.json({ ok: true, redirect: paths.order(locale, result.orderId) })
}
