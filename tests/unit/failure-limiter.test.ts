import { describe, expect, it } from "vitest"
import { FailureLimiter } from "../../commerce/src/lib/failure-limiter"
import {
  LOOKUP_MESSAGES,
  lookupClientKey,
  OrderLookupGuard,
  parseLookupInput,
  parseOrderNumber,
  phoneMatches,
} from "../../commerce/src/lib/order-lookup"

const MINUTE = 60_000

function clock(start = 1_700_000_000_000) {
  let t = start
  return { now: () => t, advance: (ms: number) => (t += ms) }
}

describe("FailureLimiter (sliding window, in memory)", () => {
  it("locks a key after `limit` failures in the window and unlocks when the oldest leaves it", () => {
    const c = clock()
    const limiter = new FailureLimiter({ limit: 3, windowMs: 15 * MINUTE, now: c.now })
    for (let i = 0; i < 3; i++) {
      expect(limiter.lockedForMs("a")).toBe(0)
      limiter.recordFailure("a")
      c.advance(MINUTE)
    }
    // failures at 0, 1, 2 min; now 3 min → locked until the first one is 15 min old
    expect(limiter.lockedForMs("a")).toBe(12 * MINUTE)
    expect(limiter.lockedForMs("b")).toBe(0)
    c.advance(12 * MINUTE - 1)
    expect(limiter.lockedForMs("a")).toBe(1)
    c.advance(1)
    expect(limiter.lockedForMs("a")).toBe(0)
    // one more failure locks again until the (then) oldest of the last three expires
    limiter.recordFailure("a")
    expect(limiter.lockedForMs("a")).toBe(MINUTE)
  })

  it("forgets failures older than the window", () => {
    const c = clock()
    const limiter = new FailureLimiter({ limit: 2, windowMs: 10 * MINUTE, now: c.now })
    limiter.recordFailure("k")
    c.advance(10 * MINUTE)
    limiter.recordFailure("k")
    expect(limiter.lockedForMs("k")).toBe(0)
  })

  it("keeps its memory bounded", () => {
    const limiter = new FailureLimiter({ limit: 5, windowMs: MINUTE, maxKeys: 100 })
    for (let i = 0; i < 1000; i++) limiter.recordFailure(`client-${i}`)
    expect(limiter.size).toBeLessThanOrEqual(100)
    expect(limiter.lockedForMs("client-999")).toBe(0)
  })

  it("refuses nonsense settings", () => {
    expect(() => new FailureLimiter({ limit: 0, windowMs: 1 })).toThrow()
    expect(() => new FailureLimiter({ limit: 1, windowMs: 0 })).toThrow()
  })
})

describe("order lookup guard: 5 wrong guesses per order number, 20 per client, in 15 minutes", () => {
  it("locks an order number after 5 failures, for every client", () => {
    const c = clock()
    const guard = new OrderLookupGuard(c.now)
    for (let i = 0; i < 5; i++) {
      expect(guard.retryAfterSeconds(12, `10.0.0.${i}`)).toBe(0)
      guard.recordFailure(12, `10.0.0.${i}`)
    }
    expect(guard.retryAfterSeconds(12, "10.0.0.99")).toBe(15 * 60)
    expect(guard.retryAfterSeconds(13, "10.0.0.99")).toBe(0)
    c.advance(15 * MINUTE)
    expect(guard.retryAfterSeconds(12, "10.0.0.99")).toBe(0)
  })

  it("locks a client after 20 failures across order numbers", () => {
    const c = clock()
    const guard = new OrderLookupGuard(c.now)
    for (let i = 0; i < 20; i++) {
      expect(guard.retryAfterSeconds(100 + i, "203.0.113.7")).toBe(0)
      guard.recordFailure(100 + i, "203.0.113.7")
      c.advance(1000)
    }
    expect(guard.retryAfterSeconds(999, "203.0.113.7")).toBe(15 * 60 - 20)
    expect(guard.retryAfterSeconds(999, "203.0.113.8")).toBe(0)
  })
})

describe("order lookup input", () => {
  it("order numbers: 12, '12', '#12', ' # 0012 '", () => {
    for (const raw of [12, "12", "#12", " # 0012 "]) expect(parseOrderNumber(raw), String(raw)).toBe(12)
    for (const raw of [0, -1, 1.5, "", "#", "12a", "１２", "1e3", "#12 #13", "9".repeat(11), "😀", null, {}, [12], true]) {
      expect(parseOrderNumber(raw), JSON.stringify(raw)).toBeNull()
    }
  })

  it("phones in any usual format are normalised", () => {
    const parsed = parseLookupInput({ order_number: "#7", phone: "+84 905 123 456" })
    expect(parsed).toEqual({ ok: true, value: { orderNumber: 7, phone: "0905123456" } })
    expect(phoneMatches("0905.123.456", "0905123456")).toBe(true)
    expect(phoneMatches("0905123457", "0905123456")).toBe(false)
    expect(phoneMatches(null, "0905123456")).toBe(false)
  })

  it("bad input gets a Vietnamese message (with English beside it)", () => {
    const cases: [unknown, { message: string }][] = [
      [undefined, LOOKUP_MESSAGES.body],
      ["x", LOOKUP_MESSAGES.body],
      [[], LOOKUP_MESSAGES.body],
      [{}, LOOKUP_MESSAGES.body],
      [{ order_number: "", phone: "" }, LOOKUP_MESSAGES.body],
      [{ order_number: "12", phone: "   " }, LOOKUP_MESSAGES.body],
      [{ order_number: "x".repeat(1000), phone: "0905123456" }, LOOKUP_MESSAGES.orderNumber],
      [{ order_number: "😀", phone: "0905123456" }, LOOKUP_MESSAGES.orderNumber],
      [{ order_number: "12", phone: "9".repeat(1000) }, LOOKUP_MESSAGES.phone],
      [{ order_number: "12", phone: "📞0905123456" }, LOOKUP_MESSAGES.phone],
      [{ order_number: 12, phone: 905123456 }, LOOKUP_MESSAGES.phone],
    ]
    for (const [body, expected] of cases) {
      const parsed = parseLookupInput(body)
      expect(parsed.ok, JSON.stringify(body)?.slice(0, 40)).toBe(false)
      if (!parsed.ok) {
        expect(parsed.message).toBe(expected.message)
        expect(parsed.message_en).toMatch(/^[\x20-\x7e]+$/)
      }
    }
  })

  it("the client key is the buyer's address the storefront vouched for, else the socket's (never a bare X-Forwarded-For)", () => {
    expect(lookupClientKey({ ok: true, client: "203.0.113.7" }, "127.0.0.1")).toBe("203.0.113.7")
    expect(lookupClientKey({ ok: true, client: "::ffff:198.51.100.2" }, "127.0.0.1")).toBe("198.51.100.2")
    // the storefront did not know the buyer's address, or sent something that is not one: its own socket address
    expect(lookupClientKey({ ok: true, client: "" }, "10.0.0.4")).toBe("10.0.0.4")
    expect(lookupClientKey({ ok: true, client: "not-an-ip" }, "10.0.0.4")).toBe("10.0.0.4")
    expect(lookupClientKey({ ok: false }, "::1")).toBe("::1")
    expect(lookupClientKey({ ok: false }, "")).toBe("unknown")
  })
})
