import { describe, expect, it } from "vitest"
import { accountAddress, claimChannelOf, maskAddress, readClaim, signClaim } from "../../commerce/src/lib/guest-orders"

const SECRET = "a-test-secret-that-is-long-enough-0123456789"
const claim = { customerId: "cus_01ABCDEFGHJKMNPQRSTV", channel: "email" as const, address: "mai@example.vn", expiresAt: 2_000_000_000 }

describe("guest-order claims", () => {
  it("reads back what was signed, until it expires", () => {
    const token = signClaim(SECRET, claim)
    expect(readClaim(SECRET, token, 1_900_000_000)).toEqual(claim)
    expect(readClaim(SECRET, token, 2_000_000_000)).toEqual(claim)
    expect(readClaim(SECRET, token, 2_000_000_001)).toBeNull()
  })

  it("refuses another secret, a changed payload, a changed signature and junk", () => {
    const token = signClaim(SECRET, claim)
    const [v, payload, mac] = token.split(".")
    expect(readClaim(`${SECRET}x`, token, 0)).toBeNull()
    const other = Buffer.from(JSON.stringify({ c: claim.customerId, k: "email", a: "ke-la@example.vn", e: claim.expiresAt })).toString("base64url")
    expect(readClaim(SECRET, `${v}.${other}.${mac}`, 0)).toBeNull()
    expect(readClaim(SECRET, `${v}.${payload}.${mac.slice(0, -1)}${mac.endsWith("A") ? "B" : "A"}`, 0)).toBeNull()
    for (const junk of [undefined, 42, "", "v1..", "v2." + token.slice(3), "x".repeat(2000), `${v}.${payload}`]) expect(readClaim(SECRET, junk, 0)).toBeNull()
    // a well-signed payload of the wrong shape is refused too
    const shape = signClaim(SECRET, { ...claim, channel: "fax" as never })
    expect(readClaim(SECRET, shape, 0)).toBeNull()
  })

  it("takes the account's address in the form orders keep, and masks it for the answer", () => {
    expect(accountAddress({ email: " Mai@Example.VN ", phone: null }, "email")).toBe("mai@example.vn")
    expect(accountAddress({ email: null, phone: "+84 905 123 456" }, "phone")).toBe("0905123456")
    expect(accountAddress({ email: null, phone: null }, "email")).toBeNull()
    expect(accountAddress({ email: "a@b.vn", phone: "12345" }, "phone")).toBeNull()
    expect(maskAddress("email", "mai@example.vn")).toBe("m***@example.vn")
    expect(maskAddress("phone", "0905123456")).toBe("0905 *** 456")
  })

  it("names a claim's channel for the storefront's page, and nothing for what is not a claim", () => {
    expect(claimChannelOf(signClaim(SECRET, claim))).toBe("email")
    expect(claimChannelOf(signClaim(SECRET, { ...claim, channel: "phone", address: "0905123456" }))).toBe("phone")
    for (const junk of ["", "v1..", "abc", `v1.${Buffer.from("not json").toString("base64url")}.${"A".repeat(43)}`]) expect(claimChannelOf(junk)).toBeNull()
  })
})
