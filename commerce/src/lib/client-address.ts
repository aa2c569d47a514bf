/**
 * Who is on the other end of a request, for per-client limits. Anyone can send an X-Forwarded-For
 * header, so it is believed only when the socket's peer is a proxy we were told about
 * (TRUSTED_PROXIES: addresses and CIDR ranges, comma-separated); then the chain is read from the
 * right, skipping the trusted proxies, and the first address that is not one is the client. Without
 * trusted proxies the client is the socket's address. Used by Medusa (order lookup) and by the
 * storefront (the buyer's address it forwards, with its proof, to Medusa).
 */
import net from "node:net"

export interface TrustedProxies {
  readonly entries: readonly string[]
  has(address: string): boolean
}

/** "::ffff:127.0.0.1" → "127.0.0.1"; brackets and zone ids dropped; "" for anything that is not an IP address. */
export function normalizeAddress(raw: string | undefined | null): string {
  let a = (raw ?? "").trim()
  if (a.startsWith("[") && a.includes("]")) a = a.slice(1, a.indexOf("]"))
  const zone = a.indexOf("%")
  if (zone > 0) a = a.slice(0, zone)
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(a)
  if (mapped) a = mapped[1]
  return net.isIP(a) ? a.toLowerCase() : ""
}

/** Parses TRUSTED_PROXIES ("10.0.0.5, 10.1.0.0/16, ::1"); throws one clear line on a bad entry. */
export function parseTrustedProxies(raw: string | undefined): TrustedProxies {
  const list = new net.BlockList()
  const entries = (raw ?? "").split(",").map((s) => s.trim()).filter(Boolean)
  for (const entry of entries) {
    const [address, bits, extra] = entry.split("/")
    const ip = normalizeAddress(address)
    const family = net.isIP(ip) === 6 ? "ipv6" : "ipv4"
    const prefix = bits === undefined ? null : /^\d{1,3}$/.test(bits) ? Number(bits) : NaN
    if (!ip || extra !== undefined || (prefix !== null && !(prefix >= 0 && prefix <= (family === "ipv6" ? 128 : 32)))) {
      throw new Error(
        `TRUSTED_PROXIES: "${entry}" không phải địa chỉ IP hay dải CIDR (ví dụ 10.0.0.5 hoặc 10.0.0.0/24). / TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range (e.g. 10.0.0.5 or 10.0.0.0/24).`
      )
    }
    if (prefix === null) list.addAddress(ip, family)
    else list.addSubnet(ip, prefix, family)
  }
  return {
    entries,
    has(address: string) {
      const ip = normalizeAddress(address)
      if (!ip || !entries.length) return false
      return list.check(ip, net.isIP(ip) === 6 ? "ipv6" : "ipv4")
    },
  }
}

type HeaderValue = string | string[] | undefined

/**
 * The client's address: the socket's peer, unless that peer is a trusted proxy — then the nearest
 * X-Forwarded-For hop that is not itself a trusted proxy. A malformed hop stops the walk at the
 * last trusted address (what the proxy itself saw is all that can be believed).
 */
export function clientAddress(peer: string | undefined, forwardedFor: HeaderValue, trusted: TrustedProxies): string {
  let client = normalizeAddress(peer)
  if (!client) return "unknown"
  if (!trusted.has(client)) return client
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "")
  const hops = header.split(",").map((h) => h.trim()).filter(Boolean).slice(-20)
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalizeAddress(hops[i])
    if (!hop) break
    client = hop
    if (!trusted.has(hop)) break
  }
  return client
}
