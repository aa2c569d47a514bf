/**
 * Runs first when the built storefront server starts (astro.config.mjs prepends it to the node
 * adapter's entry): without a usable STOREFRONT_SECRET, or with a malformed TRUSTED_PROXIES, the
 * process stops with one line instead of serving. site/middleware.ts covers `astro dev`.
 */
import { settingsProblem } from "./lib/storefront-secret"

const problem = settingsProblem()
if (problem) {
  console.error(`Lỗi / Error: ${problem}`)
  process.exit(1)
}
