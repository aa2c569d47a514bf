/**
 * The storefront's STOREFRONT_SECRET (shared with Medusa; `npm start` generates it) and what it is
 * for, each with its own derived key (commerce/src/lib/storefront-proof.ts):
 * - signing the `orders` cookie (which orders this browser placed — site/lib/checkout.ts);
 * - proving our server-to-server calls to Medusa, with the buyer's address (order page, lookup).
 * Also the buyer's address itself: the socket's, or the one a proxy in TRUSTED_PROXIES forwarded.
 *
 * No default: without a usable secret every page answers 503 with one clear line (site/middleware.ts).
 */
import { clientAddress, parseTrustedProxies, type TrustedProxies } from "../../commerce/src/lib/client-address"
import { deriveKey, mac, requireStorefrontSecret, sameText, storefrontProofHeaders } from "../../commerce/src/lib/storefront-proof"

interface Settings {
  cookieKey: Buffer
  proofKey: Buffer
  trustedProxies: TrustedProxies
}

let settings: Settings | undefined

/** Reads and checks STOREFRONT_SECRET and TRUSTED_PROXIES once; throws one clear line when unusable. */
export function storefrontSettings(): Settings {
  if (settings) return settings
  const secret = requireStorefrontSecret(process.env)
  settings = {
    cookieKey: deriveKey(secret, "orders-cookie"),
    proofKey: deriveKey(secret, "storefront-proof"),
    trustedProxies: parseTrustedProxies(process.env.TRUSTED_PROXIES),
  }
  return settings
}

/** The problem with this server's settings, in one line; null when it can serve. */
export function settingsProblem(): string | null {
  try {
    storefrontSettings()
    return null
  } catch (err) {
    return (err as Error).message
  }
}

/** Headers for a call to Medusa made on behalf of the buyer at `buyer` (see buyerAddress). */
export function proofHeaders(buyer: string): Record<string, string> {
  return storefrontProofHeaders(storefrontSettings().proofKey, buyer)
}

/**
 * The buyer's address. Astro's `clientAddress` is the socket's address as long as `security.allowedDomains`
 * is not configured (with it, Astro would take the first X-Forwarded-For hop, which anyone can write);
 * a forwarded address is believed only from a proxy in TRUSTED_PROXIES.
 */
export function buyerAddress(ctx: { clientAddress: string; request: Request }): string {
  let peer = ""
  try {
    peer = ctx.clientAddress
  } catch {
    // prerendered or no socket: no address
  }
  const address = clientAddress(peer, ctx.request.headers.get("x-forwarded-for") ?? undefined, storefrontSettings().trustedProxies)
  return address === "unknown" ? "" : address
}

/** `<value>.<signature>`: a value only this storefront can have written. */
export function signCookieValue(value: string): string {
  return `${value}.${mac(storefrontSettings().cookieKey, value)}`
}

/** The value inside a signed cookie, or null when it was crafted, altered or never signed. */
export function verifyCookieValue(signed: string | undefined): string | null {
  if (!signed) return null
  const dot = signed.lastIndexOf(".")
  if (dot < 0) return null
  const value = signed.slice(0, dot)
  return sameText(signed.slice(dot + 1), mac(storefrontSettings().cookieKey, value)) ? value : null
}
