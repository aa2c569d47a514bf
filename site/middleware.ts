import { defineMiddleware } from "astro:middleware"
import { foreignOriginResponse, isForeignOriginRequest } from "./lib/security-headers"

/** Refuses state-changing requests from other websites (JSON included: Astro's own check covers forms only). */
export const onRequest = defineMiddleware((context, next) => {
  if (!context.isPrerendered && isForeignOriginRequest(context.request, context.url.host)) return foreignOriginResponse(context.request)
  return next()
})
