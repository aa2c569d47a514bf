/** Talking to the real servers the global setup started. */
import { inject } from "vitest"

export const stack = () => inject("stack")

export async function store<T = any>(path: string, init: RequestInit = {}): Promise<{ status: number; body: T }> {
  const { medusaUrl, publishableKey } = stack()
  const res = await fetch(`${medusaUrl}${path}`, {
    ...init,
    headers: { "x-publishable-api-key": publishableKey, "content-type": "application/json", ...(init.headers ?? {}) },
  })
  return { status: res.status, body: (await res.json().catch(() => null)) as T }
}

let adminToken: string | undefined

/** "Bearer …" of the demo admin (Union staff), signed in once per test file. */
export async function adminAuthorization(): Promise<string> {
  const { medusaUrl } = stack()
  if (!adminToken) {
    const login = await fetch(`${medusaUrl}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "admin@cho-htx.demo", password: "demo-admin-2025" }),
    })
    if (!login.ok) throw new Error(`demo admin login failed: ${login.status}`)
    adminToken = ((await login.json()) as { token: string }).token
  }
  return `Bearer ${adminToken}`
}

export async function admin<T = any>(path: string, init: RequestInit = {}): Promise<{ status: number; body: T }> {
  const { medusaUrl } = stack()
  const headers: Record<string, string> = { authorization: await adminAuthorization() }
  // multipart bodies set their own content-type (with the boundary)
  if (!(init.body instanceof FormData)) headers["content-type"] = "application/json"
  const res = await fetch(`${medusaUrl}${path}`, { ...init, headers: { ...headers, ...((init.headers as Record<string, string>) ?? {}) } })
  return { status: res.status, body: (await res.json().catch(() => null)) as T }
}

export async function page(path: string): Promise<{ status: number; html: string; headers: Headers }> {
  const res = await fetch(`${stack().storefrontUrl}${path}`, { redirect: "manual" })
  return { status: res.status, html: await res.text(), headers: res.headers }
}

export async function vndRegionId(): Promise<string> {
  const { body } = await store<{ regions: { id: string; currency_code: string }[] }>("/store/regions")
  return body.regions.find((r) => r.currency_code === "vnd")!.id
}

/** Runs an action in the process holding the test stack (stack-control.ts); throws with its message when it failed. */
export async function controlStack(action: "meilisearch/kill" | "meilisearch/start"): Promise<void> {
  const { url, token } = inject("stackControl")
  const res = await fetch(`${url}/${action}`, { method: "POST", headers: { authorization: `Bearer ${token}` } })
  if (res.status !== 204) throw new Error(`stack control ${action}: ${res.status} ${await res.text()}`)
}
