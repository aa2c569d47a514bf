/**
 * Orders as buyers place them and cooperatives handle them, for the tests that follow an order: the
 * demo cooperatives with staff accounts, their portal API, and a checkout through the storefront.
 */
import { expect } from "vitest"
import { DEMO_PRODUCTS } from "../../commerce/src/scripts/demo-catalog/products"
import { DEMO_COOPERATIVE_PASSWORD, DEMO_COOPERATIVE_STAFF } from "../../commerce/src/scripts/demo-catalog/staff"
import { admin, stack, store } from "./api"
import { Shopper } from "./shopper"

export type DemoProduct = (typeof DEMO_PRODUCTS)[number]
export type DemoStaff = (typeof DEMO_COOPERATIVE_STAFF)[number]

/** The two demo cooperatives with portal accounts. */
export const [STAFF_A, STAFF_B] = DEMO_COOPERATIVE_STAFF

/** A published product of a cooperative, plenty in stock. */
export const productOf = (cooperative: string): DemoProduct =>
  DEMO_PRODUCTS.find((p) => p.cooperative_handle === cooperative && p.status === "published" && p.variants[0].stock >= 60)!

const tokens = new Map<string, string>()

/** Signs the staff member in to the portal API (once per test file). */
export async function signIn(staff: DemoStaff): Promise<void> {
  const res = await fetch(`${stack().medusaUrl}/auth/cooperative_staff/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: staff.email, password: DEMO_COOPERATIVE_PASSWORD }),
  })
  expect(res.status, staff.email).toBe(200)
  tokens.set(staff.email, ((await res.json()) as { token: string }).token)
}

/** A cooperative portal call as the signed-in staff member: GET, or POST with a JSON body. */
export async function portal(staff: DemoStaff, path: string, json?: unknown) {
  const res = await fetch(`${stack().medusaUrl}/cooperative-portal${path}`, {
    method: json === undefined ? "GET" : "POST",
    headers: { authorization: `Bearer ${tokens.get(staff.email)}`, ...(json === undefined ? {} : { "content-type": "application/json" }) },
    body: json === undefined ? undefined : JSON.stringify(json),
  })
  return { status: res.status, body: (await res.json()) as any }
}

/** A staff member signed in to the portal's pages (/kenh-htx), as a browser without JavaScript is. */
export async function portalBrowser(staff: DemoStaff): Promise<Shopper> {
  const browser = new Shopper()
  const login = await browser.request("/kenh-htx/dang-nhap", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email: staff.email, password: DEMO_COOPERATIVE_PASSWORD }).toString(),
  })
  expect(login.status).toBe(303)
  return browser
}

/** Product id and first variant id of each product, as the store API lists them. */
export async function catalogIds(products: DemoProduct[]): Promise<Map<string, { productId: string; variantId: string }>> {
  const ids = new Map<string, { productId: string; variantId: string }>()
  for (const p of products) {
    const { body } = await store(`/store/products?handle=${p.handle}&fields=id,variants.id,variants.sku`)
    const product = body.products[0]
    ids.set(p.handle, { productId: product.id, variantId: product.variants.find((v: { sku: string }) => v.sku === p.variants[0].sku).id })
  }
  return ids
}

export interface Buyer {
  fullName: string
  phone: string
  email?: string
  provinceCode: string
  wardCode: string
  street: string
  /** the delivery option's kind: "province" (Khánh Hòa) or "nationwide" */
  delivery: "province" | "nationwide"
}

/** A buyer's order through the storefront's checkout (cart, quote, place): its shopper (cookies), ids, number, total and payment. */
export async function storefrontOrder(lines: { variantId: string; quantity: number }[], buyer: Buyer, paymentMethod: "cod" | "vietqr") {
  const shopper = new Shopper()
  for (const line of lines) expect((await shopper.add(line.variantId, line.quantity)).status).toBe(200)
  const quote = await shopper.post("/api/checkout/quote", { provinceCode: buyer.provinceCode })
  const option = quote.body.options.find((o: { kind: string }) => o.kind === buyer.delivery)
  const { delivery: _delivery, ...fields } = buyer
  const placed = await shopper.post("/api/checkout/place", { ...fields, shippingOptionId: option.id, paymentMethod })
  expect(placed.status, JSON.stringify(placed.body)).toBe(200)
  const id = placed.body.redirect.split("/").pop() as string
  const { body } = await admin(`/admin/orders/${id}?fields=display_id,total,items.id,items.product_id,payment_collections.payments.id`)
  return {
    shopper,
    id,
    number: body.order.display_id as number,
    total: body.order.total as number,
    paymentId: body.order.payment_collections[0].payments[0].id as string,
    items: body.order.items as { id: string; product_id: string }[],
  }
}
