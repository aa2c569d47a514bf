/**
 * A buyer talking to the storefront over HTTP, with a cookie jar: the same requests the product page,
 * cart drawer and checkout island make.
 */
import { stack } from "./api"

export class Shopper {
  readonly cookies = new Map<string, { value: string; httpOnly: boolean }>()

  async request(path: string, init: RequestInit & { json?: unknown } = {}): Promise<Response> {
    const { storefrontUrl } = stack()
    const headers = new Headers(init.headers)
    headers.set("origin", storefrontUrl)
    if (this.cookies.size) headers.set("cookie", [...this.cookies].map(([k, c]) => `${k}=${c.value}`).join("; "))
    let body = init.body
    if (init.json !== undefined) {
      headers.set("content-type", "application/json")
      headers.set("accept", "application/json")
      body = JSON.stringify(init.json)
    }
    const res = await fetch(storefrontUrl + path, { ...init, headers, body, redirect: "manual" })
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(";").map((s) => s.trim())
      const [name, ...rest] = pair.split("=")
      const value = rest.join("=")
      const expired = attributes.some((a) => /^max-age=0$/i.test(a) || (/^expires=/i.test(a) && new Date(a.slice(8)) < new Date()))
      if (expired || value === "") this.cookies.delete(name)
      else this.cookies.set(name, { value, httpOnly: attributes.some((a) => /^httponly$/i.test(a)) })
    }
    return res
  }

  async post<T = any>(path: string, json: unknown): Promise<{ status: number; body: T }> {
    const res = await this.request(path, { method: "POST", json })
    return { status: res.status, body: (await res.json()) as T }
  }

  add(variantId: string, quantity: unknown = 1, extra: Record<string, unknown> = {}) {
    return this.post("/api/cart/items", { variant_id: variantId, quantity, ...extra })
  }

  async html(path: string): Promise<{ status: number; html: string; location: string | null }> {
    const res = await this.request(path)
    return { status: res.status, html: await res.text(), location: res.headers.get("location") }
  }
}
