/**
 * `npm run build`: builds Medusa (commerce/.medusa/server) and the storefront ($DATA_DIR/storefront,
 * or STOREFRONT_BUILD_DIR) when their sources changed. Without a running Medusa the content
 * references are not checked; `npm start` rebuilds with the check.
 */
import { startSettings } from "./lib/env.ts"
import { buildCommerce, buildStorefront } from "./lib/stack.ts"

const log = (line: string) => console.log(line)
const quiet = process.env.VERBOSE !== "1"
try {
  const built = [(await buildCommerce(log, quiet)) && "Medusa", (await buildStorefront(startSettings().storefrontBuildDir, log, quiet, undefined, startSettings().contentDir)) && "storefront"].filter(Boolean)
  console.log(built.length ? `Built: ${built.join(", ")}` : "Nothing changed since the last build.")
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err))
  process.exit(1)
}
