/**
 * The daily OCOP-expiry pass over the product search index (run by src/jobs/ocop-expiry.ts every night
 * and by `npm run reindex -- --ocop-expired` by hand): reads the certificates that are no longer valid
 * and what the index shows for their products, picks with `productsWithExpiredOcopStars`, and re-indexes
 * those products by ingesting `product.provenance_updated` for them — the event the index already
 * listens to when a provenance is edited, through the Search Module's own `ingest`, which resolves once
 * the engine has the new documents (an event emitted on the bus is not waited on, and `medusa exec`
 * could exit before it is handled). The documents are rebuilt by the index's usual transform.
 */
import type { ISearchModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { vietnamToday } from "../ocop"
import { PRODUCT_PROVENANCE_UPDATED_EVENT } from "./events"
import { productsWithExpiredOcopStars, type IndexedOcopStars, type OcopCertificate } from "./ocop-expiry"
import { PRODUCT_SEARCH_INDEX } from "./product-index"

/** Certificates read, looked up in the index and re-indexed this many at a time. */
const BATCH = 200

export interface OcopExpiryRun {
  /** The date in Vietnam the run judged validity on (YYYY-MM-DD). */
  today: string
  /** Expired certificates with stars found in the database (already re-indexed ones included). */
  expired: number
  /** Products re-indexed because their document still showed stars. */
  reindexed: string[]
}

export async function reindexProductsWithExpiredOcop(container: MedusaContainer, now: Date): Promise<OcopExpiryRun> {
  const today = vietnamToday(now)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const search = container.resolve<ISearchModuleService>(Modules.SEARCH)
  const reindexed: string[] = []
  let expired = 0
  for (let skip = 0; ; skip += BATCH) {
    // Same rule as isOcopCertificateValid: no longer valid once its expiry is before today's date.
    const { data } = await query.graph({
      entity: "product_provenance",
      fields: ["id", "ocop_stars", "ocop_expires_on", "product.id"],
      filters: { ocop_stars: { $ne: null }, ocop_expires_on: { $lt: today } } as any,
      pagination: { skip, take: BATCH, order: { id: "ASC" } },
    })
    const rows = data as { ocop_stars: number | null; ocop_expires_on: Date | string | null; product?: { id?: string } | null }[]
    const certificates: OcopCertificate[] = rows
      .filter((row) => typeof row.product?.id === "string")
      .map((row) => ({ product_id: row.product!.id!, ocop_stars: row.ocop_stars, ocop_expires_on: row.ocop_expires_on }))
    expired += certificates.length
    if (certificates.length) {
      const ids = certificates.map((c) => c.product_id)
      const { hits } = await search.search({
        entity: PRODUCT_SEARCH_INDEX,
        fields: ["id", "ocop_stars"],
        filters: { id: { $in: ids } },
        pagination: { take: ids.length },
      })
      const indexed: IndexedOcopStars[] = hits.map((hit) => ({
        id: hit.id,
        ocop_stars: typeof hit.document?.ocop_stars === "number" ? hit.document.ocop_stars : null,
      }))
      const stale = productsWithExpiredOcopStars(certificates, indexed, today)
      if (stale.length) {
        await search.ingest({ name: PRODUCT_PROVENANCE_UPDATED_EVENT, data: stale.map((id) => ({ id })) })
        reindexed.push(...stale)
      }
    }
    if (rows.length < BATCH) break
  }
  return { today: today.toISOString().slice(0, 10), expired, reindexed }
}
