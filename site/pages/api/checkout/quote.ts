/** POST /api/checkout/quote — delivery options for the buyer's province and Medusa's totals and parcels (fee per cooperative) with the chosen one. */
import type { APIRoute } from "astro"
import { cartIdFrom } from "../../../lib/cart"
import { quote } from "../../../lib/checkout"
import { t } from "../../../lib/i18n"
import { readBody, requestLocale } from "../cart/_respond"

export const prerender = false

export const POST: APIRoute = async (context) => {
  const form = await readBody(context)
  const locale = requestLocale(context, form)
  const cartId = cartIdFrom(context.cookies)
  try {
    const result = cartId ? await quote(cartId, String(form.get("provinceCode") ?? ""), String(form.get("shippingOptionId") ?? "") || null) : null
    if (!result) return Response.json({ ok: false, message: t(locale).cart.errors.cartGone }, { status: 404 })
    const { cart, options, parcels } = result
    return Response.json({
      ok: true,
      options,
      shippingOptionId: cart.shippingOptionId,
      totals: { itemTotal: cart.itemTotal, shippingTotal: cart.shippingTotal, total: cart.total },
      parcels,
    })
  } catch (err) {
    console.error("[checkout] quote failed:", (err as Error).message)
    return Response.json({ ok: false, message: t(locale).checkout.errors.failed }, { status: 502 })
  }
}
