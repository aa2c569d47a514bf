/**
 * `npm test`: type checks (storefront with `astro check`, commerce with `tsc`), then every
 * Vitest project — unit, integration (real PostgreSQL + Medusa) and browser (Chromium).
 * Extra arguments go to Vitest, e.g. `npm test -- --project unit`.
 */
import { spawnSync } from "node:child_process"
import path from "node:path"
import { repoRoot } from "./lib/env.ts"

const bin = (pkg: string, file: string) => path.join(repoRoot, "node_modules", pkg, file)
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", MEDUSA_DISABLE_TELEMETRY: "true" }

function step(title: string, args: string[], cwd = repoRoot) {
  console.log(`\n== ${title}`)
  const t = performance.now()
  const result = spawnSync(process.execPath, args, { cwd, env, stdio: "inherit" })
  if (result.status !== 0) {
    console.error(`\n✗ ${title} failed`)
    process.exit(result.status ?? 1)
  }
  console.log(`✓ ${title} (${((performance.now() - t) / 1000).toFixed(1)} s)`)
}

const vitestArgs = process.argv.slice(2)
if (!vitestArgs.length || process.env.TEST_TYPECHECK === "1") {
  step("type check: storefront (astro check)", [bin("astro", "bin/astro.mjs"), "check"])
  step("type check: commerce (tsc)", [bin("typescript", "bin/tsc"), "--noEmit", "-p", "commerce/tsconfig.json"])
}
step("vitest", [bin("vitest", "vitest.mjs"), "run", ...vitestArgs])
