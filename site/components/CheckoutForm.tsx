/**
 * The one-page checkout form (React island). Rendered on the server first, so without JavaScript
 * it is a plain form that posts to the checkout page. With JavaScript: wards load for the chosen
 * province, delivery options and totals are re-quoted by Medusa as the address changes, errors
 * show per field, and the order button cannot place twice. Card payment (Stripe) loads Stripe.js
 * only when the buyer picks it.
 */
import { useEffect, useRef, useState, type FormEvent } from "react"
import { formatVnd } from "../lib/format"
import type { Messages } from "../lib/i18n"
import type { CheckoutField } from "../lib/checkout-input"
import type { CheckoutValues } from "../lib/checkout-page"
import type { DeliveryOption, ParcelSummary, PaymentMethod } from "../lib/types"

type Place = { code: string; name: string }

interface Totals {
  itemTotal: number
  shippingTotal: number
  total: number
}

interface Props {
  locale: "vi" | "en"
  action: string
  m: Messages["checkout"]
  labels: { itemTotal: string; shipping: string; total: string; parcelsNote: string }
  provinces: Place[]
  wards: Place[]
  options: DeliveryOption[]
  /** each cooperative's parcel with its own delivery fee (Medusa's shipping method per parcel) */
  parcels: ParcelSummary[]
  payments: PaymentMethod[]
  totals: Totals
  values: CheckoutValues
  errors: Partial<Record<CheckoutField, string>>
  message: string | null
  stripeKey: string | null
}

const FIELD_IDS: Record<CheckoutField, string> = {
  fullName: "co-name",
  phone: "co-phone",
  email: "co-email",
  province: "co-province",
  ward: "co-ward",
  street: "co-street",
  note: "co-note",
  delivery: "co-delivery",
  payment: "co-payment",
}

async function postJson<T>(url: string, body: unknown): Promise<{ status: number; data: T }> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", accept: "application/json" }, body: JSON.stringify(body) })
  return { status: res.status, data: (await res.json()) as T }
}

export default function CheckoutForm(props: Props) {
  const { m, locale } = props
  const [values, setValues] = useState(props.values)
  const [wards, setWards] = useState(props.wards)
  const [options, setOptions] = useState(props.options)
  const [totals, setTotals] = useState(props.totals)
  const [parcels, setParcels] = useState(props.parcels)
  const [errors, setErrors] = useState(props.errors)
  const [message, setMessage] = useState(props.message)
  const [busy, setBusy] = useState<"quote" | "place" | null>(null)
  const [card, setCard] = useState<{ clientSecret: string } | null>(null)
  const summaryRef = useRef<HTMLDivElement>(null)
  const cardRef = useRef<HTMLDivElement>(null)
  const stripeRef = useRef<{ confirm: () => Promise<string | null> } | null>(null)
  const quoteSeq = useRef(0)
  // State updates are asynchronous: a ref stops a fast second tap before the button re-renders disabled.
  const placing = useRef(false)

  const set = (field: keyof CheckoutValues) => (value: string) => setValues((v) => ({ ...v, [field]: value }))
  const pickup = options.find((o) => o.id === values.shippingOptionId)?.kind === "pickup"

  async function requote(provinceCode: string, shippingOptionId: string) {
    const seq = ++quoteSeq.current
    setBusy("quote")
    try {
      const { data } = await postJson<{
        ok: boolean
        options?: DeliveryOption[]
        totals?: Totals
        parcels?: ParcelSummary[]
        shippingOptionId?: string | null
        message?: string
      }>(
        "/api/checkout/quote",
        { provinceCode, shippingOptionId, locale },
      )
      if (seq !== quoteSeq.current) return // a newer choice is on its way
      if (!data.ok || !data.options || !data.totals) return setMessage(data.message ?? m.errors.failed)
      setOptions(data.options)
      setTotals(data.totals)
      setParcels(data.parcels ?? [])
      setValues((v) => ({ ...v, shippingOptionId: data.shippingOptionId ?? "" }))
    } catch {
      if (seq === quoteSeq.current) setMessage(m.errors.failed)
    } finally {
      if (seq === quoteSeq.current) setBusy(null)
    }
  }

  async function changeProvince(code: string) {
    setValues((v) => ({ ...v, provinceCode: code, wardCode: "" }))
    setWards([])
    const [list] = await Promise.all([
      fetch(`/api/wards?province=${encodeURIComponent(code)}`).then((r) => (r.ok ? (r.json() as Promise<Place[]>) : [])),
      requote(code, values.shippingOptionId),
    ])
    setWards(list)
  }

  // On a slow phone the buyer may type into the server-rendered form before React takes over; keep what is
  // there, or the next re-render would wipe it.
  const formRef = useRef<HTMLFormElement>(null)
  useEffect(() => {
    if (!formRef.current) return
    const typed = new FormData(formRef.current)
    setValues((v) => {
      const next = { ...v }
      for (const key of Object.keys(v) as (keyof CheckoutValues)[]) {
        const value = typed.get(key)
        if (typeof value === "string" && value !== "") (next as Record<string, string>)[key] = value
      }
      return next
    })
  }, [])

  useEffect(() => {
    if (message || Object.keys(errors).length) summaryRef.current?.focus()
  }, [message, errors])

  useEffect(() => {
    if (!card || !props.stripeKey || !cardRef.current) return
    let cancelled = false
    ;(async () => {
      const { loadStripe } = await import("@stripe/stripe-js")
      const stripe = await loadStripe(props.stripeKey!)
      if (!stripe || cancelled || !cardRef.current) return setMessage(m.errors.cardUnavailable)
      const elements = stripe.elements({ clientSecret: card.clientSecret, locale })
      elements.create("payment").mount(cardRef.current)
      stripeRef.current = {
        confirm: async () => {
          const { error } = await stripe.confirmPayment({ elements, redirect: "if_required", confirmParams: { return_url: location.href } })
          return error?.message ?? null
        },
      }
    })().catch(() => setMessage(m.errors.cardUnavailable))
    return () => {
      cancelled = true
    }
  }, [card])

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (placing.current) return
    placing.current = true
    setBusy("place")
    setMessage(null)
    try {
      if (card && stripeRef.current) {
        const problem = await stripeRef.current.confirm()
        if (problem) return setMessage(problem)
        const { data } = await postJson<{ ok: boolean; redirect?: string; message?: string }>("/api/checkout/complete", { locale })
        if (data.ok && data.redirect) return location.assign(data.redirect)
        return setMessage(data.message ?? m.errors.failed)
      }
      const { data } = await postJson<{
        ok: boolean
        redirect?: string
        card?: { clientSecret: string }
        message?: string
        errors?: Partial<Record<CheckoutField, string>>
      }>("/api/checkout/place", { ...values, locale })
      if (data.ok && data.redirect) {
        // Keep the button disabled while the confirmation page loads.
        location.assign(data.redirect)
        await new Promise(() => undefined)
      }
      if (data.ok && data.card) return setCard(data.card)
      setErrors(data.errors ?? {})
      setMessage(data.message ?? m.errors.failed)
    } catch {
      setMessage(m.errors.failed)
    } finally {
      placing.current = false
      setBusy((b) => (b === "place" ? null : b))
    }
  }

  const fieldProps = (field: CheckoutField) => ({
    id: FIELD_IDS[field],
    "aria-invalid": errors[field] ? true : undefined,
    "aria-describedby": errors[field] ? `${FIELD_IDS[field]}-error` : undefined,
  })
  const FieldError = ({ field }: { field: CheckoutField }) =>
    errors[field] ? (
      <p className="field__error" id={`${FIELD_IDS[field]}-error`}>
        {errors[field]}
      </p>
    ) : null
  const errorList = Object.entries(errors) as [CheckoutField, string][]

  return (
    <form ref={formRef} className="checkout" method="post" action={props.action} onSubmit={submit} noValidate data-checkout>
      <input type="hidden" name="locale" value={locale} />
      <div className="checkout__summary-errors" ref={summaryRef} tabIndex={-1} role={message ? "alert" : undefined}>
        {message && (
          <div className="notice notice--error">
            <p>{message}</p>
            {errorList.length > 0 && (
              <ul>
                {errorList.map(([field, text]) => (
                  <li key={field}>
                    <a href={`#${FIELD_IDS[field]}`}>{text}</a>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>

      <fieldset className="checkout__section">
        <legend>{m.contactTitle}</legend>
        <div className="field">
          <label htmlFor={FIELD_IDS.fullName}>{m.fullName}</label>
          <input {...fieldProps("fullName")} name="fullName" autoComplete="name" required maxLength={100} value={values.fullName} onChange={(e) => set("fullName")(e.target.value)} />
          <FieldError field="fullName" />
        </div>
        <div className="field">
          <label htmlFor={FIELD_IDS.phone}>{m.phone}</label>
          <input
            {...fieldProps("phone")}
            name="phone"
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            required
            maxLength={20}
            value={values.phone}
            onChange={(e) => set("phone")(e.target.value)}
            aria-describedby={[errors.phone ? `${FIELD_IDS.phone}-error` : "", "co-phone-hint"].filter(Boolean).join(" ")}
          />
          <p className="field__hint" id="co-phone-hint">{m.phoneHint}</p>
          <FieldError field="phone" />
        </div>
        <div className="field">
          <label htmlFor={FIELD_IDS.email}>{m.email}</label>
          <input {...fieldProps("email")} name="email" type="email" autoComplete="email" maxLength={254} value={values.email} onChange={(e) => set("email")(e.target.value)} />
          <FieldError field="email" />
        </div>
      </fieldset>

      <fieldset className="checkout__section">
        <legend>{m.addressTitle}</legend>
        <div className="field">
          <label htmlFor={FIELD_IDS.province}>{m.province}</label>
          <select {...fieldProps("province")} name="provinceCode" autoComplete="address-level1" value={values.provinceCode} onChange={(e) => changeProvince(e.target.value)}>
            {props.provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
          <FieldError field="province" />
        </div>
        <div className="field">
          <label htmlFor={FIELD_IDS.ward}>{m.ward}</label>
          <select {...fieldProps("ward")} name="wardCode" autoComplete="address-level2" value={values.wardCode} onChange={(e) => set("wardCode")(e.target.value)} required={!pickup}>
            <option value="">{m.wardPlaceholder}</option>
            {wards.map((w) => (
              <option key={w.code} value={w.code}>
                {w.name}
              </option>
            ))}
          </select>
          <FieldError field="ward" />
        </div>
        <div className="field">
          <label htmlFor={FIELD_IDS.street}>{m.street}</label>
          <input {...fieldProps("street")} name="street" autoComplete="street-address" maxLength={200} required={!pickup} value={values.street} onChange={(e) => set("street")(e.target.value)} />
          <FieldError field="street" />
        </div>
        <div className="field">
          <label htmlFor={FIELD_IDS.note}>{m.note}</label>
          <textarea {...fieldProps("note")} name="note" rows={2} maxLength={500} value={values.note} onChange={(e) => set("note")(e.target.value)} />
          <FieldError field="note" />
        </div>
      </fieldset>

      <fieldset className="checkout__section" id={FIELD_IDS.delivery} aria-describedby={errors.delivery ? `${FIELD_IDS.delivery}-error` : undefined}>
        <legend>{m.deliveryTitle}</legend>
        {options.map((option) => (
          <label key={option.id} className="choice">
            <input
              type="radio"
              name="shippingOptionId"
              value={option.id}
              checked={values.shippingOptionId === option.id}
              onChange={() => {
                set("shippingOptionId")(option.id)
                requote(values.provinceCode, option.id)
              }}
            />
            <span className="choice__text">
              <span className="choice__title">{m.delivery[option.kind]}</span>
              <span className="choice__hint">{option.pickupAddress ? `${m.deliveryHint.pickup}: ${option.pickupAddress}` : m.deliveryHint[option.kind]}</span>
            </span>
            <span className="choice__price">
              {option.amount ? formatVnd(option.amount) : m.free}
              {option.amount > 0 && parcels.length > 1 && <span className="choice__per"> {m.perParcel}</span>}
            </span>
          </label>
        ))}
        {props.labels.parcelsNote && <p className="field__hint" data-parcels-note>{props.labels.parcelsNote}</p>}
        <FieldError field="delivery" />
      </fieldset>

      <fieldset className="checkout__section" id={FIELD_IDS.payment}>
        <legend>{m.paymentTitle}</legend>
        {props.payments.map((method) => (
          <label key={method} className="choice">
            <input type="radio" name="paymentMethod" value={method} checked={values.paymentMethod === method} disabled={Boolean(card)} onChange={() => set("paymentMethod")(method)} />
            <span className="choice__text">
              <span className="choice__title">{m.payment[method]}</span>
              <span className="choice__hint">{m.paymentHint[method]}</span>
            </span>
          </label>
        ))}
        <FieldError field="payment" />
        {card && (
          <div className="checkout__card">
            <p className="choice__title">{m.cardTitle}</p>
            <div ref={cardRef} />
          </div>
        )}
      </fieldset>

      <dl className="cart-totals checkout__totals" aria-live="polite" aria-busy={busy === "quote"}>
        {parcels.length > 1 &&
          parcels.map((parcel) => (
            <div key={parcel.cooperative?.handle ?? ""} className="checkout__parcel" data-parcel={parcel.cooperative?.handle ?? ""}>
              <dt>
                {parcel.cooperative ? `${m.parcelFrom} ${parcel.cooperative.name}` : m.unionParcel}
                <span className="checkout__parcel-detail">
                  {m.parcelGoods} {formatVnd(parcel.itemTotal)} · {m.parcelFee}{" "}
                  <span data-parcel-fee>{parcel.shippingTotal ? formatVnd(parcel.shippingTotal) : m.free}</span>
                </span>
              </dt>
              <dd data-parcel-total>{formatVnd(parcel.total)}</dd>
            </div>
          ))}
        <div>
          <dt>{props.labels.itemTotal}</dt>
          <dd>{formatVnd(totals.itemTotal)}</dd>
        </div>
        <div>
          <dt>{props.labels.shipping}</dt>
          <dd data-checkout-shipping>{totals.shippingTotal ? formatVnd(totals.shippingTotal) : m.free}</dd>
        </div>
        <div className="checkout__grand-total">
          <dt>{props.labels.total}</dt>
          <dd data-checkout-total>{formatVnd(totals.total)}</dd>
        </div>
      </dl>
      <p className="muted">{m.agree}</p>
      <button type="submit" className="checkout__place" disabled={busy !== null} aria-disabled={busy !== null}>
        {busy === "place" ? m.placing : busy === "quote" ? m.updating : card ? m.payByCard : m.place}
      </button>
    </form>
  )
}
