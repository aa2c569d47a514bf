import { describe, expect, it } from "vitest"
import { basePrice, isBasePrice, quantityTiers, unitPriceAt } from "../../commerce/src/lib/quantity-tiers"

const prices = [
  { amount: 21000, currency_code: "vnd", min_quantity: 50, max_quantity: null, rules_count: 0 },
  { amount: 25000, currency_code: "vnd", min_quantity: null, max_quantity: null, rules_count: 0 },
  { amount: 23000, currency_code: "vnd", min_quantity: "10", max_quantity: null, rules_count: 0 },
  // a region price and a price-list price are not tiers of the shelf price
  { amount: 1, currency_code: "vnd", min_quantity: 2, rules_count: 1 },
  { amount: 2, currency_code: "vnd", min_quantity: 5, rules_count: 0, price_list_id: "plist_1" },
  { amount: 3, currency_code: "usd", min_quantity: null, rules_count: 0 },
]

describe("wholesale quantity tiers", () => {
  it("separate the shelf price from the tiers, smallest quantity first, ignoring rules, price lists and other currencies", () => {
    expect(basePrice(prices)).toBe(25000)
    expect(quantityTiers(prices)).toEqual([
      { min_quantity: 10, max_quantity: null, amount: 23000 },
      { min_quantity: 50, max_quantity: null, amount: 21000 },
    ])
    expect(isBasePrice({ amount: 1, currency_code: "vnd", min_quantity: 1 })).toBe(true)
    expect(isBasePrice({ amount: 1, currency_code: "vnd", min_quantity: 2 })).toBe(false)
  })

  it("price a quantity the way Medusa does: the cheapest price whose range holds it", () => {
    expect([1, 9, 10, 49, 50, 999].map((q) => unitPriceAt(prices, q))).toEqual([25000, 25000, 23000, 23000, 21000, 21000])
    expect(unitPriceAt([{ amount: 23000, currency_code: "vnd", min_quantity: 10, max_quantity: 20 }, { amount: 25000, currency_code: "vnd" }], 21)).toBe(25000)
  })
})
