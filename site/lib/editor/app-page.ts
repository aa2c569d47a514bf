/**
 * The page that hosts the editor's app (Keystatic) and the app's files. The page carries its own
 * Content-Security-Policy: scripts only from this server, styles inline too (Keystatic's design
 * system injects them at run time), no framing, connections only to this server. The storefront's
 * pages keep their stricter, hashed policy; this one applies to /keystatic/… alone.
 */
import fs from "node:fs/promises"
import path from "node:path"
import type { EditorUiManifest } from "../../editor/integration"
import { editorCopy as c } from "./copy"
import type { EditorUser } from "./session"

export const EDITOR_APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ")

const uiDir = () => __EDITOR_UI_DIR__

let manifest: Promise<EditorUiManifest | null> | undefined
const readManifest = () =>
  (manifest ??= fs
    .readFile(path.join(uiDir(), "manifest.json"), "utf8")
    .then((s) => JSON.parse(s) as EditorUiManifest)
    .catch(() => null))

const escape = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)

export async function editorAppPage(user: EditorUser): Promise<Response> {
  const ui = await readManifest()
  if (!ui) return new Response("Ứng dụng biên tập chưa được build (npm run build). / The editor app is not built.", { status: 503, headers: { "content-type": "text/plain; charset=utf-8" } })
  const html = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Soạn nội dung | ${escape(c.name)}</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<style>
  html, body { margin: 0; height: 100%; }
  body { display: flex; flex-direction: column; }
  .editor-bar { flex: none; display: flex; gap: 1.25rem; align-items: center; padding: 0 1rem; height: 2.5rem; background: #0b5d5a; color: #fff; font: 0.9rem system-ui, sans-serif; }
  .editor-bar a { color: #fff; }
  .editor-bar .who { margin-left: auto; opacity: 0.85; }
  #keystatic { flex: 1; min-height: 0; position: relative; overflow: auto; }
</style>
</head>
<body>
<nav class="editor-bar" aria-label="${escape(c.name)}">
  <a href="/bien-tap">← ${escape(c.nav.dashboard)}</a>
  <a id="editor-preview" href="/bien-tap" hidden>Xem trước và xuất bản bài này</a>
  <span class="who">${escape(user.name)}</span>
</nav>
<div id="keystatic"></div>
<script type="module" src="/bien-tap/ung-dung/${escape(ui.script)}"></script>
</body>
</html>`
  return new Response(html, { headers: { "content-type": "text/html; charset=utf-8", "content-security-policy": EDITOR_APP_CSP } })
}

export async function editorAppFile(name: string, acceptEncoding: string): Promise<Response> {
  if (!/^[A-Za-z0-9_-]+\.(js|css)$/.test(name)) return new Response("Not found", { status: 404 })
  const file = path.join(uiDir(), name)
  const gzip = /\bgzip\b/.test(acceptEncoding)
  const body = await fs.readFile(gzip ? `${file}.gz` : file).catch(() => null)
  if (!body) return new Response("Not found", { status: 404 })
  const headers: Record<string, string> = {
    "content-type": name.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8",
    // names carry a hash of the content
    "cache-control": "private, max-age=31536000, immutable",
    vary: "accept-encoding",
  }
  if (gzip) headers["content-encoding"] = "gzip"
  return new Response(new Uint8Array(body), { headers })
}
