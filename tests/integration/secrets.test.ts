/**
 * Tokens signed with a secret anyone can read (the fallbacks this repository once had, Medusa's
 * documented default) are refused: the stack signs with secrets generated for it (scripts/lib/secrets.ts).
 */
import crypto from "node:crypto"
import { describe, expect, it } from "vitest"
import { DEMO_COOPERATIVE_PASSWORD, DEMO_COOPERATIVE_STAFF } from "../../commerce/src/scripts/demo-catalog/staff"
import rules from "../../commerce/src/lib/secret-rules.json"
import { stack } from "../support/api"

async function login(actor: "user" | "cooperative_staff", email: string, password: string): Promise<string> {
  const res = await fetch(`${stack().medusaUrl}/auth/${actor}/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  })
  expect(res.status).toBe(200)
  return ((await res.json()) as { token: string }).token
}

/** The same claims as a genuine token, signed HS256 with another secret. */
function resign(token: string, secret: string): string {
  const [header, payload] = token.split(".")
  const signature = crypto.createHmac("sha256", secret).update(`${header}.${payload}`).digest("base64url")
  return `${header}.${payload}.${signature}`
}

async function statusWith(token: string, path: string): Promise<number> {
  const res = await fetch(`${stack().medusaUrl}${path}`, { headers: { authorization: `Bearer ${token}` } })
  await res.body?.cancel()
  return res.status
}

describe("secrets that sign tokens have no published value", () => {
  it("an admin token re-signed with a published secret gets 401 (the genuine one gets 200)", async () => {
    const genuine = await login("user", "admin@cho-htx.demo", "demo-admin-2025")
    expect(JSON.parse(Buffer.from(genuine.split(".")[1], "base64url").toString()).actor_type).toBe("user")
    expect(await statusWith(genuine, "/admin/orders?limit=1")).toBe(200)
    for (const secret of rules.published) {
      expect({ secret, status: await statusWith(resign(genuine, secret), "/admin/orders?limit=1") }).toEqual({ secret, status: 401 })
    }
  })

  it("a cooperative staff token re-signed with a published secret gets 401 (the genuine one gets 200)", async () => {
    const genuine = await login("cooperative_staff", DEMO_COOPERATIVE_STAFF[0].email, DEMO_COOPERATIVE_PASSWORD)
    expect(await statusWith(genuine, "/cooperative-portal/products")).toBe(200)
    for (const secret of rules.published) {
      expect({ secret, status: await statusWith(resign(genuine, secret), "/cooperative-portal/products") }).toEqual({ secret, status: 401 })
    }
  })
})
