/**
 * The storefront's security headers and its refusal of state-changing requests from other sites.
 * Headers go on every answer — pages, API routes, prerendered pages and built assets — from the
 * storefront's server (scripts/serve-storefront.ts); pages then carry Astro's full Content-Security-Policy
 * (hashes of their scripts and styles, `security.csp` in astro.config.mjs), which replaces the
 * minimal one below. No imports: the server script loads this file directly.
 */

export const STOREFRONT_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
  // for answers that are not pages (JSON, images, scripts); pages get Astro's policy instead
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
}

/** Content-Security-Policy directives every page shares (besides Astro's script-src and style-src). */
export function pageCspDirectives(medusaUrl: string | undefined): string[] {
  let medusaOrigin = ""
  try {
    medusaOrigin = medusaUrl ? new URL(medusaUrl).origin : ""
  } catch {
    medusaOrigin = ""
  }
  return [
    "default-src 'self'",
    // product photos come from Medusa's /static (or a file store over https); the VietQR code is inline SVG
    `img-src 'self' data: blob: https: ${medusaOrigin}`.trim(),
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ]
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"])

export const FOREIGN_ORIGIN_MESSAGE = {
  message: "Yêu cầu gửi từ trang web khác bị từ chối.",
  message_en: "Requests sent from another website are refused.",
}

/**
 * A state-changing request a browser sent from another site (its Origin names another host, or
 * Sec-Fetch-Site says cross-site): form posts, JSON and the rest (Astro's own `checkOrigin` is off in
 * astro.config.mjs — it answered form posts in English only, before this could).
 * Requests without either header are not from a browser page and carry no visitor's cookies by accident.
 */
export function isForeignOriginRequest(request: Request, host: string): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return false
  const origin = request.headers.get("origin")
  if (origin !== null) {
    try {
      return new URL(origin).host !== host
    } catch {
      return true // "null" (sandboxed frames, privacy redirects) or garbage
    }
  }
  const site = request.headers.get("sec-fetch-site")
  return site === "cross-site" || site === "same-site"
}

export function foreignOriginResponse(request: Request): Response {
  const wantsJson = /json/.test(request.headers.get("content-type") ?? "") || /json/.test(request.headers.get("accept") ?? "")
  return wantsJson
    ? new Response(JSON.stringify({ type: "forbidden", ...FOREIGN_ORIGIN_MESSAGE }), { status: 403, headers: { "content-type": "application/json; charset=utf-8" } })
    : new Response(`${FOREIGN_ORIGIN_MESSAGE.message}\n${FOREIGN_ORIGIN_MESSAGE.message_en}\n`, { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } })
}
