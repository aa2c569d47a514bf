/** Linkage requests as the three parties make them through the APIs: buyer (store), cooperative (portal), Union (admin). */
import { addDays } from "../../commerce/src/lib/linkage/input"
import { vietnamDate } from "../../commerce/src/lib/plan-indicators/period"
import { store } from "./api"

/** Phường Nha Trang, Khánh Hòa (two-level units since 1 July 2025). */
export const NHA_TRANG = { province_code: "56", ward_code: "22366" }

export const inDays = (days: number) => addDays(vietnamDate(new Date()), days)

/** A hotel's request in Nha Trang for 200 kg of something, wanted in two weeks. */
export const hotelRequest = (what: { product_id?: string; category_id?: string }, extra: Record<string, unknown> = {}) => ({
  ...what,
  quantity: 200,
  unit: "kg",
  wanted_on: inDays(14),
  ...NHA_TRANG,
  street_address: "86 Trần Phú",
  contact_name: "Lê Thị Thu",
  phone: "0905 123 456",
  company_name: "Khách sạn Biển Xanh (demo)",
  invoice_needed: true,
  note: "Giao trước 9 giờ sáng, cổng sau khách sạn.",
  ...extra,
})

export const quoteBody = (product_id: string, unit_price_vnd: number, extra: Record<string, unknown> = {}) => ({
  product_id,
  unit_price_vnd,
  quantity: 200,
  delivery_fee_vnd: 50_000,
  delivery_on: inDays(10),
  valid_until: inDays(5),
  note: "Hàng vụ mới, đóng bao 50 kg.",
  ...extra,
})

/** A store call as a signed-in buyer (Bearer token): GET, or POST with a JSON (or raw) body. */
export async function asBuyer<T = any>(token: string | null, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  return store<T>(path, {
    method: body === undefined ? "GET" : "POST",
    headers: token ? { authorization: `Bearer ${token}` } : {},
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  })
}

/** A published demo product's id by handle, and a category's id by handle (store API). */
export async function productId(handle: string): Promise<string> {
  const { body } = await store<{ products: { id: string }[] }>(`/store/products?handle=${handle}&fields=id`)
  return body.products[0].id
}

export async function categoryId(handle: string): Promise<string> {
  const { body } = await store<{ product_categories: { id: string }[] }>(`/store/product-categories?handle=${handle}&fields=id`)
  return body.product_categories[0].id
}
