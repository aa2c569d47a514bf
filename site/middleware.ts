/**
 * Every on-demand request passes here:
 * - a state-changing request sent from another website is refused (JSON included: Astro's own check
 *   covers form posts only) — lib/security-headers.ts;
 * - a request whose form body cannot be read (lib/form-body.ts) gets a clear 400 page instead of Astro's 500.
 */
import { defineMiddleware, sequence } from "astro:middleware"
import { isUnreadableForm, unreadableFormResponse } from "./lib/form-body"
import { foreignOriginResponse, isForeignOriginRequest } from "./lib/security-headers"

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

export const onRequest = sequence(refuseForeignOrigin, answerUnreadableForms)
