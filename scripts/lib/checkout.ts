/**
 * A buyer's checkout through Medusa's store API, step by step — the calls the storefront makes.
 * Shared by the benchmarks (`npm run bench`) and the integration tests.
 */

export interface StoreApi {
  medusaUrl: string
  publishableKey: string
}

export interface Response<T = any> {
  status: number
  body: T
}

export async function storeCall<T = any>(api: StoreApi, path: string, init: RequestInit = {}): Promise<Response<T>> {
  const res = await fetch(`${api.medusaUrl}${path}`, {
    ...init,
    headers: { "x-publishable-api-key": api.publishableKey, "content-type": "application/json", ...(init.headers ?? {}) },
  })
  return { status: res.status, body: (await res.json().catch(() => null)) as T }
}

export const BUYER_ADDRESS = {
  first_name: "Lan",
  last_name: "Nguyễn Thị",
  address_1: "12 Trần Phú",
  city: "Phường Nha Trang",
  province: "56",
  country_code: "vn",
  phone: "0905123456",
}

export interface CartPlan {
  regionId: string
  items: { variant_id: string; quantity: number }[]
  address?: typeof BUYER_ADDRESS
  email?: string
  /** name of the shipping option; default: the first one offered */
  shippingOption?: string
  /** payment provider; default cash on delivery */
  providerId?: string
}

function expectStatus(step: string, res: Response, expected = 200) {
  if (res.status !== expected) throw new Error(`${step}: HTTP ${res.status} ${JSON.stringify(res.body).slice(0, 400)}`)
}

/**
 * Creates a cart ready to complete: items, e-mail, addresses, a shipping method and a payment
 * session. Returns the cart id and each step's duration in milliseconds.
 */
export async function prepareCart(api: StoreApi, plan: CartPlan): Promise<{ cartId: string; stepsMs: Record<string, number> }> {
  const stepsMs: Record<string, number> = {}
  const timed = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const t = performance.now()
    try {
      return await fn()
    } finally {
      stepsMs[name] = performance.now() - t
    }
  }
  const post = (path: string, body: unknown) => storeCall(api, path, { method: "POST", body: JSON.stringify(body) })
  const address = plan.address ?? BUYER_ADDRESS

  const created = await timed("create cart", () => post("/store/carts", { region_id: plan.regionId, items: plan.items }))
  expectStatus("create cart", created)
  const cartId: string = created.body.cart.id
  expectStatus(
    "address",
    await timed("address", () => post(`/store/carts/${cartId}`, { email: plan.email ?? "buyer@example.vn", shipping_address: address, billing_address: address }))
  )
  const options = await timed("shipping options", () => storeCall(api, `/store/shipping-options?cart_id=${cartId}`))
  expectStatus("shipping options", options)
  const list = options.body.shipping_options as { id: string; name: string }[]
  const option = plan.shippingOption ? list.find((o) => o.name === plan.shippingOption) : list[0]
  if (!option) throw new Error(`shipping option ${plan.shippingOption ?? "(any)"} not offered: ${list.map((o) => o.name).join(", ")}`)
  expectStatus("shipping method", await timed("shipping method", () => post(`/store/carts/${cartId}/shipping-methods`, { option_id: option.id })))
  const collection = await timed("payment collection", () => post("/store/payment-collections", { cart_id: cartId }))
  expectStatus("payment collection", collection)
  expectStatus(
    "payment session",
    await timed("payment session", () =>
      post(`/store/payment-collections/${collection.body.payment_collection.id}/payment-sessions`, { provider_id: plan.providerId ?? "pp_system_default" })
    )
  )
  return { cartId, stepsMs }
}

export function completeCart<T = any>(api: StoreApi, cartId: string): Promise<Response<T>> {
  return storeCall<T>(api, `/store/carts/${cartId}/complete`, { method: "POST" })
}
