/**
 * The cooperative portal's API (/cooperative-portal/*) against the real Medusa: every route
 * needs a cooperative staff login, and a staff member of cooperative A can neither see nor
 * change anything of cooperative B — products, order parts, profile.
 */
import sharp from "sharp"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { BUYER_ADDRESS, completeCart, prepareCart } from "../../scripts/lib/checkout"
import { DEMO_COOPERATIVE_PASSWORD, DEMO_COOPERATIVE_STAFF } from "../../commerce/src/scripts/demo-catalog/staff"
import { admin, stack, vndRegionId } from "../support/api"

const [STAFF_A, STAFF_B] = DEMO_COOPERATIVE_STAFF

async function login(email: string, password = DEMO_COOPERATIVE_PASSWORD) {
  const res = await fetch(`${stack().medusaUrl}/auth/cooperative_staff/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  })
  return { status: res.status, body: (await res.json().catch(() => null)) as any }
}

async function portal(token: string | null, path: string, init: RequestInit & { json?: unknown } = {}) {
  const { json, ...rest } = init
  const headers: Record<string, string> = { ...((rest.headers as Record<string, string>) ?? {}) }
  if (token) headers.authorization = `Bearer ${token}`
  if (json !== undefined) headers["content-type"] = "application/json"
  const res = await fetch(`${stack().medusaUrl}/cooperative-portal${path}`, {
    ...rest,
    headers,
    body: json !== undefined ? JSON.stringify(json) : rest.body,
  })
  return { status: res.status, body: (await res.json().catch(() => null)) as any }
}

const newProduct = (title: string) => ({
  title,
  description: "Sản phẩm thử của bài kiểm tra cách ly.",
  status: "draft",
  variants: [{ title: "Hũ 500 g", price: 85_000, stock: 12 }],
})

const photo = () => sharp({ create: { width: 900, height: 600, channels: 3, background: "#c63" } }).jpeg().toBuffer()

let tokenA: string
let tokenB: string
let productA: any
let productB: any
let orderB: string
/** B's order part as the portal names it: the order's display number (#123), never Medusa's order id. */
let partB: string
const cooperativeIds = new Map<string, string>()

beforeAll(async () => {
  const [a, b] = await Promise.all([login(STAFF_A.email), login(STAFF_B.email)])
  expect(a.status).toBe(200)
  expect(b.status).toBe(200)
  tokenA = a.body.token
  tokenB = b.body.token
  const { body } = await admin(`/admin/cooperatives?limit=100`)
  for (const c of body.cooperatives) cooperativeIds.set(c.handle, c.id)

  const createdA = await portal(tokenA, "/products", { method: "POST", json: newProduct("Mắm ruốc thử A") })
  expect(createdA.status).toBe(201)
  productA = createdA.body.product
  const createdB = await portal(tokenB, "/products", { method: "POST", json: newProduct("Muối ớt thử B") })
  expect(createdB.status).toBe(201)
  productB = createdB.body.product

  // A buyer's order of one of B's published demo products: B's order part.
  const { body: published } = await admin(`/admin/products?limit=200&fields=id,status,variants.id,cooperative.handle`)
  const bProduct = published.products.find((p: any) => p.status === "published" && p.cooperative?.handle === STAFF_B.cooperative_handle)
  const api = { medusaUrl: stack().medusaUrl, publishableKey: stack().publishableKey }
  const { cartId } = await prepareCart(api, { regionId: await vndRegionId(), items: [{ variant_id: bProduct.variants[0].id, quantity: 1 }], address: BUYER_ADDRESS })
  const completed = await completeCart(api, cartId)
  expect(completed.body.type).toBe("order")
  orderB = completed.body.order.id
  partB = String(completed.body.order.display_id)
})

afterAll(async () => {
  // Leave nothing public behind: the catalog counts of other tests stay as seeded.
  for (const [token, p] of [[tokenA, productA], [tokenB, productB]] as const) {
    if (p) await portal(token, `/products/${p.id}`, { method: "POST", json: { status: "draft" } })
  }
})

describe("cooperative portal API: who may call it", () => {
  const routes = (ids: { product: string; order: string }): [string, string, RequestInit & { json?: unknown }][] => [
    ["GET", "/me", {}],
    ["GET", "/products", {}],
    ["POST", "/products", { json: newProduct("Không được tạo") }],
    ["GET", `/products/${ids.product}`, {}],
    ["POST", `/products/${ids.product}`, { json: { title: "Đổi tên" } }],
    ["POST", `/products/${ids.product}/photos`, { body: Buffer.from("x"), headers: { "content-type": "image/jpeg" } }],
    ["GET", "/orders", {}],
    ["GET", `/orders/${ids.order}`, {}],
    ["POST", `/orders/${ids.order}/status`, { json: { status: "packing" } }],
    ["GET", "/profile", {}],
    ["POST", "/profile", { json: { description: "x" } }],
    ["POST", "/profile/logo", { body: Buffer.from("x"), headers: { "content-type": "image/png" } }],
  ]

  it("answers 401 to every route without a login, and to a forged token", async () => {
    for (const [method, path, init] of routes({ product: productB.id, order: partB })) {
      expect((await portal(null, path, { ...init, method })).status, `${method} ${path}`).toBe(401)
      expect((await portal("not-a-token", path, { ...init, method })).status, `${method} ${path} (forged)`).toBe(401)
    }
  })

  it("answers 401 to a Union admin's token: the portal is for cooperative staff only", async () => {
    const res = await fetch(`${stack().medusaUrl}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "admin@cho-htx.demo", password: "demo-admin-2025" }),
    })
    const { token } = (await res.json()) as { token: string }
    expect((await portal(token, "/products")).status).toBe(401)
  })

  it("refuses a wrong password", async () => {
    expect((await login(STAFF_A.email, "wrong-password")).status).toBe(401)
  })

  it("opens no buyer route and no Admin route with a cooperative staff token", async () => {
    const { medusaUrl, publishableKey } = stack()
    const headers = { authorization: `Bearer ${tokenA}`, "x-publishable-api-key": publishableKey, "content-type": "application/json" }
    const calls: [string, string, string?][] = [
      ["GET", "/store/customers/me"],
      ["GET", "/store/orders"],
      ["GET", "/store/linkage-requests"],
      ["POST", "/store/linkage-requests", JSON.stringify({ product_handle: "x", quantity: 1 })],
      ["POST", "/store/customers/me/guest-orders/verification", JSON.stringify({ channel: "email" })],
      ["GET", "/admin/orders"],
      ["GET", "/admin/cooperatives"],
      ["GET", "/admin/plan-indicators"],
      ["GET", "/admin/linkage-requests"],
      ["GET", "/admin/bank-statements"],
    ]
    for (const [method, path, body] of calls) {
      const res = await fetch(medusaUrl + path, { method, headers, body })
      expect(res.status, `${method} ${path}`).toBe(401)
      await res.body?.cancel()
    }
  })
})

describe("cooperative portal API: A cannot reach B", () => {
  it("knows who is signed in and for which cooperative", async () => {
    const me = await portal(tokenA, "/me")
    expect(me.status).toBe(200)
    expect(me.body.cooperative.handle).toBe(STAFF_A.cooperative_handle)
    expect(me.body.staff.email).toBe(STAFF_A.email)
  })

  it("lists only the cooperative's own products", async () => {
    const { body } = await portal(tokenA, "/products")
    const ids = body.products.map((p: any) => p.id)
    expect(ids).toContain(productA.id)
    expect(ids).not.toContain(productB.id)
    const { body: bList } = await portal(tokenB, "/products")
    expect(bList.products.map((p: any) => p.id)).not.toContain(productA.id)
    // every product A sees is linked to A in Medusa
    const { body: all } = await admin(`/admin/products?limit=300&fields=id,cooperative.id`)
    const maker = new Map(all.products.map((p: any) => [p.id, p.cooperative?.id]))
    expect(ids.every((id: string) => maker.get(id) === cooperativeIds.get(STAFF_A.cooperative_handle))).toBe(true)
  })

  it("gives 404 for B's product: read, edit, photo", async () => {
    expect((await portal(tokenA, `/products/${productB.id}`)).status).toBe(404)
    const edit = await portal(tokenA, `/products/${productB.id}`, { method: "POST", json: { title: "Chiếm sản phẩm", status: "published" } })
    expect(edit.status).toBe(404)
    const upload = await portal(tokenA, `/products/${productB.id}/photos`, { method: "POST", body: await photo(), headers: { "content-type": "image/jpeg" } })
    expect(upload.status).toBe(404)
    const after = await portal(tokenB, `/products/${productB.id}`)
    expect(after.body.product.title).toBe("Muối ớt thử B")
    expect(after.body.product.status).toBe("draft")
    expect(after.body.product.images).toEqual([])
  })

  it("cannot create a product under B, nor move its own product to B", async () => {
    const before = (await portal(tokenB, "/products")).body.count
    const idB = cooperativeIds.get(STAFF_B.cooperative_handle)
    const create = await portal(tokenA, "/products", { method: "POST", json: { ...newProduct("Hàng giả danh B"), cooperative_id: idB } })
    expect(create.status).toBe(403)
    expect(create.body.message).toBe("Bạn chỉ quản lý sản phẩm của hợp tác xã mình.")
    const move = await portal(tokenA, `/products/${productA.id}`, { method: "POST", json: { cooperative_id: idB } })
    expect(move.status).toBe(403)
    expect((await portal(tokenB, "/products")).body.count).toBe(before)
    expect((await portal(tokenA, `/products/${productA.id}`)).status).toBe(200)
    const { body } = await admin(`/admin/products/${productA.id}?fields=id,cooperative.id`)
    expect(body.product.cooperative.id).toBe(cooperativeIds.get(STAFF_A.cooperative_handle))
  })

  it("gives 404 for B's order part: read and status change; B sees it with its COD amount", async () => {
    expect((await portal(tokenA, `/orders/${partB}`)).status).toBe(404)
    expect((await portal(tokenA, `/orders/${partB}/status`, { method: "POST", json: { status: "packing" } })).status).toBe(404)
    expect((await portal(tokenA, "/orders")).body.orders.map((o: any) => o.display_id)).not.toContain(Number(partB))
    const { status, body } = await portal(tokenB, `/orders/${partB}`)
    expect(status).toBe(200)
    expect(body.order.display_id).toBe(Number(partB))
    expect(body.order.status).toBe("new")
    expect(body.order.cash_on_delivery).toBe(true)
    const { body: placed } = await admin(`/admin/orders/${orderB}?fields=item_total,items.quantity,items.unit_price`)
    expect(body.order.items).toHaveLength(1)
    expect(body.order.items[0].quantity).toBe(1)
    expect(body.order.subtotal).toBeGreaterThan(0)
    expect(body.order.subtotal).toBe(Number(placed.order.item_total))
    // cash on delivery: B collects its goods and its parcel's delivery fee — here the order's only fee
    const { body: fees } = await admin(`/admin/orders/${orderB}?fields=shipping_total`)
    expect(body.order.shipping_fee).toBeGreaterThan(0)
    expect(body.order.shipping_fee).toBe(Number(fees.order.shipping_total))
    expect(body.order.cod_amount).toBe(body.order.subtotal + body.order.shipping_fee)
    expect(body.order.delivery.phone).toBe(BUYER_ADDRESS.phone)
  })

  it("never shows a cooperative Medusa's order id (with it, anyone could ask for the whole order), nor accepts it", async () => {
    const list = await portal(tokenB, "/orders")
    expect(list.body.orders.map((o: any) => o.display_id)).toContain(Number(partB))
    const one = await portal(tokenB, `/orders/${partB}`)
    for (const body of [list.body, one.body]) {
      expect(JSON.stringify(body)).not.toContain(orderB)
      expect(JSON.stringify(body)).not.toMatch(/order_[0-9A-Z]{20,}/)
    }
    expect((await portal(tokenB, `/orders/${orderB}`)).status).toBe(404)
    expect((await portal(tokenB, "/orders/not-a-number")).status).toBe(404)
  })

  it("shows and edits only its own profile; registry fields and another cooperative are refused", async () => {
    const a = await portal(tokenA, "/profile")
    expect(a.body.profile.registry.handle).toBe(STAFF_A.cooperative_handle)
    const steal = await portal(tokenA, "/profile", { method: "POST", json: { cooperative_id: cooperativeIds.get(STAFF_B.cooperative_handle), description: "x" } })
    expect(steal.status).toBe(403)
    const registry = await portal(tokenA, "/profile", { method: "POST", json: { workers_women: 999, registration_number: "X" } })
    expect(registry.status).toBe(403)
    expect(registry.body.message).toContain("do Hội LHPN tỉnh quản lý")
    const b = await portal(tokenB, "/profile")
    expect(b.body.profile.editable.description).not.toBe("x")
  })
})

describe("cooperative portal API: what the cooperative does", () => {
  it("edits price, stock, OCOP data and publishes; the product appears in the store", async () => {
    const variant = productA.variants[0]
    const res = await portal(tokenA, `/products/${productA.id}`, {
      method: "POST",
      json: {
        status: "published",
        variants: [{ id: variant.id, price: 92_000, stock: 30 }],
        provenance: { ocop: { stars: 4, certificate_number: "OCOP-KH-2025-999", issuing_level: "province", issued_on: "2025-08-01" } },
      },
    })
    expect(res.status).toBe(200)
    expect(res.body.product.status).toBe("published")
    expect(res.body.product.variants[0]).toMatchObject({ price: 92_000, stock: 30 })
    expect(res.body.product.provenance.ocop_stars).toBe(4)
    const store = await fetch(`${stack().medusaUrl}/store/products?handle=${productA.handle}`, { headers: { "x-publishable-api-key": stack().publishableKey } })
    expect(((await store.json()) as any).products).toHaveLength(1)
    await portal(tokenA, `/products/${productA.id}`, { method: "POST", json: { status: "draft" } })
  })

  it("refuses a fractional price and negative stock in Vietnamese", async () => {
    const res = await portal(tokenA, `/products/${productA.id}`, { method: "POST", json: { variants: [{ id: productA.variants[0].id, price: 1234.5, stock: -1 }] } })
    expect(res.status).toBe(400)
    expect(res.body.message).toBe("Loại 1: Giá tính bằng đồng, không có phần lẻ. Loại 1: Tồn kho không được âm.")
  })

  it("stores a photo as AVIF and WebP through the file module; refuses a non-image, an oversized file and an image bomb", async () => {
    const ok = await portal(tokenA, `/products/${productA.id}/photos`, { method: "POST", body: await photo(), headers: { "content-type": "image/jpeg" } })
    expect(ok.status).toBe(201)
    expect(ok.body.product.images).toHaveLength(1)
    expect(ok.body.product.thumbnail).toMatch(/\.webp$/)
    const sources = ok.body.product.photos[0].sources
    expect(sources.map((s: any) => `${s.format}@${s.width}`).sort()).toEqual(["avif@480", "avif@900", "webp@480", "webp@900"])
    const file = await fetch(sources.find((s: any) => s.format === "avif").url)
    expect(file.status).toBe(200)
    expect((await sharp(Buffer.from(await file.arrayBuffer())).metadata()).format).toBe("heif")

    const notImage = await portal(tokenA, `/products/${productA.id}/photos`, { method: "POST", body: Buffer.from("<html>not a photo</html>"), headers: { "content-type": "image/jpeg" } })
    expect(notImage.status).toBe(400)
    expect(notImage.body.message).toBe("Tệp này không phải ảnh (JPEG, PNG, WebP, HEIC hoặc AVIF).")
    const huge = await portal(tokenA, `/products/${productA.id}/photos`, { method: "POST", body: Buffer.alloc(16 * 1024 * 1024, 1), headers: { "content-type": "image/jpeg" } })
    expect(huge.status).toBe(400)
    expect(huge.body.message).toMatch(/^Ảnh quá lớn: tối đa 15 MB/)
    const bomb = await sharp({ create: { width: 10_000, height: 6_000, channels: 3, background: "#000" } }).png({ compressionLevel: 9 }).toBuffer()
    const bombed = await portal(tokenA, `/products/${productA.id}/photos`, { method: "POST", body: bomb, headers: { "content-type": "image/png" } })
    expect(bombed.status).toBe(400)
    expect(bombed.body.message).toBe("Ảnh có quá nhiều điểm ảnh (10000×6000): tối đa 50 megapixel.")
    expect((await portal(tokenA, `/products/${productA.id}`)).body.product.images).toHaveLength(1)
  })

  it("moves its order part new → packing → shipped (tracking note required) → delivered, never back", async () => {
    expect((await portal(tokenB, `/orders/${partB}/status`, { method: "POST", json: { status: "packing" } })).body.order.status).toBe("packing")
    const noNote = await portal(tokenB, `/orders/${partB}/status`, { method: "POST", json: { status: "shipped" } })
    expect(noNote.status).toBe(400)
    const shipped = await portal(tokenB, `/orders/${partB}/status`, { method: "POST", json: { status: "shipped", tracking_note: "Viettel Post VTP123" } })
    expect(shipped.body.order).toMatchObject({ status: "shipped", tracking_note: "Viettel Post VTP123" })
    expect((await portal(tokenB, `/orders/${partB}/status`, { method: "POST", json: { status: "packing" } })).status).toBe(400)
    expect((await portal(tokenB, `/orders/${partB}/status`, { method: "POST", json: { status: "delivered" } })).body.order.status).toBe("delivered")
  })
})

describe("cooperative accounts: invites and suspension", () => {
  const pendingHandle = "htx-toi-hanh-phuong-hai-demo"
  const email = `to-truong-${Date.now()}@example.vn`

  it("Union staff invite; the invitee sets a password; a suspended cooperative's staff cannot log in or use an open session", async () => {
    const cooperativeId = cooperativeIds.get(pendingHandle)!
    const invite = await admin(`/admin/cooperatives/${cooperativeId}/invites`, { method: "POST", body: JSON.stringify({ email, full_name: "Nguyễn Thị Tổ Trưởng" }) })
    expect(invite.status).toBe(201)
    const token = new URL(invite.body.url).pathname.split("/").pop()!
    expect(invite.body.url).toContain("/kenh-htx/loi-moi/")

    const info = await fetch(`${stack().medusaUrl}/cooperative-invites/${token}`)
    expect(((await info.json()) as any).invite).toMatchObject({ email, state: "open" })
    expect((await fetch(`${stack().medusaUrl}/cooperative-invites/not-the-token`)).status).toBe(404)

    const registered = await fetch(`${stack().medusaUrl}/auth/cooperative_staff/emailpass/register`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password: "mat-khau-moi-2025" }),
    })
    const registration = ((await registered.json()) as any).token
    const accepted = await fetch(`${stack().medusaUrl}/cooperative-invites/${token}/accept`, { method: "POST", headers: { authorization: `Bearer ${registration}` } })
    expect(accepted.status).toBe(201)
    // an invite works once
    expect((await fetch(`${stack().medusaUrl}/cooperative-invites/${token}/accept`, { method: "POST", headers: { authorization: `Bearer ${registration}` } })).status).toBe(400)

    const signedIn = await login(email, "mat-khau-moi-2025")
    expect(signedIn.status).toBe(200)
    expect((await portal(signedIn.body.token, "/me")).body.cooperative.handle).toBe(pendingHandle)

    try {
      expect((await admin(`/admin/cooperatives/${cooperativeId}/status`, { method: "POST", body: JSON.stringify({ status: "suspended" }) })).status).toBe(200)
      const refused = await login(email, "mat-khau-moi-2025")
      expect(refused.status).toBe(403)
      expect(refused.body.message).toMatch(/^Hợp tác xã của bạn đang bị tạm ngừng trên sàn/)
      // the wrong password still gets the plain 401: nothing is told about the account
      expect((await login(email, "wrong-password")).status).toBe(401)
      const open = await portal(signedIn.body.token, "/products")
      expect(open.status).toBe(403)
      expect(open.body.type).toBe("cooperative_suspended")
    } finally {
      await admin(`/admin/cooperatives/${cooperativeId}/status`, { method: "POST", body: JSON.stringify({ status: "pending" }) })
    }
    expect((await login(email, "mat-khau-moi-2025")).status).toBe(200)
  })
})
