/**
 * Answers a request whose form body cannot be read (site/lib/form-body.ts) with a clear 400 page,
 * on every page that reads a form, instead of Astro's 500.
 */
import { defineMiddleware } from "astro:middleware"
import { isUnreadableForm, unreadableFormResponse } from "./lib/form-body"

export const onRequest = defineMiddleware(async (context, next) => {
  try {
    return await next()
  } catch (e) {
    if (isUnreadableForm(e)) return unreadableFormResponse(context.url)
    throw e
  }
})
