import { spawnSync } from "node:child_process"
import net from "node:net"
import path from "node:path"
import { describe, expect, it } from "vitest"

const startScript = path.resolve("scripts/start.ts")

function npmStart(env: Record<string, string>) {
  const result = spawnSync(process.execPath, [startScript], {
    env: { ...process.env, ...env, VERBOSE: "" },
    encoding: "utf8",
    timeout: 60_000,
  })
  const lines = result.stderr.split("\n").filter((l) => l.trim() && !l.includes("ExperimentalWarning") && !l.includes("--trace-warnings"))
  return { status: result.status, lines, stdout: result.stdout }
}

describe("npm start refuses bad settings with one clear line", () => {
  it("when DATABASE_URL points at a server that does not answer", () => {
    const { status, lines } = npmStart({ DATABASE_URL: "postgres://medusa:medusa@127.0.0.1:1/cho_htx", MEDUSA_PORT: "9391", PORT: "4691" })
    expect(status).toBe(1)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^Lỗi \/ Error: Không kết nối được PostgreSQL ở DATABASE_URL \(127\.0\.0\.1:1\).*Cannot reach/)
  })

  it("when DATABASE_URL is not a PostgreSQL URL", () => {
    const { status, lines } = npmStart({ DATABASE_URL: "mysql://x@y/z", MEDUSA_PORT: "9392", PORT: "4692" })
    expect(status).toBe(1)
    expect(lines).toEqual([expect.stringContaining("DATABASE_URL không hợp lệ")])
  })

  it("when a port it needs is already in use", async () => {
    const blocker = net.createServer().listen(4693, "0.0.0.0")
    await new Promise((r) => blocker.once("listening", r))
    try {
      const { status, lines } = npmStart({ MEDUSA_PORT: "9393", PORT: "4693", EMBEDDED_POSTGRES_PORT: "5793" })
      expect(status).toBe(1)
      expect(lines).toHaveLength(1)
      expect(lines[0]).toContain("Cổng 4693")
      expect(lines[0]).toContain("PORT")
    } finally {
      blocker.close()
    }
  })

  it("when a secret is short or a published default", () => {
    const short = npmStart({ JWT_SECRET: "short-secret", MEDUSA_PORT: "9394", PORT: "4694" })
    expect(short.status).toBe(1)
    expect(short.lines).toEqual([expect.stringMatching(/^Lỗi \/ Error: JWT_SECRET quá ngắn.*too short/)])
    const published = npmStart({ COOKIE_SECRET: "dev-only-cookie-secret-change-me", MEDUSA_PORT: "9395", PORT: "4695" })
    expect(published.status).toBe(1)
    expect(published.lines).toEqual([expect.stringMatching(/^Lỗi \/ Error: COOKIE_SECRET .*published default/)])
  })

  it("when a port setting is not a number", () => {
    const { status, lines } = npmStart({ MEDUSA_PORT: "chín nghìn" })
    expect(status).toBe(1)
    expect(lines).toEqual([expect.stringContaining("MEDUSA_PORT")])
  })
})
