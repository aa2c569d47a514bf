/**
 * Parcels of a cart or an order as Medusa holds them (see parcels.ts for the rule): which
 * cooperative ships which lines, and which shipping method pays for which parcel.
 */
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { cooperativesOfProducts, type ProductCooperative } from "./cooperatives-of-products"
import { PARCEL_FEES_MESSAGES, paymentAmountMessages, parcelKeyOf, parcelOfMethod, splitIntoParcels, type ParcelProblem } from "./parcels"

type Container = { resolve: (key: string) => any }

/** A Medusa amount (number, numeric string, BigNumber or its raw form) in whole đồng. */
export function amountOf(value: unknown): number {
  if (value === null || value === undefined) return NaN
  if (typeof value === "number") return value
  try {
    return MathBN.convert(value as never).toNumber()
  } catch {
    return Number(value)
  }
}

export type ItemLike = { id?: string | null; product_id?: string | null; quantity?: unknown; unit_price?: unknown; total?: unknown } | null | undefined
export type MethodLike = { id?: string | null; amount?: unknown; data?: unknown; shipping_option_id?: string | null } | null | undefined

export interface Parcel {
  cooperative: ProductCooperative | null
  item_total: number
  shipping_total: number
  total: number
}

export interface ParcelReading {
  parcels: Parcel[]
  problems: ParcelProblem[]
  /** the cooperative (or null: the Union) of each parcel key */
  cooperativeOf: Map<string, ProductCooperative | null>
}

/** A line's total: Medusa's computed total when asked for, else unit price × quantity. */
function lineTotal(item: NonNullable<ItemLike>): number {
  const total = amountOf(item.total)
  return Number.isFinite(total) ? total : amountOf(item.unit_price) * amountOf(item.quantity)
}

/**
 * The parcels of an order or cart from its items and shipping methods. `makers` can be passed when
 * the caller already looked them up (one query for many orders).
 */
export async function readParcels(
  container: Container,
  items: ItemLike[],
  methods: MethodLike[],
  makers?: Map<string, ProductCooperative>
): Promise<ParcelReading> {
  const lines = items.filter((i): i is NonNullable<ItemLike> => !!i).sort((a, b) => String(a.id ?? "").localeCompare(String(b.id ?? "")))
  const cooperatives = makers ?? (await cooperativesOfProducts(container, lines.map((i) => i.product_id)))
  const cooperativeOf = new Map<string, ProductCooperative | null>()
  const input = lines.map((item) => {
    const cooperative = (item.product_id && cooperatives.get(item.product_id)) || null
    const key = parcelKeyOf(cooperative)
    cooperativeOf.set(key, cooperative)
    return { key, total: lineTotal(item) }
  })
  const { parcels, problems } = splitIntoParcels(
    input,
    methods
      .filter((m): m is NonNullable<MethodLike> => !!m)
      .map((m) => ({ key: parcelOfMethod(m.data)?.parcel ?? null, amount: amountOf(m.amount), shipping_option_id: m.shipping_option_id ?? null }))
  )
  return {
    parcels: parcels.map((p) => ({ cooperative: cooperativeOf.get(p.key) ?? null, item_total: p.item_total, shipping_total: p.shipping_total, total: p.total })),
    problems,
    cooperativeOf,
  }
}

/** Parcels as the store API answers them (no cooperative ids needed by buyers, but harmless: they are public). */
export function parcelsForStore(parcels: Parcel[]) {
  return parcels.map((p) => ({
    cooperative: p.cooperative ? { id: p.cooperative.id, handle: p.cooperative.handle, name: p.cooperative.name } : null,
    item_total: p.item_total,
    shipping_total: p.shipping_total,
    total: p.total,
  }))
}

type CartForCompletion = {
  items?: ItemLike[] | null
  shipping_methods?: MethodLike[] | null
  total?: unknown
  payment_collection?: { amount?: unknown } | null
}

/**
 * Run when a cart is completed: every parcel must have exactly one delivery fee of the one chosen
 * option (the cart may have changed since the delivery was chosen — a line of another cooperative
 * added, the last line of one removed), and the payment must be for the cart's total. Throws a 400
 * with Vietnamese and English messages otherwise; nothing is ordered.
 */
export async function assertParcelsPaid(container: Container, cart: CartForCompletion): Promise<void> {
  const items = (cart.items ?? []).filter(Boolean)
  if (!items.length) return
  const { problems } = await readParcels(container, items, cart.shipping_methods ?? [])
  if (problems.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, PARCEL_FEES_MESSAGES.message, PARCEL_FEES_MESSAGES.code)
  const amount = amountOf(cart.payment_collection?.amount)
  const total = amountOf(cart.total)
  if (Number.isFinite(amount) && Number.isFinite(total) && amount !== total) {
    const m = paymentAmountMessages(amount, total)
    throw new MedusaError(MedusaError.Types.INVALID_DATA, m.message, m.code)
  }
}

/** The cart's parcels now, or null when there is no such cart. */
export async function cartParcels(container: Container, cartId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "completed_at",
      "item_total",
      "shipping_total",
      "total",
      "items.id",
      "items.product_id",
      "items.quantity",
      "items.unit_price",
      "items.total",
      "shipping_methods.id",
      "shipping_methods.amount",
      "shipping_methods.data",
      "shipping_methods.shipping_option_id",
    ],
    filters: { id: cartId },
  })
  const cart = data[0] as
    | { id: string; completed_at?: unknown; item_total?: unknown; shipping_total?: unknown; total?: unknown; items?: ItemLike[]; shipping_methods?: MethodLike[] }
    | undefined
  if (!cart) return null
  const reading = await readParcels(container, cart.items ?? [], cart.shipping_methods ?? [])
  const methods = (cart.shipping_methods ?? []).filter((m): m is NonNullable<MethodLike> => !!m)
  return {
    id: cart.id,
    completed: Boolean(cart.completed_at),
    item_total: amountOf(cart.item_total),
    shipping_total: amountOf(cart.shipping_total),
    total: amountOf(cart.total),
    option_ids: [...new Set(methods.map((m) => m.shipping_option_id ?? null))],
    ...reading,
  }
}
