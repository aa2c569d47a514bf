/**
 * `npm start`: the whole shop on this machine — PostgreSQL (embedded unless DATABASE_URL is
 * set), the search engine (embedded Meilisearch on Linux x64; see scripts/lib/search-engine.ts),
 * Medusa with demo data, and the storefront. Ctrl-C stops everything it started.
 */
import { startSettings, UserFacingError } from "./lib/env.ts"
import { stopAllChildren } from "./lib/processes.ts"
import { startStack, type Stack } from "./lib/stack.ts"
import DEMO_COOPERATIVE_STAFF from "../commerce/src/scripts/demo-catalog/staff.json" with { type: "json" }

const DEMO_ADMIN_EMAIL = process.env.DEMO_ADMIN_EMAIL || "admin@cho-htx.demo"
const DEMO_ADMIN_PASSWORD = process.env.DEMO_ADMIN_PASSWORD || "demo-admin-2025"
// same default as commerce/src/scripts/demo-catalog/staff.ts (the seed)
const DEMO_COOPERATIVE_PASSWORD = process.env.DEMO_COOPERATIVE_PASSWORD || "demo-htx-2025"

let stack: Stack | undefined
let stopping = false

async function shutdown(code: number) {
  if (stopping) return
  stopping = true
  console.log("\nĐang dừng… / Stopping…")
  await stack?.stop().catch(() => {})
  await stopAllChildren()
  process.exit(code)
}
process.on("SIGINT", () => void shutdown(0))
process.on("SIGTERM", () => void shutdown(0))

try {
  const t0 = performance.now()
  const settings = startSettings()
  stack = await startStack(settings, { quiet: process.env.VERBOSE !== "1" })
  const seconds = ((performance.now() - t0) / 1000).toFixed(1)
  console.log(`
Chợ Hợp tác xã Khánh Hòa đã sẵn sàng sau ${seconds} giây / ready in ${seconds} s

  Cửa hàng / Storefront      ${stack.storefrontUrl}
  Medusa API                 ${stack.medusaUrl}
  Quản trị / Medusa Admin    ${stack.medusaUrl}/app
      tài khoản demo:        ${DEMO_ADMIN_EMAIL}  /  ${DEMO_ADMIN_PASSWORD}
  Kênh hợp tác xã / Portal   ${stack.storefrontUrl}/kenh-htx
${DEMO_COOPERATIVE_STAFF.map((s) => `      ${s.cooperative_handle.padEnd(34)} ${s.email}  /  ${DEMO_COOPERATIVE_PASSWORD}`).join("\n")}
  Publishable API key        ${stack.publishableKey}
  Cơ sở dữ liệu / Database   ${stack.database.description}
  Tìm kiếm / Search          ${stack.search.description}

Dữ liệu là hư cấu (demo). Nhấn Ctrl-C để dừng. / Demo data is fictional. Press Ctrl-C to stop.
`)
  // A server that exits unexpectedly is started again (1, 2, 4, 8, 16 s apart); after 5 failed
  // restarts in a row the shop stops with one line. Orders already acknowledged are in PostgreSQL.
  stack.supervise({
    log: (line) => console.error(line),
    onGiveUp: (line) => {
      console.error(`Lỗi / Error: ${line}`)
      void shutdown(1)
    },
  })
} catch (err) {
  if (err instanceof UserFacingError) {
    console.error(`Lỗi / Error: ${err.message}`)
  } else {
    console.error(`Không khởi động được cửa hàng / Could not start the shop: ${err instanceof Error ? err.message : String(err)}`)
  }
  await stopAllChildren()
  process.exit(1)
}
