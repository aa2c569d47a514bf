/// <reference lib="dom" />
/** A refusal of our /admin routes: the Vietnamese message and, for forms, the problems by field. */
export class AdminApiError extends Error {
  constructor(message: string, readonly status: number, readonly errors: { field: string; message: string }[] = []) {
    super(message)
  }
  /** field → message, for showing each problem under its input */
  byField(): Record<string, string> {
    return Object.fromEntries(this.errors.map((e) => [e.field, e.message]))
  }
}

/** Calls our /admin routes with the signed-in Union staff member's session cookie. */
export async function adminFetch<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const res = await fetch(path, {
    method: init.method ?? "GET",
    credentials: "include",
    headers: init.body ? { "content-type": "application/json" } : undefined,
    body: init.body ? JSON.stringify(init.body) : undefined,
  })
  const body = await res.json().catch(() => null)
  if (!res.ok) throw new AdminApiError(body?.message || `HTTP ${res.status}`, res.status, Array.isArray(body?.errors) ? body.errors : [])
  return body as T
}

/** dd/mm/yyyy in Vietnam's time zone. */
export const viDate = (iso: string | null | undefined) =>
  iso ? new Date(iso).toLocaleDateString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", day: "2-digit", month: "2-digit", year: "numeric" }) : "—"

export const viNumber = (n: number | null | undefined) => (n === null || n === undefined ? "—" : n.toLocaleString("vi-VN"))
