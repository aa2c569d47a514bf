/** POST /api/checkout/complete — after Stripe confirmed the card in the browser, complete the cart. */
import type { APIRoute } from "astro"
import { cartIdFrom } from "../../../lib/cart"
import { completeAfterCard, rememberOrder } from "../../../lib/checkout"
import { paths, t } from "../../../lib/i18n"
import { readBody, requestLocale } from "../cart/_respond"

export const prerender = false

export const POST: APIRoute = async (context) => {
  const locale = requestLocale(context, await readBody(context))
  const cartId = cartIdFrom(context.cookies)
  if (!cartId) return Response.json({ ok: false, message: t(locale).cart.errors.cartGone }, { status: 404 })
  const result = await completeAfterCard(cartId, locale)
  if (!result.ok) return Response.json(result, { status: result.status })
  if (!("orderId" in result)) return Response.json({ ok: false, message: t(locale).checkout.errors.failed }, { status: 502 })
  rememberOrder(context.cookies, result.orderId, context.url.protocol === "https:")
  return Response.json({ ok: true, redirect: paths.order(locale, result.orderId) })
}
