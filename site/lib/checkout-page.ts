/**
 * What the checkout page needs, for both languages' routes. A GET shows the form; a POST is the same
 * form sent without JavaScript: it places the order (→ redirect to the confirmation) or comes back
 * with the buyer's values and per-field errors.
 */
import type { AstroCookies } from "astro"
import { KHANH_HOA_PROVINCE_CODE, provinceName, provinces, wardsOf, type Place } from "./address"
import { accountToken, getCustomer } from "./account"
import { cartIdFrom, retrieveMedusaCart } from "./cart"
import { paymentMethods, placeOrder, quoteCart, rememberOrder, stripePublishableKey } from "./checkout"
import type { CheckoutField } from "./checkout-input"
import { paths, t, type Locale } from "./i18n"
import type { Cart, DeliveryOption, ParcelSummary, PaymentMethod } from "./types"

export interface CheckoutValues {
  fullName: string
  phone: string
  email: string
  provinceCode: string
  wardCode: string
  street: string
  note: string
  shippingOptionId: string
  paymentMethod: PaymentMethod
}

export interface CheckoutPage {
  cart: Cart
  provinces: Place[]
  wards: Place[]
  options: DeliveryOption[]
  /** each cooperative's parcel with its delivery fee, for the chosen delivery */
  parcels: ParcelSummary[]
  payments: PaymentMethod[]
  values: CheckoutValues
  errors: Partial<Record<CheckoutField, string>>
  message: string | null
  stripeKey: string | null
}

interface Context {
  request: Request
  cookies: AstroCookies
  url: URL
}

export async function loadCheckoutPage({ request, cookies, url }: Context, locale: Locale): Promise<{ redirect: string } | { page: CheckoutPage }> {
  const cartId = cartIdFrom(cookies)
  let posted: Record<string, string> = {}
  let errors: CheckoutPage["errors"] = {}
  let message: string | null = null
  if (request.method === "POST" && cartId) {
    const form = await request.formData().catch(() => new FormData())
    posted = Object.fromEntries([...form.entries()].map(([k, v]) => [k, typeof v === "string" ? v : ""]))
    const result = await placeOrder(cartId, posted, locale, accountToken(cookies))
    if (result.ok && "orderId" in result) {
      rememberOrder(cookies, result.orderId, url.protocol === "https:")
      return { redirect: paths.order(locale, result.orderId) }
    }
    if (!result.ok) {
      errors = result.errors ?? {}
      message = result.message
    } else {
      // Card payment needs the island (Stripe's Payment Element); without JavaScript it cannot go on.
      message = t(locale).checkout.errors.cardUnavailable
    }
  }

  // One read of the cart; the quote below updates it (province, delivery option) and returns it.
  const raw = cartId ? await retrieveMedusaCart(cartId) : null
  if (!raw || raw.completed_at || !raw.items?.length) return { redirect: paths.cart(locale) }
  // A signed-in buyer's first visit: her name, phone, e-mail and first saved address are filled in.
  if (request.method !== "POST") posted = await signedInBuyerDefaults(cookies, locale)
  const provinceCode = [posted.provinceCode, raw.shipping_address?.province].find((code) => code && provinceName(code)) ?? KHANH_HOA_PROVINCE_CODE
  const quoted = await quoteCart(raw, provinceCode!, posted.shippingOptionId || raw.shipping_methods?.[0]?.shipping_option_id || null)
  const payments = await paymentMethods()
  return {
    page: {
      cart: quoted.cart,
      provinces: provinces(),
      wards: wardsOf(provinceCode),
      options: quoted.options,
      parcels: quoted.parcels,
      payments,
      values: {
        fullName: posted.fullName ?? "",
        phone: posted.phone ?? "",
        email: posted.email ?? "",
        provinceCode,
        wardCode: posted.wardCode ?? "",
        street: posted.street ?? "",
        note: posted.note ?? "",
        shippingOptionId: quoted.cart.shippingOptionId ?? quoted.options[0]?.id ?? "",
        paymentMethod: payments.includes(posted.paymentMethod as PaymentMethod) ? (posted.paymentMethod as PaymentMethod) : "cod",
      },
      errors,
      message,
      stripeKey: payments.includes("stripe") ? stripePublishableKey() : null,
    },
  }
}

async function signedInBuyerDefaults(cookies: AstroCookies, locale: Locale): Promise<Record<string, string>> {
  const token = accountToken(cookies)
  if (!token) return {}
  const customer = await getCustomer(token, locale).catch(() => null)
  if (!customer) return {}
  const address = customer.addresses[0]
  const defaults: Record<string, string> = {
    fullName: [customer.first_name, customer.last_name].filter(Boolean).join(" "),
    phone: customer.phone ?? address?.phone ?? "",
    email: customer.email ?? "",
  }
  if (address?.province && address.metadata?.ward_code) {
    defaults.provinceCode = address.province
    defaults.wardCode = address.metadata.ward_code
    defaults.street = address.address_1 ?? ""
  }
  return defaults
}
