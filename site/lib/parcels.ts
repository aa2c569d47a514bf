/**
 * Parcels on the storefront: each cooperative's lines (a LineGroup) are one parcel with its own
 * delivery fee. The fees are Medusa's — one shipping method per parcel, set through
 * `POST /store/carts/:id/parcels` — and are read with the backend's own rule
 * (commerce/src/lib/parcels.ts), so the checkout, the confirmation and the lookup agree with the
 * cooperatives' portal to the đồng.
 */
import { parcelOfMethod, splitIntoParcels } from "../../commerce/src/lib/parcels"
import type { LineGroup, ParcelProgress, ParcelSummary, VietQrTransfer } from "./types"

/** A group's parcel key on the storefront: its cooperative's handle ("" for goods of no cooperative). */
const keyOf = (group: Pick<LineGroup, "cooperative">) => group.cooperative?.handle ?? ""

export interface StoreParcel {
  cooperative: { handle: string; name: string } | null
  item_total: number
  shipping_total: number
  total: number
}

/** A parcel of an order as the backend tracks it (commerce/src/lib/order-tracking.ts, trackingForBuyer). */
export interface TrackedStoreParcel extends StoreParcel {
  status: ParcelProgress["status"]
  tracking_note: string | null
  shipped_at: string | null
  delivered_at: string | null
  cancelled_at: string | null
  cancel_reason: string | null
  cod_amount: number
  cod_collected: number | null
  payment_state: string | null
}

/** The transfer still to make, as the backend answers it. */
export interface StoreTransfer {
  payload: string
  bank_name: string
  account_number: string
  account_name: string
  amount: number
  reference: string
}

function progressOf(parcel: StoreParcel | TrackedStoreParcel): ParcelProgress | undefined {
  if (!("status" in parcel)) return undefined
  return {
    status: parcel.status,
    trackingNote: parcel.tracking_note,
    shippedAt: parcel.shipped_at,
    deliveredAt: parcel.delivered_at,
    cancelledAt: parcel.cancelled_at,
    cancelReason: parcel.cancel_reason,
    codAmount: parcel.cod_amount,
    codCollected: parcel.cod_collected,
    paymentState: parcel.payment_state,
  }
}

/** Groups with their parcel's fee and total — and, for an order, where it is — from the backend's parcels (matched by cooperative). */
export function withParcels(groups: LineGroup[], parcels: (StoreParcel | TrackedStoreParcel)[]): LineGroup[] {
  const byKey = new Map(parcels.map((p) => [p.cooperative?.handle ?? "", p]))
  return groups.map((group) => {
    const parcel = byKey.get(keyOf(group))
    if (!parcel) return group
    const progress = progressOf(parcel)
    return { ...group, shippingTotal: parcel.shipping_total, parcelTotal: group.subtotal + parcel.shipping_total, ...(progress ? { progress } : {}) }
  })
}

export function toTransfer(transfer: StoreTransfer | null | undefined): VietQrTransfer | null {
  if (!transfer) return null
  return {
    payload: transfer.payload,
    bankName: transfer.bank_name,
    accountNumber: transfer.account_number,
    accountName: transfer.account_name,
    amount: transfer.amount,
    reference: transfer.reference,
  }
}

export function parcelSummaries(parcels: StoreParcel[]): ParcelSummary[] {
  return parcels.map((p) => ({
    cooperative: p.cooperative ? { handle: p.cooperative.handle, name: p.cooperative.name } : null,
    itemTotal: p.item_total,
    shippingTotal: p.shipping_total,
    total: p.total,
  }))
}

/**
 * Groups of an order with their parcel's fee, from the order's shipping methods. Groups come in the
 * order of the lines sorted by id — the order the backend uses — so a fee no parcel names (orders
 * placed before parcels) lands on the same parcel here as in the portal.
 */
export function groupsWithOrderFees(groups: LineGroup[], methods: { amount?: number | null; data?: unknown; shipping_option_id?: string | null }[]): LineGroup[] {
  const { parcels } = splitIntoParcels(
    groups.map((g) => ({ key: keyOf(g), total: g.subtotal })),
    methods.map((m) => {
      const parcel = parcelOfMethod(m.data)
      return { key: parcel ? (parcel.cooperative_handle ?? "") : null, amount: Number(m.amount ?? 0), shipping_option_id: m.shipping_option_id ?? null }
    }),
  )
  const fees = new Map(parcels.map((p) => [p.key, p.shipping_total]))
  return groups.map((group) => {
    const fee = fees.get(keyOf(group)) ?? 0
    return { ...group, shippingTotal: fee, parcelTotal: group.subtotal + fee }
  })
}
