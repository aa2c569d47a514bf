/**
 * Every night at 00:05 in Vietnam (cron "5 17 * * *" in UTC: OCOP_EXPIRY_CRON_UTC), re-indexes the
 * products whose OCOP certificate is no longer valid but whose search document still shows stars, so
 * they lose their stars, their place in the stars filter and in the OCOP sort. The work and the choice
 * of products live in lib/search (ocop-expiry-reindex.ts, ocop-expiry.ts); this only schedules it.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { reindexProductsWithExpiredOcop } from "../lib/search/ocop-expiry-reindex"
import { dailyUtcCronInLocalTime, OCOP_EXPIRY_CRON_UTC } from "../lib/search/ocop-expiry"

export default async function ocopExpiryJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const run = await reindexProductsWithExpiredOcop(container, new Date())
  logger.info(
    `[ocop-expiry] ${run.today}: ${run.expired} expired OCOP certificate(s), ${run.reindexed.length} product(s) re-indexed without stars` +
      (run.reindexed.length ? `: ${run.reindexed.join(", ")}` : "")
  )
}

export const config = {
  name: "ocop-expiry-reindex",
  // Medusa reads the cron in this process's time zone; written in UTC, shifted to it here.
  schedule: dailyUtcCronInLocalTime(OCOP_EXPIRY_CRON_UTC, -new Date().getTimezoneOffset()),
}
