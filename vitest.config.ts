/// <reference types="vitest/config" />
import { getViteConfig } from "astro/config"

/**
 * Unit tests run alone (`npx vitest run --project unit`). Integration and browser tests share
 * a global setup that brings up a real PostgreSQL, a real Medusa server (build + start) and the
 * built storefront on test ports with a throw-away database; they read URLs with `inject("stack")`.
 */
export default getViteConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Every test by name, skipped ones too: a skip says why (no Chromium, Stripe's servers unreachable…).
    reporters: ["verbose"],
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      {
        extends: true,
        test: {
          name: "stack",
          include: ["tests/integration/**/*.test.ts", "tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/support/global-setup.ts"],
          // One server stack, 2 cores: files run one after another.
          fileParallelism: false,
          // Tests wait on states, never on the clock; on a busy 2-core machine (load ~7) a browser step or a
          // 30-buyer race takes many times its idle duration, so the limits leave room for that.
          testTimeout: 180_000,
          expect: { poll: { timeout: 30_000, interval: 100 } },
        },
      },
    ],
  },
})
