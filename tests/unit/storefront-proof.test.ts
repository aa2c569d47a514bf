import { describe, expect, it } from "vitest"
import { clientAddress, normalizeAddress, parseTrustedProxies } from "../../commerce/src/lib/client-address"
import {
  deriveKey,
  PROOF_MAX_AGE_SECONDS,
  requireStorefrontSecret,
  STOREFRONT_CLIENT_HEADER,
  STOREFRONT_PROOF_HEADER,
  storefrontProofHeaders,
  verifyStorefrontProof,
} from "../../commerce/src/lib/storefront-proof"
import { storefrontSettings } from "../../commerce/src/lib/storefront-settings"

const SECRET = "k4Jx9-pQ2mZr7TvB1nW8sYc3LdE6fHgA"
const key = deriveKey(SECRET, "storefront-proof")
const NOW = 1_800_000_000_000

describe("STOREFRONT_SECRET and its derived keys", () => {
  it("derives a different key per purpose, and neither is the secret", () => {
    const cookie = deriveKey(SECRET, "orders-cookie")
    expect(cookie.equals(key)).toBe(false)
    expect(key.toString("utf8")).not.toContain(SECRET)
    expect(deriveKey(SECRET, "storefront-proof").equals(key)).toBe(true)
  })

  it("has no default: missing, short or published values are refused in one line (vi / en)", () => {
    expect(() => requireStorefrontSecret({})).toThrow(/^STOREFRONT_SECRET chưa được đặt\. \/ STOREFRONT_SECRET is not set\..*same STOREFRONT_SECRET/)
    // not even in development
    expect(() => requireStorefrontSecret({ NODE_ENV: "development" })).toThrow(/STOREFRONT_SECRET chưa được đặt/)
    expect(() => requireStorefrontSecret({ STOREFRONT_SECRET: "short" })).toThrow(/quá ngắn/)
    expect(() => requireStorefrontSecret({ STOREFRONT_SECRET: "supersecret" })).toThrow(/published default/)
    expect(requireStorefrontSecret({ STOREFRONT_SECRET: SECRET })).toBe(SECRET)
  })

  it("Medusa's settings refuse a missing secret and a malformed TRUSTED_PROXIES at start", () => {
    expect(() => storefrontSettings({})).toThrow(/STOREFRONT_SECRET/)
    expect(() => storefrontSettings({ STOREFRONT_SECRET: SECRET, TRUSTED_PROXIES: "10.0.0.1, proxy.local" })).toThrow(
      /^TRUSTED_PROXIES: "proxy.local" không phải địa chỉ IP hay dải CIDR.*is not an IP address or CIDR range/
    )
    const ok = storefrontSettings({ STOREFRONT_SECRET: SECRET, TRUSTED_PROXIES: "10.0.0.1, 172.16.0.0/12, ::1" })
    expect(ok.proofKey.equals(key)).toBe(true)
    expect(ok.trustedProxies.entries).toEqual(["10.0.0.1", "172.16.0.0/12", "::1"])
  })
})

describe("the storefront's proof on its calls to Medusa", () => {
  it("is accepted when genuine and fresh, with the buyer's address it vouches for", () => {
    const headers = storefrontProofHeaders(key, "203.0.113.9", NOW)
    expect(headers[STOREFRONT_PROOF_HEADER]).toMatch(/^v1\.\d+\.[A-Za-z0-9_-]{43}$/)
    expect(verifyStorefrontProof(key, headers, NOW)).toEqual({ ok: true, client: "203.0.113.9" })
    expect(verifyStorefrontProof(key, headers, NOW + (PROOF_MAX_AGE_SECONDS - 1) * 1000).ok).toBe(true)
    expect(verifyStorefrontProof(key, storefrontProofHeaders(key, "", NOW), NOW)).toEqual({ ok: true, client: "" })
  })

  it("is refused when missing, malformed, made with another key, stale, from the future, or moved to another address", () => {
    const headers = storefrontProofHeaders(key, "203.0.113.9", NOW)
    const refused = (h: Record<string, string | undefined>, now = NOW) => expect(verifyStorefrontProof(key, h, now)).toEqual({ ok: false })
    refused({})
    refused({ [STOREFRONT_CLIENT_HEADER]: "203.0.113.9" })
    refused({ ...headers, [STOREFRONT_PROOF_HEADER]: "v1.abc.def" })
    refused({ ...headers, [STOREFRONT_PROOF_HEADER]: `${headers[STOREFRONT_PROOF_HEADER]}x` })
    refused(storefrontProofHeaders(deriveKey(SECRET, "orders-cookie"), "203.0.113.9", NOW))
    refused(storefrontProofHeaders(deriveKey("another-secret-of-32-characters!!", "storefront-proof"), "203.0.113.9", NOW))
    refused(headers, NOW + (PROOF_MAX_AGE_SECONDS + 1) * 1000)
    refused(headers, NOW - (PROOF_MAX_AGE_SECONDS + 1) * 1000)
    refused({ ...headers, [STOREFRONT_CLIENT_HEADER]: "203.0.113.10" })
    refused({ ...headers, [STOREFRONT_CLIENT_HEADER]: "x".repeat(65) })
  })
})

describe("the client's address (TRUSTED_PROXIES)", () => {
  it("normalises IPv4-mapped IPv6, brackets and zones; anything else is not an address", () => {
    expect(normalizeAddress("::ffff:127.0.0.1")).toBe("127.0.0.1")
    expect(normalizeAddress("[::1]")).toBe("::1")
    expect(normalizeAddress("fe80::1%eth0")).toBe("fe80::1")
    expect(normalizeAddress("2001:DB8::1")).toBe("2001:db8::1")
    for (const bad of ["", "unknown", "203.0.113.9:443", "1.2.3", "<script>", undefined, null]) expect(normalizeAddress(bad)).toBe("")
  })

  it("ignores X-Forwarded-For unless the socket's peer is a trusted proxy", () => {
    const none = parseTrustedProxies(undefined)
    expect(clientAddress("::ffff:192.0.2.1", "203.0.113.7", none)).toBe("192.0.2.1")
    expect(clientAddress("192.0.2.1", ["203.0.113.7", "198.51.100.1"], none)).toBe("192.0.2.1")
    expect(clientAddress(undefined, "203.0.113.7", none)).toBe("unknown")
    const proxies = parseTrustedProxies("10.0.0.5")
    expect(clientAddress("192.0.2.1", "203.0.113.7", proxies)).toBe("192.0.2.1")
  })

  it("from a trusted proxy, takes the nearest hop that is not itself trusted — a client's own X-Forwarded-For is further left", () => {
    const proxies = parseTrustedProxies("10.0.0.5, 10.1.0.0/16, fd00::/8")
    expect(clientAddress("10.0.0.5", "203.0.113.7", proxies)).toBe("203.0.113.7")
    // the client wrote "1.1.1.1" itself; the proxy appended the address it really saw
    expect(clientAddress("::ffff:10.0.0.5", "1.1.1.1, 203.0.113.7", proxies)).toBe("203.0.113.7")
    // two trusted proxies in a row
    expect(clientAddress("10.0.0.5", ["1.1.1.1, 198.51.100.4", "10.1.2.3"], proxies)).toBe("198.51.100.4")
    expect(clientAddress("fd00::9", "2001:db8::7", proxies)).toBe("2001:db8::7")
    // nothing forwarded, or garbage next to the proxy: the last address that can be believed
    expect(clientAddress("10.0.0.5", undefined, proxies)).toBe("10.0.0.5")
    expect(clientAddress("10.0.0.5", "1.1.1.1, bogus", proxies)).toBe("10.0.0.5")
    expect(clientAddress("10.0.0.5", "bogus, 10.1.0.9", proxies)).toBe("10.1.0.9")
  })

  it("refuses entries that are not addresses or CIDR ranges", () => {
    for (const bad of ["localhost", "10.0.0.0/33", "::1/129", "10.0.0.1/8/1", "10.0.0.0/x", "300.1.1.1"]) {
      expect(() => parseTrustedProxies(bad), bad).toThrow(/TRUSTED_PROXIES/)
    }
    expect(parseTrustedProxies(" , ").entries).toEqual([])
  })
})
