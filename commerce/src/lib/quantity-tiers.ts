/**
 * Wholesale quantity tiers: extra VND prices of a variant with `min_quantity` (and optionally
 * `max_quantity`) in its Medusa price set. Medusa's pricing module picks, for a cart line, the
 * cheapest price whose quantity range holds the line's quantity — so tiers are applied by Medusa in
 * the cart, and a product page or listing (no quantity) gets the base price. Pure: the portal, the
 * search index, the seed and the storefront read prices the same way.
 */

export type PriceRow = { amount?: unknown; currency_code?: string | null; min_quantity?: unknown; max_quantity?: unknown; rules_count?: unknown; price_list_id?: string | null } | null | undefined

/** A plain VND price of the variant's own price set: no rules (region, customer group), not from a price list. */
const plainVnd = (p: NonNullable<PriceRow>) => p.currency_code === "vnd" && !Number(p.rules_count ?? 0) && !p.price_list_id

export interface QuantityTier {
  min_quantity: number
  max_quantity: number | null
  amount: number
}

const num = (v: unknown): number | null => (v === null || v === undefined || v === "" ? null : Number(v))

/** The shelf price: VND, no rules, no quantity range beyond one item. */
export function isBasePrice(p: PriceRow): boolean {
  if (!p || !plainVnd(p)) return false
  const min = num(p.min_quantity)
  return min === null || min <= 1
}

/** The variant's VND quantity tiers (min_quantity ≥ 2), smallest quantity first. */
export function quantityTiers(prices: PriceRow[] | null | undefined): QuantityTier[] {
  return (prices ?? [])
    .filter((p): p is NonNullable<PriceRow> => !!p && plainVnd(p) && (num(p.min_quantity) ?? 0) > 1)
    .map((p) => ({ min_quantity: num(p.min_quantity)!, max_quantity: num(p.max_quantity), amount: Number(p.amount) }))
    .sort((a, b) => a.min_quantity - b.min_quantity)
}

/** The base VND price of a variant, or null. */
export function basePrice(prices: PriceRow[] | null | undefined): number | null {
  const p = (prices ?? []).find(isBasePrice)
  return p ? Number(p.amount) : null
}

/** What one unit costs at a quantity: the cheapest of the base price and the tiers whose range holds it (Medusa's rule). */
export function unitPriceAt(prices: PriceRow[] | null | undefined, quantity: number): number | null {
  const base = basePrice(prices)
  const tiers = quantityTiers(prices).filter((t) => t.min_quantity <= quantity && (t.max_quantity === null || quantity <= t.max_quantity))
  const candidates = [...(base === null ? [] : [base]), ...tiers.map((t) => t.amount)]
  return candidates.length ? Math.min(...candidates) : null
}
