/**
 * What the buyer typed at checkout, checked before anything is written to Medusa. Pure: the
 * place-order endpoint and the unit tests use it; errors are per field, in the buyer's language.
 */
import { provinceName, wardIn } from "./address"
import { t, type Locale } from "./i18n"
import { nfc } from "./text"
import type { PaymentMethod } from "./types"

export const PAYMENT_METHODS: PaymentMethod[] = ["cod", "vietqr", "stripe"]

export interface CheckoutInput {
  fullName: string
  /** national format, 0xxxxxxxxx */
  phone: string
  email: string | null
  provinceCode: string
  wardCode: string
  wardName: string
  provinceName: string
  street: string
  note: string | null
  shippingOptionId: string
  paymentMethod: PaymentMethod
}

export type CheckoutField = "fullName" | "phone" | "email" | "province" | "ward" | "street" | "note" | "delivery" | "payment"

export type CheckoutParse = { ok: true; value: CheckoutInput } | { ok: false; errors: Partial<Record<CheckoutField, string>> }

/** Vietnamese mobile numbers (03x, 05x, 07x, 08x, 09x), written with spaces, dots, dashes or +84. */
export function normalizeMobile(raw: string): string | null {
  const compact = raw.replace(/[\s.\-()]/g, "")
  const national = compact.startsWith("+84") ? "0" + compact.slice(3) : /^84\d{9}$/.test(compact) ? "0" + compact.slice(2) : compact
  return /^0[35789]\d{8}$/.test(national) ? national : null
}

const EMAIL = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]{2,}$/

/** Control characters never belong in a name or an address; they are dropped, the rest kept as typed (NFC). */
function clean(value: unknown, max = 2000): string {
  const text = typeof value === "string" ? value : ""
  return nfc(text.slice(0, max)).replace(/[\u0000-\u001f\u007f]/g, " ").replace(/\s+/g, " ").trim()
}

export function parseCheckout(
  raw: Record<string, unknown>,
  locale: Locale,
  options: { pickup: (shippingOptionId: string) => boolean | null; payments: PaymentMethod[] },
): CheckoutParse {
  const m = t(locale).checkout.errors
  const errors: Partial<Record<CheckoutField, string>> = {}

  const fullName = clean(raw.fullName)
  if (fullName.length < 2 || fullName.length > 100) errors.fullName = m.fullName
  const phone = normalizeMobile(clean(raw.phone, 40))
  if (!phone) errors.phone = m.phone
  const emailText = clean(raw.email, 300).toLowerCase()
  if (emailText && (emailText.length > 254 || !EMAIL.test(emailText))) errors.email = m.email

  const shippingOptionId = clean(raw.shippingOptionId, 100)
  const pickup = shippingOptionId ? options.pickup(shippingOptionId) : null
  if (pickup === null) errors.delivery = m.delivery

  const provinceCode = clean(raw.provinceCode, 10)
  const province = provinceName(provinceCode)
  if (!province) errors.province = m.province
  const wardCode = clean(raw.wardCode, 10)
  const ward = province ? wardIn(provinceCode, wardCode) : null
  const street = clean(raw.street, 400)
  // Collecting at the display point needs no delivery address.
  if (!pickup) {
    if (province && !ward) errors.ward = m.ward
    if (street.length < 3 || street.length > 200) errors.street = m.street
  } else if (street.length > 200) errors.street = m.street

  const note = clean(raw.note, 1000)
  if (note.length > 500) errors.note = m.note

  const paymentMethod = clean(raw.paymentMethod, 20) as PaymentMethod
  if (!options.payments.includes(paymentMethod)) errors.payment = m.payment

  if (Object.keys(errors).length) return { ok: false, errors }
  return {
    ok: true,
    value: {
      fullName,
      phone: phone!,
      email: emailText || null,
      provinceCode,
      provinceName: province!,
      wardCode: ward?.code ?? "",
      wardName: ward?.name ?? "",
      street,
      note: note || null,
      shippingOptionId,
      paymentMethod,
    },
  }
}
