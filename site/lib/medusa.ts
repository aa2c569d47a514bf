/** The configured Medusa JS SDK client, server-side only: the backend URL and key never reach the browser. */
import Medusa from "@medusajs/js-sdk"

let client: Medusa | undefined

/** Where Medusa answers (MEDUSA_BACKEND_URL, `npm start`'s default otherwise), without a trailing slash. */
export function medusaBackendUrl(): string {
  return (process.env.MEDUSA_BACKEND_URL || "http://localhost:9000").replace(/\/+$/, "")
}

export function medusa(): Medusa {
  if (client) return client
  const baseUrl = medusaBackendUrl()
  const publishableKey = process.env.MEDUSA_PUBLISHABLE_KEY
  if (!publishableKey) {
    throw new Error("MEDUSA_PUBLISHABLE_KEY is not set: the storefront cannot read the catalog (npm start sets it).")
  }
  client = new Medusa({ baseUrl, publishableKey, debug: false })
  return client
}

/** True when Medusa answered 404 (an unknown handle), so the page can answer 404 too. */
export function isNotFound(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { status?: number }).status === 404
}
