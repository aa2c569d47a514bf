/**
 * Every on-demand request passes here, in order:
 * 1. a storefront without a usable STOREFRONT_SECRET (or with a malformed TRUSTED_PROXIES) refuses to
 *    serve: 503 with the reason in one line, logged once (the built server already stops at start,
 *    site/startup-check.ts; this covers `astro dev`). No fallback key: the `orders` cookie would be
 *    forgeable and Medusa would believe no call. Prerendering at build time needs no secret;
 * 2. a state-changing request sent from another website is refused (JSON included: Astro's own check
 *    covers form posts only) — lib/security-headers.ts;
 * 3. a request whose form body cannot be read (lib/form-body.ts) gets a clear 400 page instead of Astro's 500.
 */
import { defineMiddleware, sequence } from "astro:middleware"
import { isUnreadableForm, unreadableFormResponse } from "./lib/form-body"
import { foreignOriginResponse, isForeignOriginRequest } from "./lib/security-headers"
import { settingsProblem } from "./lib/storefront-secret"

let reported = false

const refuseWithoutSecret = defineMiddleware((context, next) => {
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

const refuseForeignOrigin = defineMiddleware((context, next) => {
  if (!context.isPrerendered && isForeignOriginRequest(context.request, context.url.host)) return foreignOriginResponse(context.request)
  return next()
})

const answerUnreadableForms = defineMiddleware(async (context, next) => {
  try {
    return await next()
  } catch (e) {
    if (isUnreadableForm(e)) return unreadableFormResponse(context.url)
    throw e
  }
})

export const onRequest = sequence(refuseWithoutSecret, refuseForeignOrigin, answerUnreadableForms)
