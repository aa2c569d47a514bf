/**
 * Where each parcel of an order is, and what the buyer still has to pay — the rules every reader
 * shares (the buyer's lookup and confirmation, Medusa Admin's order widget, the notifications).
 *
 * A parcel moves new → packing → shipped (with the courier's tracking note) → delivered, moved by
 * its cooperative in the portal; it can be cancelled before it is shipped (by its cooperative, or
 * with the whole order by the buyer or the Union). Payment follows lib/payment-state.ts: the order
 * has one payment, so a parcel's payment state is its order's — except a cash-on-delivery parcel
 * whose cash was collected (paid) and a cancelled parcel (nothing to pay).
 *
 * Pure (no Medusa imports): unit-tested, and the storefront reads the same labels.
 */
import { PARCEL_STATUSES, type ParcelStatus, type PaymentMethod } from "./order-labels"

import type { PaymentState } from "./payment-state"
import { buildVietQrPayload } from "./vietqr"

export { PARCEL_STATUSES, PARCEL_STATUS_LABELS, PAYMENT_METHOD_LABELS, type ParcelStatus, type PaymentMethod } from "./order-labels"

export function paymentMethodOf(providerId: string | null | undefined): PaymentMethod | null {
  if (!providerId) return null
  if (providerId === "pp_system_default") return "cod"
  if (providerId === "pp_vietqr_vietqr") return "vietqr"
  if (providerId.startsWith("pp_stripe")) return "card"
  return "other"
}

/** A parcel's state as the cooperative module keeps it (no row yet: new). */
export interface PartRecord {
  status?: string | null
  tracking_note?: string | null
  shipped_at?: Date | string | null
  delivered_at?: Date | string | null
  cancelled_at?: Date | string | null
  cancel_reason?: string | null
  cod_collected_amount?: unknown
}

export function parcelStatusOf(part: PartRecord | null | undefined): ParcelStatus {
  const status = part?.status
  return (PARCEL_STATUSES as readonly string[]).includes(status ?? "") ? (status as ParcelStatus) : "new"
}

/**
 * A parcel's payment state: its order's, except a cash-on-delivery parcel whose cash was collected
 * at the door (paid) — and none for a cancelled parcel, on which nothing is owed.
 */
export function parcelPaymentState(orderState: PaymentState, status: ParcelStatus, codCollected: number | null): PaymentState | null {
  if (status === "cancelled") return null
  if (orderState === "cash_on_delivery" && codCollected !== null) return "paid"
  return orderState
}

/** What the VietQR payment session kept at checkout (see modules/vietqr-payment). */
export interface VietQrSessionData {
  payload?: unknown
  amount?: unknown
  reference?: unknown
  bank_bin?: unknown
  bank_name?: unknown
  account_number?: unknown
  account_name?: unknown
}

export interface TransferDetails {
  /** the EMVCo payload to draw as a QR code, for exactly `amount` */
  payload: string
  bank_name: string
  account_number: string
  account_name: string
  /** what is still to be transferred, in đồng */
  amount: number
  /** the transfer text ("CHOHTX G0Y1SQPX6G") the Union matches the bank statement by */
  reference: string
}

const text = (v: unknown) => (typeof v === "string" ? v : "")

/**
 * The transfer the buyer still has to make: the bank, account, holder and reference of her payment,
 * for the amount still due. The QR is the one made at checkout when that is still the amount; a new
 * one with the same reference when the amount changed (a parcel was cancelled before she paid).
 * Null when nothing is due or the session lacks what a QR needs.
 */
export function transferDetails(data: VietQrSessionData | null | undefined, amountDue: number): TransferDetails | null {
  if (!data || !Number.isInteger(amountDue) || amountDue <= 0) return null
  const reference = text(data.reference)
  const accountNumber = text(data.account_number)
  if (!reference || !accountNumber) return null
  const stored = text(data.payload)
  let payload = stored && Number(data.amount) === amountDue ? stored : ""
  if (!payload) {
    const bankBin = text(data.bank_bin)
    try {
      payload = buildVietQrPayload({ bankBin, accountNumber, amount: amountDue, reference })
    } catch {
      return null
    }
  }
  return { payload, bank_name: text(data.bank_name), account_number: accountNumber, account_name: text(data.account_name), amount: amountDue, reference }
}

/**
 * A transfer reference however a bank statement or a person wrote it — "CHOHTX G0Y1SQPX6G",
 * "chohtx g0y1sqpx6g", "CHOHTXG0Y1SQPX6G", inside "MBVCB.123.CHOHTX G0Y1SQPX6G.CT tu …" — as the
 * provider writes it, or null when the text holds none. Banks drop the space or change the case;
 * they keep the letters.
 */
export const REFERENCE_PREFIX = "CHOHTX"
const REFERENCE_IN_TEXT = new RegExp(`${REFERENCE_PREFIX}[^0-9A-Za-z]{0,3}([0-9A-Za-z]{10})(?![0-9A-Za-z])`, "i")
const REFERENCE_GLUED = new RegExp(`${REFERENCE_PREFIX}([0-9A-Za-z]{10})`, "i")

export function findReference(raw: unknown): string | null {
  if (typeof raw !== "string" || !raw) return null
  const text = raw.normalize("NFC").slice(0, 2000)
  const m = REFERENCE_IN_TEXT.exec(text) ?? REFERENCE_GLUED.exec(text.replace(/[^0-9A-Za-z]/g, ""))
  return m ? `${REFERENCE_PREFIX} ${m[1].toUpperCase()}` : null
}
