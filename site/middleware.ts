/**
 * A storefront without a usable STOREFRONT_SECRET (or with a malformed TRUSTED_PROXIES) refuses to
 * serve: every request gets 503 with the reason in one line, and the log says it once. There is no
 * fallback — with a made-up key the `orders` cookie would be forgeable or every confirmation page
 * would 404, and Medusa would not believe a single call. `npm start` always passes the secret.
 * Prerendering at build time needs no secret and is let through.
 */
import { defineMiddleware } from "astro:middleware"
import { settingsProblem } from "./lib/storefront-secret"

let reported = false

export const onRequest = defineMiddleware((context, next) => {
  if (context.isPrerendered) return next()
  const problem = settingsProblem()
  if (!problem) return next()
  if (!reported) {
    reported = true
    console.error(`[storefront] ${problem}`)
  }
  return new Response(`Cửa hàng chưa được cấu hình đúng, tạm thời không phục vụ. / The storefront is not configured and does not serve.\n${problem}\n`, {
    status: 503,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  })
})
