import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import rules from "../../commerce/src/lib/secret-rules.json"
import { requireSecret, secretProblem as medusaSecretProblem } from "../../commerce/src/lib/secrets"
import { loadOrCreateSecrets, SECRET_NAMES, secretProblem } from "../../scripts/lib/secrets"

const PUBLISHED_SECRETS = rules.published

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "secrets-"))
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

const noEnv = {} as NodeJS.ProcessEnv

describe("npm start's secrets (data folder)", () => {
  it("are generated on the first start into a file only the owner can read, and reused afterwards", () => {
    const first = loadOrCreateSecrets(dir, noEnv)
    const file = path.join(dir, "secrets.json")
    expect(fs.statSync(file).mode & 0o777).toBe(0o600)
    for (const name of SECRET_NAMES) {
      expect(first[name]).toMatch(/^[A-Za-z0-9_-]{43}$/)
      expect(secretProblem(name, first[name])).toBeNull()
    }
    expect(new Set(Object.values(first)).size).toBe(SECRET_NAMES.length)
    expect(loadOrCreateSecrets(dir, noEnv)).toEqual(first)
    // another data folder gets other secrets
    const other = fs.mkdtempSync(path.join(os.tmpdir(), "secrets-"))
    try {
      expect(loadOrCreateSecrets(other, noEnv).JWT_SECRET).not.toBe(first.JWT_SECRET)
    } finally {
      fs.rmSync(other, { recursive: true, force: true })
    }
  })

  it("tightens a file someone made readable to others", () => {
    loadOrCreateSecrets(dir, noEnv)
    const file = path.join(dir, "secrets.json")
    fs.chmodSync(file, 0o644)
    loadOrCreateSecrets(dir, noEnv)
    expect(fs.statSync(file).mode & 0o777).toBe(0o600)
  })

  it("takes a strong value from the environment over the file, without writing it", () => {
    const strong = "k3Y-from-the-environment-0123456789abcdefXYZ"
    const secrets = loadOrCreateSecrets(dir, { JWT_SECRET: strong } as NodeJS.ProcessEnv)
    expect(secrets.JWT_SECRET).toBe(strong)
    expect(fs.readFileSync(path.join(dir, "secrets.json"), "utf8")).not.toContain(strong)
  })

  it("refuses a short or published value from the environment in one line, writing nothing", () => {
    expect(() => loadOrCreateSecrets(dir, { JWT_SECRET: "short" } as NodeJS.ProcessEnv)).toThrow(/JWT_SECRET quá ngắn.*too short/)
    expect(() => loadOrCreateSecrets(dir, { COOKIE_SECRET: "dev-only-cookie-secret-change-me" } as NodeJS.ProcessEnv)).toThrow(/COOKIE_SECRET.*published default/)
    expect(fs.existsSync(path.join(dir, "secrets.json"))).toBe(false)
  })

  it("refuses a damaged secrets file instead of silently replacing it", () => {
    fs.writeFileSync(path.join(dir, "secrets.json"), "{not json")
    expect(() => loadOrCreateSecrets(dir, noEnv)).toThrow(/không phải JSON hợp lệ.*not valid JSON/)
    expect(fs.readFileSync(path.join(dir, "secrets.json"), "utf8")).toBe("{not json")
  })
})

describe("Medusa's config (requireSecret)", () => {
  it("judges values exactly as npm start does", () => {
    for (const value of [undefined, "", "short", "ab".repeat(30), ...PUBLISHED_SECRETS, "SuperSecret", "k3Y-from-the-environment-0123456789abcdefXYZ"]) {
      expect(medusaSecretProblem("JWT_SECRET", value)).toBe(secretProblem("JWT_SECRET", value))
    }
  })

  const production = { NODE_ENV: "production" } as NodeJS.ProcessEnv
  it("stops a production server whose secret is missing, short, repetitive or published", () => {
    expect(() => requireSecret(production, "JWT_SECRET")).toThrow(/JWT_SECRET chưa được đặt.*not set/)
    expect(() => requireSecret({ ...production, JWT_SECRET: "x".repeat(20) }, "JWT_SECRET")).toThrow(/too short/)
    expect(() => requireSecret({ ...production, JWT_SECRET: "ab".repeat(30) }, "JWT_SECRET")).toThrow(/too little variety/)
    for (const published of PUBLISHED_SECRETS) {
      expect(() => requireSecret({ ...production, COOKIE_SECRET: published }, "COOKIE_SECRET")).toThrow(/published default/)
    }
  })

  it("in development gives a missing secret a random value, never a fixed one", () => {
    const dev = { NODE_ENV: "development" } as NodeJS.ProcessEnv
    const a = requireSecret(dev, "JWT_SECRET")
    const b = requireSecret(dev, "JWT_SECRET")
    expect(a).not.toBe(b)
    expect(medusaSecretProblem("JWT_SECRET", a)).toBeNull()
    expect(() => requireSecret({ ...dev, JWT_SECRET: "supersecret" }, "JWT_SECRET")).toThrow(/published default/)
  })
})
