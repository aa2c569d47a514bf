/** `npm run build`: builds Medusa (commerce/.medusa/server) and the storefront (dist/) when their sources changed. */
import { buildCommerce, buildStorefront } from "./lib/stack.ts"

const log = (line: string) => console.log(line)
const quiet = process.env.VERBOSE !== "1"
try {
  const built = [(await buildCommerce(log, quiet)) && "Medusa", (await buildStorefront(log, quiet)) && "storefront"].filter(Boolean)
  console.log(built.length ? `Built: ${built.join(", ")}` : "Nothing changed since the last build.")
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err))
  process.exit(1)
}
