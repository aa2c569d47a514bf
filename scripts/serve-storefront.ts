/**
 * The storefront's HTTP server: Astro's standalone handler (built pages, assets, on-demand routes)
 * behind our security headers, so that prerendered pages and built files get them too
 * (site/lib/security-headers.ts). Usage: node scripts/serve-storefront.ts <build>/server/entry.mjs
 * with HOST and PORT in the environment.
 */
import http from "node:http"
import { pathToFileURL } from "node:url"
import { STOREFRONT_HEADERS } from "../site/lib/security-headers.ts"

const entry = process.argv[2]
if (!entry) {
  console.error("usage: node scripts/serve-storefront.ts <build>/server/entry.mjs")
  process.exit(2)
}
process.env.ASTRO_NODE_AUTOSTART = "disabled"
const { handler } = (await import(pathToFileURL(entry).href)) as { handler: (req: http.IncomingMessage, res: http.ServerResponse) => void }

const server = http.createServer((req, res) => {
  for (const [name, value] of Object.entries(STOREFRONT_HEADERS)) res.setHeader(name, value)
  handler(req, res)
})
const port = Number(process.env.PORT || 4321)
server.listen(port, process.env.HOST || "0.0.0.0")

const stop = () => {
  server.close(() => process.exit(0))
  server.closeAllConnections()
}
process.on("SIGTERM", stop)
process.on("SIGINT", stop)
