/**
 * Runs the nightly OCOP-expiry pass now (`npm run reindex -- --ocop-expired`, through `medusa exec`):
 * products whose certificate is no longer valid today in Vietnam and whose search document still shows
 * stars are re-indexed without them. Safe to run any number of times. The last line on stdout is a
 * JSON summary.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { reindexProductsWithExpiredOcop } from "../lib/search/ocop-expiry-reindex"

export default async function reindexExpiredOcop({ container }: ExecArgs) {
  const run = await reindexProductsWithExpiredOcop(container, new Date())
  process.stderr.write(
    `Ngày ${run.today} (giờ Việt Nam): ${run.expired} giấy chứng nhận OCOP đã hết hạn, ${run.reindexed.length} sản phẩm được lập lại chỉ mục (bỏ sao). / ` +
      `${run.expired} expired OCOP certificate(s), ${run.reindexed.length} product(s) re-indexed without stars.\n`
  )
  console.log(JSON.stringify({ ocopExpiry: run }))
}
