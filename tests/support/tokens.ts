/** Bearer tokens of the other kinds of users, to prove that Union (admin) routes refuse them. */
import { DEMO_COOPERATIVE_PASSWORD, DEMO_COOPERATIVE_STAFF } from "../../commerce/src/scripts/demo-catalog/staff"
import { stack, store } from "./api"

async function post(path: string, body: unknown) {
  const res = await fetch(`${stack().medusaUrl}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })
  return { status: res.status, body: (await res.json().catch(() => null)) as { token?: string } }
}

/** A demo cooperative staff member's portal token. */
export async function portalToken(): Promise<string> {
  const login = await post("/auth/cooperative_staff/emailpass", { email: DEMO_COOPERATIVE_STAFF[0].email, password: DEMO_COOPERATIVE_PASSWORD })
  if (login.status !== 200 || !login.body.token) throw new Error(`portal login failed: ${login.status}`)
  return login.body.token
}

/** A freshly registered buyer's token. */
export async function customerToken(): Promise<string> {
  const email = `nguoi-mua-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.vn`
  const password = "mat-khau-khach-2025"
  const registration = await post("/auth/customer/emailpass/register", { email, password })
  if (!registration.body.token) throw new Error(`customer registration failed: ${registration.status}`)
  const created = await store("/store/customers", { method: "POST", headers: { authorization: `Bearer ${registration.body.token}` }, body: JSON.stringify({ email, first_name: "Hoa" }) })
  if (created.status !== 200) throw new Error(`customer creation failed: ${created.status}`)
  const login = await post("/auth/customer/emailpass", { email, password })
  if (!login.body.token) throw new Error(`customer login failed: ${login.status}`)
  return login.body.token
}
