/**
 * Every on-demand request passes here, in order:
 * 1. a storefront without a usable STOREFRONT_SECRET (or with a malformed TRUSTED_PROXIES) refuses to
 *    serve: 503 with the reason in one line, logged once (the built server already stops at start,
 *    site/startup-check.ts; this covers `astro dev`). No fallback key: the `orders` cookie would be
 *    forgeable and Medusa would believe no call. Prerendering at build time needs no secret;
 * 2. a state-changing request sent from another website is refused (JSON included: Astro's own check
 *    covers form posts only) — lib/security-headers.ts;
 * 3. the editor's pages and APIs (lib/editor/guard.ts) need a signed-in Union staff member, checked with
 *    Medusa (lib/editor/session.ts): a signed-out page visit goes to the sign-in, an API call gets 401;
 *    editor answers are never cached or indexed;
 * 4. a request whose form body cannot be read (lib/form-body.ts) gets a clear 400 page instead of Astro's 500.
 */
import { defineMiddleware, sequence } from "astro:middleware"
import { isUnreadableForm, unreadableFormResponse } from "./lib/form-body"
import { foreignOriginResponse, isForeignOriginRequest } from "./lib/security-headers"
import { settingsProblem } from "./lib/storefront-secret"
import { editorCopy } from "./lib/editor/copy"
import { editorArea, loginRedirect } from "./lib/editor/guard"
import { EditorAuthError, editorSession, rememberEditorToken, verifyEditor } from "./lib/editor/session"

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

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" } })

const guardEditor = defineMiddleware(async (context, next) => {
  const area = editorArea(context.url.pathname)
  if (!area) return next()
  const session = editorSession(context.cookies)
  const token = session?.token
  let user = null
  try {
    user = token ? await verifyEditor(token) : null
  } catch (e) {
    if (!(e instanceof EditorAuthError)) throw e
    return area === "api" ? json(502, { message: e.message }) : new Response(e.message, { status: 502, headers: { "content-type": "text/plain; charset=utf-8" } })
  }
  if (!user || !session) {
    if (token) rememberEditorToken(context.cookies, null, context.url.protocol === "https:")
    if (area === "api") return json(401, { type: "unauthorized", ...editorCopy.api.signedOut })
    return context.redirect(loginRedirect(context.url.pathname, context.url.search, token ? "het-phien" : undefined), 303)
  }
  context.locals.editor = { user, session }
  const response = await next()
  // the app's hashed script files may be cached by the staff member's browser; nothing else
  const headers: Record<string, string> = { "x-robots-tag": "noindex, nofollow" }
  if (!response.headers.get("cache-control")?.includes("immutable")) headers["cache-control"] = "no-store"
  try {
    for (const [k, v] of Object.entries(headers)) response.headers.set(k, v)
    return response
  } catch {
    // immutable headers (a redirect made with Response.redirect): copy the answer
    const copy = new Response(response.body, response)
    for (const [k, v] of Object.entries(headers)) copy.headers.set(k, v)
    return copy
  }
})

const answerUnreadableForms = defineMiddleware(async (context, next) => {
  try {
    return await next()
  } catch (e) {
    if (isUnreadableForm(e)) return unreadableFormResponse(context.url)
    throw e
  }
})

export const onRequest = sequence(refuseWithoutSecret, refuseForeignOrigin, guardEditor, answerUnreadableForms)
