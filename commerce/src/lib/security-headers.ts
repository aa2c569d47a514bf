/**
 * Security headers for every answer of the Medusa server — store and admin API, Admin (/app) and
 * uploaded files (/static) — installed in front of Express by instrumentation.ts, because Admin is
 * mounted before our API middlewares and would never see them.
 */
import type { IncomingMessage, ServerResponse } from "node:http"

const COMMON: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
}

/**
 * Admin is a single-page app served from /app: its own scripts, styles injected at run time
 * (React style attributes, toasts), images from this server or anywhere over https (product photos),
 * API calls to this origin.
 */
const ADMIN_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ")

/** Uploaded files are images shown by other pages; opened directly, nothing in them may run (an SVG's script). */
const FILE_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'"

/** JSON answers load nothing and are framed by nobody. */
const API_CSP = "default-src 'none'; frame-ancestors 'none'"

/** The printable plan report (/admin/plan-reports/html) is a page with its own styles and nothing else: no script, no images. */
const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"

export function securityHeadersFor(path: string, overTls: boolean): Record<string, string> {
  const csp =
    path === "/app" || path.startsWith("/app/") ? ADMIN_CSP : path.startsWith("/static/") ? FILE_CSP : path === "/admin/plan-reports/html" ? REPORT_CSP : API_CSP
  return {
    ...COMMON,
    "Content-Security-Policy": csp,
    ...(overTls ? { "Strict-Transport-Security": "max-age=31536000" } : {}),
  }
}

/** Sets the headers on `res` (X-Powered-By is switched off once, on the app: instrumentation.ts). */
export function applySecurityHeaders(req: IncomingMessage, res: ServerResponse): void {
  const path = (req.url ?? "/").split("?")[0]
  // Medusa trusts one proxy hop (Express "trust proxy" 1): a TLS proxy says https here.
  const overTls = (req.socket as { encrypted?: boolean }).encrypted === true || String(req.headers["x-forwarded-proto"] ?? "").split(",")[0].trim() === "https"
  for (const [name, value] of Object.entries(securityHeadersFor(path, overTls))) res.setHeader(name, value)
}
