/**
 * The storefront's `orders` cookie (which orders this browser placed) is signed with a key derived
 * from STOREFRONT_SECRET: an id written in by hand, or swapped into a genuine cookie, is not believed.
 */
import type { AstroCookies } from "astro"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

const A = "order_01AAAAAAAAAAAAAAAAAAAAAAAA"
const B = "order_01BBBBBBBBBBBBBBBBBBBBBBBB"

function jar(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial))
  const options = new Map<string, Record<string, unknown>>()
  const cookies = {
    get: (name: string) => (values.has(name) ? { value: values.get(name)! } : undefined),
    set: (name: string, value: string, opts: Record<string, unknown>) => {
      values.set(name, value)
      options.set(name, opts)
    },
    delete: (name: string) => void values.delete(name),
    has: (name: string) => values.has(name),
  }
  return { cookies: cookies as unknown as AstroCookies, values, options }
}

let checkout: typeof import("../../site/lib/checkout")
const before = process.env.STOREFRONT_SECRET
beforeAll(async () => {
  process.env.STOREFRONT_SECRET = "unit-test-storefront-secret-0123456789abcdef"
  checkout = await import("../../site/lib/checkout")
})
afterAll(() => {
  if (before === undefined) delete process.env.STOREFRONT_SECRET
  else process.env.STOREFRONT_SECRET = before
})

describe("the orders cookie", () => {
  it("remembers the orders this browser placed, newest first, signed and httpOnly", () => {
    const { cookies, values, options } = jar()
    checkout.rememberOrder(cookies, A, true)
    checkout.rememberOrder(cookies, B, true)
    expect(checkout.placedOrders(cookies)).toEqual([B, A])
    expect(values.get("orders")).toMatch(new RegExp(`^${B}\\.${A}\\.[A-Za-z0-9_-]{43}$`))
    expect(options.get("orders")).toMatchObject({ httpOnly: true, secure: true, sameSite: "lax", path: "/" })
  })

  it("believes nothing crafted, altered, stretched or signed with another secret", () => {
    const { cookies, values } = jar()
    checkout.rememberOrder(cookies, A, false)
    const genuine = values.get("orders")!
    const [, , signature] = genuine.split(".")
    for (const forged of [
      A, // the old, unsigned cookie
      `${A}.${B}`,
      genuine.replace(A, B),
      `${B}.${genuine}`,
      `${genuine}x`,
      `${B}.${signature}`,
      `${A}.`,
      ".",
      "",
    ]) {
      expect(checkout.placedOrders(jar({ orders: forged }).cookies), forged).toEqual([])
    }
    expect(checkout.placedOrders(jar({ orders: genuine }).cookies)).toEqual([A])
  })

  it("is no longer believed once STOREFRONT_SECRET changes (another shop, or a rotated secret)", async () => {
    const { cookies, values } = jar()
    checkout.rememberOrder(cookies, A, false)
    const { signCookieValue } = await import("../../site/lib/storefront-secret")
    expect(values.get("orders")).toBe(signCookieValue(A))
    const { mac, deriveKey } = await import("../../commerce/src/lib/storefront-proof")
    const otherShop = `${A}.${mac(deriveKey("another-storefront-secret-0123456789", "orders-cookie"), A)}`
    expect(checkout.placedOrders(jar({ orders: otherShop }).cookies)).toEqual([])
  })
})
