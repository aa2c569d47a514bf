import type { MedusaRequest } from "@medusajs/framework/http"
import { clientAddress } from "../../lib/client-address"
import { serverStorefrontSettings } from "../../lib/storefront-settings"
import { verifyStorefrontProof } from "../../lib/storefront-proof"

/** Whether the request carries the storefront's genuine, fresh proof (lib/storefront-proof.ts), and for which buyer. */
export function fromStorefront(req: MedusaRequest): { ok: true; client: string } | { ok: false } {
  return verifyStorefrontProof(serverStorefrontSettings().proofKey, req.headers)
}

/**
 * The address of the client behind a request. Not `req.ip`: Express has `trust proxy` 1 (Medusa sets
 * it), so req.ip is whatever the first X-Forwarded-For hop says. The socket's address is what can be
 * believed, and forwarded addresses only from a proxy in TRUSTED_PROXIES (lib/client-address.ts).
 */
export function socketClient(req: MedusaRequest): string {
  return clientAddress(req.socket?.remoteAddress, req.headers["x-forwarded-for"], serverStorefrontSettings().trustedProxies)
}
