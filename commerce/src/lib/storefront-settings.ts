/**
 * What Medusa needs to recognise its storefront and the proxies in front of it, read once from the
 * environment: the proof key derived from STOREFRONT_SECRET and the TRUSTED_PROXIES list.
 * medusa-config.ts calls storefrontSettings(process.env) so that a missing secret or a malformed list
 * stops the server at start with one line, instead of failing on the first order or lookup.
 */
import { parseTrustedProxies, type TrustedProxies } from "./client-address"
import { deriveKey, requireStorefrontSecret } from "./storefront-proof"

export interface StorefrontSettings {
  proofKey: Buffer
  trustedProxies: TrustedProxies
}

export function storefrontSettings(env: NodeJS.ProcessEnv): StorefrontSettings {
  return {
    proofKey: deriveKey(requireStorefrontSecret(env), "storefront-proof"),
    trustedProxies: parseTrustedProxies(env.TRUSTED_PROXIES),
  }
}

let current: StorefrontSettings | undefined

/** This process's settings (from process.env, read on first use). */
export function serverStorefrontSettings(): StorefrontSettings {
  current ??= storefrontSettings(process.env)
  return current
}
