/**
 * OCOP stars count in the product search index only while the certificate is valid
 * (product-document.ts), but a document is rebuilt only when something about the product changes.
 * A certificate that expires overnight changes nothing, so a daily job (src/jobs/ocop-expiry.ts)
 * re-indexes the products this module picks. Pure: the caller reads the database, the index and the
 * clock, and passes what it read in.
 *
 * The choice is made from state, not from a "last run" marker: every product whose certificate is no
 * longer valid today while its indexed document still shows stars. A missed run (server down at
 * midnight), a failed one or a restore from backup is caught up by the next, and a second run the
 * same day finds nothing left to do.
 */
import { isOcopCertificateValid } from "../ocop"

/** A product's certificate as stored (product_provenance, linked to the product). */
export interface OcopCertificate {
  product_id: string
  ocop_stars: number | null
  ocop_expires_on: Date | string | null
}

/** What the product index holds for a product now (absent: not in the index, e.g. unpublished). */
export interface IndexedOcopStars {
  id: string
  ocop_stars: number | null
}

/**
 * Products to re-index on `today` (a date in Vietnam as midnight UTC: `vietnamToday`): the
 * certificate has stars, is no longer valid on `today` (same rule as the index's own documents:
 * valid up to and including its expiry date), and the indexed document still shows stars.
 * Sorted, each id once.
 */
export function productsWithExpiredOcopStars(
  certificates: readonly OcopCertificate[],
  indexed: readonly IndexedOcopStars[],
  today: Date
): string[] {
  const starsInIndex = new Set(indexed.filter((doc) => doc.ocop_stars != null).map((doc) => doc.id))
  const ids = certificates
    .filter((c) => c.ocop_stars != null && c.ocop_expires_on != null)
    .filter((c) => !isOcopCertificateValid(c.ocop_expires_on, today))
    .map((c) => c.product_id)
    .filter((id) => starsInIndex.has(id))
  return [...new Set(ids)].sort()
}

/**
 * When the job runs: 00:05 in Vietnam, i.e. 17:05 UTC the day before. Written in UTC.
 * (Five minutes past midnight rather than on the stroke, away from anything else scheduled at 00:00.)
 */
export const OCOP_EXPIRY_CRON_UTC = "5 17 * * *"

/**
 * Medusa's scheduler reads a cron expression in the server process's own time zone (both workflow
 * engines: in-memory through cron-parser, Redis through BullMQ, neither given a zone). This turns a
 * daily "M H * * *" written in UTC into the same instant in a zone `utcOffsetMinutes` ahead of UTC
 * (the process's: `-new Date().getTimezoneOffset()`), so the job runs at 00:05 in Vietnam whether the
 * server runs in UTC or on a laptop set to Asia/Ho_Chi_Minh.
 */
export function dailyUtcCronInLocalTime(cronUtc: string, utcOffsetMinutes: number): string {
  const match = /^(\d{1,2}) (\d{1,2}) \* \* \*$/.exec(cronUtc.trim())
  if (!match) throw new Error(`expected a daily cron "M H * * *", got "${cronUtc}"`)
  const minuteOfDay = Number(match[2]) * 60 + Number(match[1])
  const local = (((minuteOfDay + utcOffsetMinutes) % 1440) + 1440) % 1440
  return `${local % 60} ${Math.floor(local / 60)} * * *`
}
