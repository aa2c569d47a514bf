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
 * Creates a cart ready to complete: items, e-mail, addresses, one shipping method per parcel and a
 * payment session. Returns the cart id and each step's duration in milliseconds.
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
  // One delivery fee per cooperative's parcel (commerce/src/lib/parcels.ts): Medusa's plain shipping-methods route
  // sets one fee for the whole cart, which checkout refuses as soon as two cooperatives are in it.
  expectStatus("shipping method", await timed("shipping method", () => post(`/store/carts/${cartId}/parcels`, { option_id: option.id })))
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

/** Calls the admin API with the demo admin's token (what staff do in Medusa Admin). */
export interface AdminApi {
  medusaUrl: string
  token: string
}

export async function adminLogin(medusaUrl: string, email = process.env.DEMO_ADMIN_EMAIL || "admin@cho-htx.demo", password = process.env.DEMO_ADMIN_PASSWORD || "demo-admin-2025"): Promise<AdminApi> {
  const res = await fetch(`${medusaUrl}/auth/user/emailpass`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password }) })
  if (!res.ok) throw new Error(`admin login failed: HTTP ${res.status}`)
  return { medusaUrl, token: ((await res.json()) as { token: string }).token }
}

export async function adminCall<T = any>(api: AdminApi, path: string, init: RequestInit = {}): Promise<Response<T>> {
  const res = await fetch(`${api.medusaUrl}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${api.token}`, "content-type": "application/json", ...(init.headers ?? {}) },
  })
  return { status: res.status, body: (await res.json().catch(() => null)) as T }
}

export interface StockedProduct {
  productId: string
  variantId: string
  inventoryItemId: string
  locationId: string
}

/**
 * A published one-variant product (one box type) of an active cooperative, sold online, shipped
 * from the Union's warehouse, priced in đồng, with `stock` units there — as staff create it.
 */
export async function createStockedProduct(
  api: AdminApi,
  p: { title: string; handle: string; variantTitle?: string; stock: number; price?: number }
): Promise<StockedProduct> {
  const call = async (path: string, init?: RequestInit) => {
    const res = await adminCall(api, path, init)
    expectStatus(`${init?.method ?? "GET"} ${path}`, res)
    return res.body
  }
  const cooperative = (await call(`/admin/cooperatives?limit=100`)).cooperatives.find((c: { status: string }) => c.status === "active")
  const channel = (await call(`/admin/sales-channels?name=${encodeURIComponent("Cửa hàng trực tuyến")}`)).sales_channels[0]
  const profile = (await call(`/admin/shipping-profiles?limit=50`)).shipping_profiles.find((s: { name: string }) => s.name === "Hàng thông thường")
  const location = (await call(`/admin/stock-locations?limit=20`)).stock_locations.find((l: { name: string }) => l.name.startsWith("Kho Hội LHPN"))
  if (!cooperative || !channel || !profile || !location) throw new Error("demo cooperative, sales channel, shipping profile or stock location missing: did the seed run?")
  const variantTitle = p.variantTitle ?? "Hộp 500 g"
  const { product } = await call(`/admin/products`, {
    method: "POST",
    body: JSON.stringify({
      title: p.title,
      handle: p.handle,
      status: "published",
      options: [{ title: "Loại", values: [variantTitle] }],
      variants: [
        {
          title: variantTitle,
          sku: `${p.handle}-1`,
          manage_inventory: true,
          allow_backorder: false,
          options: { Loại: variantTitle },
          prices: [{ currency_code: "vnd", amount: p.price ?? 120_000 }],
        },
      ],
      sales_channels: [{ id: channel.id }],
      shipping_profile_id: profile.id,
      additional_data: { cooperative_id: cooperative.id },
    }),
  })
  const variant = (await call(`/admin/products/${product.id}/variants?fields=id,inventory_items.inventory_item_id`)).variants[0]
  const inventoryItemId: string = variant.inventory_items[0].inventory_item_id
  await call(`/admin/inventory-items/${inventoryItemId}/location-levels`, {
    method: "POST",
    body: JSON.stringify({ location_id: location.id, stocked_quantity: p.stock }),
  })
  return { productId: product.id, variantId: variant.id, inventoryItemId, locationId: location.id }
}

/** Runs `fn` over `items`, at most `limit` at a time, keeping the order of results. */
export async function inPool<T, R>(items: T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++
        results[i] = await fn(items[i], i)
      }
    })
  )
  return results
}
