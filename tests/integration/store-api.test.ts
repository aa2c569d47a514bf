import { beforeAll, describe, expect, it } from "vitest"
import { DEMO_COOPERATIVES } from "../../commerce/src/scripts/demo-catalog/cooperatives"
import { DEMO_PRODUCTS } from "../../commerce/src/scripts/demo-catalog/products"
import { admin, stack, store, vndRegionId } from "../support/api"

const published = DEMO_PRODUCTS.filter((p) => p.status === "published")
const activeHandles = new Set(DEMO_COOPERATIVES.filter((c) => c.status === "active").map((c) => c.handle))
const publicProducts = published.filter((p) => activeHandles.has(p.cooperative_handle))

let regionId: string
beforeAll(async () => {
  regionId = await vndRegionId()
})

describe("catalog through the real store API", () => {
  it("prices every public product in whole đồng, as seeded", async () => {
    const { status, body } = await store(`/store/products?limit=200&region_id=${regionId}&fields=handle,variants.sku,*variants.calculated_price`)
    expect(status).toBe(200)
    expect(body.count).toBe(publicProducts.length)
    const seeded = new Map(DEMO_PRODUCTS.flatMap((p) => p.variants.map((v) => [v.sku, v.price] as const)))
    for (const product of body.products) {
      for (const v of product.variants) {
        expect(v.calculated_price.currency_code).toBe("vnd")
        expect(Number.isInteger(v.calculated_price.calculated_amount)).toBe(true)
        expect(v.calculated_price.calculated_amount).toBe(seeded.get(v.sku))
      }
    }
  })

  it("links each product to its maker cooperative, and each cooperative to its products", async () => {
    const sample = publicProducts[0]
    const { body } = await store(`/store/products?handle=${sample.handle}&fields=handle,cooperative.handle,cooperative.name`)
    expect(body.products[0].cooperative.handle).toBe(sample.cooperative_handle)

    const { status, body: coop } = await store(`/store/cooperatives/${sample.cooperative_handle}`)
    expect(status).toBe(200)
    const expected = publicProducts.filter((p) => p.cooperative_handle === sample.cooperative_handle).map((p) => p.handle).sort()
    expect(coop.cooperative.products.map((p: { handle: string }) => p.handle).sort()).toEqual(expected)
  })

  it("returns OCOP data with the expiry 36 months after issue", async () => {
    const withOcop = publicProducts.find((p) => p.ocop)!
    const { body } = await store(`/store/products?handle=${withOcop.handle}&fields=handle,*product_provenance`)
    const prov = body.products[0].product_provenance
    expect(prov.ocop_stars).toBe(withOcop.ocop!.stars)
    expect(prov.ocop_certificate_number).toBe(withOcop.ocop!.certificate_number)
    expect(prov.ocop_issuing_level).toBe(withOcop.ocop!.issuing_level)
    const issued = new Date(withOcop.ocop!.issued_on + "T00:00:00Z")
    const expiry = new Date(prov.ocop_expires_on)
    expect(expiry.getUTCFullYear() - issued.getUTCFullYear()).toBe(3)
    expect(expiry.getUTCMonth()).toBe(issued.getUTCMonth())
    expect(prov.origin_ward_name).toBe(withOcop.origin_ward_name)
  })

  it("does not expose cooperative contact details through the product route", async () => {
    const { body } = await store(`/store/products?limit=1&fields=id,cooperative.email,cooperative.phone,cooperative.handle`)
    expect(body.products[0].cooperative).toEqual({ handle: expect.any(String), id: expect.any(String) })
  })

  it("derives the women-in-management flags from the management roles and workforce", async () => {
    const { body } = await store(`/store/cooperatives?limit=100`)
    const byHandle = new Map(body.cooperatives.map((c: any) => [c.handle, c]))
    for (const seeded of DEMO_COOPERATIVES.filter((c) => c.status === "active")) {
      const api: any = byHandle.get(seeded.handle)
      const women = seeded.management_roles.filter((r) => r.holder_gender === "female")
      expect(api.women_in_management).toBe(women.length > 0)
      expect(api.woman_led).toBe(women.some((r) => r.role === "chair" || r.role === "director"))
      expect(api.women_majority_workforce).toBe(seeded.workers_women / seeded.workers_total > 0.5)
    }
    // the demo data covers every case: led by women, women in other seats only, no women, exactly 50 %
    const flags = [...byHandle.values()] as any[]
    expect(flags.some((c) => c.woman_led)).toBe(true)
    expect(flags.some((c) => c.women_in_management && !c.woman_led)).toBe(true)
    expect(flags.some((c) => !c.women_in_management)).toBe(true)
    expect(DEMO_COOPERATIVES.some((c) => c.status === "active" && c.workers_women * 2 === c.workers_total)).toBe(true)
  })
})

describe("what the public cannot see", () => {
  it("hides draft products", async () => {
    const draft = DEMO_PRODUCTS.find((p) => p.status === "draft")!
    const { body } = await store(`/store/products?handle=${draft.handle}`)
    expect(body.products).toEqual([])
  })

  it("hides pending and suspended cooperatives and every product they make", async () => {
    for (const seeded of DEMO_COOPERATIVES.filter((c) => c.status !== "active")) {
      const { status, body } = await store(`/store/cooperatives/${seeded.handle}`)
      expect(status).toBe(404)
      expect(body.message).toContain("Không tìm thấy hợp tác xã")
      for (const p of DEMO_PRODUCTS.filter((p) => p.cooperative_handle === seeded.handle)) {
        expect((await store(`/store/products?handle=${p.handle}`)).body.products).toEqual([])
      }
    }
    const { body } = await store(`/store/cooperatives?limit=100`)
    expect(body.cooperatives.map((c: any) => c.handle).sort()).toEqual([...activeHandles].sort())
    expect(body.cooperatives.every((c: any) => !("status" in c) && !("email" in c))).toBe(true)
  })

  it("hides a cooperative's products as soon as the Union suspends it, and shows them again when reactivated", async () => {
    const handle = [...activeHandles][0]
    const productHandle = publicProducts.find((p) => p.cooperative_handle === handle)!.handle
    const { body: list } = await admin(`/admin/cooperatives?limit=100`)
    const id = list.cooperatives.find((c: any) => c.handle === handle).id

    expect((await admin(`/admin/cooperatives/${id}/status`, { method: "POST", body: JSON.stringify({ status: "suspended" }) })).status).toBe(200)
    expect((await store(`/store/products?handle=${productHandle}`)).body.products).toEqual([])
    expect((await store(`/store/cooperatives/${handle}`)).status).toBe(404)

    expect((await admin(`/admin/cooperatives/${id}/status`, { method: "POST", body: JSON.stringify({ status: "active" }) })).status).toBe(200)
    expect((await store(`/store/products?handle=${productHandle}`)).body.products).toHaveLength(1)
    expect((await store(`/store/cooperatives/${handle}`)).status).toBe(200)
  })
})

describe("bad input to the store and admin API", () => {
  it("answers malformed list parameters with 400 and a message, not a 500", async () => {
    const { status, body } = await store(`/store/cooperatives?limit=abc`)
    expect(status).toBe(400)
    expect(typeof body.message).toBe("string")
    expect((await store(`/store/cooperatives?kind=not-a-kind`)).status).toBe(400)
  })

  it("refuses an unknown cooperative status in Vietnamese and changes nothing", async () => {
    const { body: list } = await admin(`/admin/cooperatives?limit=1&status=active`)
    const coop = list.cooperatives[0]
    const { status, body } = await admin(`/admin/cooperatives/${coop.id}/status`, { method: "POST", body: JSON.stringify({ status: "closed" }) })
    expect(status).toBe(400)
    expect(body.message).toContain("Trạng thái phải là pending, active, suspended hoặc unlisted")
    expect((await store(`/store/cooperatives/${coop.handle}`)).status).toBe(200)
  })

  it("answers malformed percent-encoding in any path with 400 and a clear message, not a 500", async () => {
    const { medusaUrl, publishableKey } = stack()
    const calls: [string, string][] = [
      ["GET", "/store/products/%c0%af"],
      ["GET", "/store/products/%"],
      ["GET", "/store/cooperatives/%E0%A4%A"],
      ["POST", "/store/carts/%c0%af/line-items"],
      ["GET", "/cooperative-portal/products/%c0%af"],
      ["GET", "/cooperative-invites/%c0%af"],
      ["GET", "/static/%c0%af"],
    ]
    const answers = await Promise.all(
      calls.map(async ([method, path]) => {
        const res = await fetch(`${medusaUrl}${path}`, {
          method,
          headers: { "x-publishable-api-key": publishableKey, "content-type": "application/json" },
          body: method === "POST" ? JSON.stringify({ variant_id: "variant_x", quantity: 1 }) : undefined,
        })
        return { call: `${method} ${path}`, status: res.status, body: (await res.json().catch(() => null)) as any }
      })
    )
    // signed in as the Union's admin (anonymous callers get the usual 401 first)
    answers.push({ call: "GET /admin/products/%c0%af (admin)", ...(await admin("/admin/products/%c0%af")) })
    for (const a of answers) {
      expect(a.status, `${a.call}: ${JSON.stringify(a.body)}`).toBe(400)
      expect(a.body).toEqual({
        type: "invalid_data",
        code: "malformed_url",
        message: "Đường dẫn có mã “%” không hợp lệ (sai định dạng mã hoá URL).",
        message_en: "The URL contains a malformed percent-encoded (“%”) sequence.",
      })
    }
  })

  it("keeps admin routes closed to anonymous callers", async () => {
    const res = await fetch(`${(await import("../support/api")).stack().medusaUrl}/admin/cooperatives`)
    expect(res.status).toBe(401)
  })
})
