/**
 * STOREFRONT_SECRET has no default anywhere: the storefront signs its cookies and proves its calls to
 * Medusa with keys derived from it, so a server started without it must stop, saying why — never
 * run with a made-up key.
 */
import { spawnSync } from "node:child_process"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { medusaServerDir, repoRoot } from "../../scripts/lib/env.ts"
import { stack } from "../support/api"

describe("no STOREFRONT_SECRET, no server: neither side falls back to a default", () => {
  const withoutSecret = (extra: Record<string, string>) => {
    const env: Record<string, string | undefined> = { ...process.env, ...extra, MEDUSA_DISABLE_TELEMETRY: "true" }
    delete env.STOREFRONT_SECRET
    return env as NodeJS.ProcessEnv
  }
  const firstLines = (stderr: string) => stderr.split("\n").filter((l) => l.trim() && !l.includes("ExperimentalWarning") && !l.includes("--trace-warnings"))

  it("the built storefront stops at start with one line", () => {
    const port = String(Number(new URL(stack().storefrontUrl).port) + 77)
    const run = spawnSync(process.execPath, [path.join(stack().storefrontBuildDir, "server", "entry.mjs")], {
      cwd: repoRoot,
      env: withoutSecret({ PORT: port, HOST: "127.0.0.1", MEDUSA_BACKEND_URL: stack().medusaUrl, MEDUSA_PUBLISHABLE_KEY: stack().publishableKey }),
      encoding: "utf8",
      timeout: 30_000,
    })
    expect(run.status).toBe(1)
    expect(firstLines(run.stderr)).toEqual([expect.stringMatching(/^Lỗi \/ Error: STOREFRONT_SECRET chưa được đặt\. \/ STOREFRONT_SECRET is not set\./)])
  })

  it("Medusa stops while loading its configuration", () => {
    const run = spawnSync(process.execPath, [path.join(repoRoot, "node_modules", "@medusajs", "cli", "cli.js"), "start"], {
      cwd: medusaServerDir,
      env: withoutSecret({
        NODE_ENV: "development",
        JWT_SECRET: "k4Jx9-pQ2mZr7TvB1nW8sYc3LdE6fHgA",
        COOKIE_SECRET: "m5Ky0-rR3nAs8UwC2oX9tZd4MeF7gIhB",
        DATABASE_URL: "postgres://nobody@127.0.0.1:1/none",
        MEDUSA_PORT: String(stack().medusaPort + 77),
        PORT: String(stack().medusaPort + 77),
      }),
      encoding: "utf8",
      timeout: 90_000,
    })
    expect(run.status).toBe(1)
    expect(run.stdout + run.stderr).toMatch(/Error in loading config: STOREFRONT_SECRET chưa được đặt\. \/ STOREFRONT_SECRET is not set\./)
  })
})
