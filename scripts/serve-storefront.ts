/**
 * The storefront's HTTP server: Astro's standalone handler (built pages, assets, on-demand routes)
 * behind our security headers, so that prerendered pages and built files get them too
 * (site/lib/security-headers.ts). Usage: node scripts/serve-storefront.ts <build>/server/entry.mjs
 * with HOST and PORT in the environment.
 *
 * Two roles (node:cluster). The primary process holds the port and runs no page: it starts one
 * worker with the build, and — with EDITOR_DIR set — publishes what the editor sends it
 * (scripts/lib/publisher.ts): it builds in the background, starts a worker with the new build,
 * and once that one listens, the old worker stops taking connections and finishes the requests it
 * has. The switch is atomic for visitors: every connection is served whole by one build, old or
 * new; a failed build never reaches a worker. The live build is remembered (`live-build.json`) so
 * that a restarted server comes back with what was published.
 */
import cluster, { type Worker } from "node:cluster"
import crypto from "node:crypto"
import { spawn } from "node:child_process"
import fs from "node:fs"
import http from "node:http"
import compression from "compression"
import path from "node:path"
import { pathToFileURL } from "node:url"
import { STOREFRONT_HEADERS } from "../site/lib/security-headers.ts"
import { PUBLISH_MESSAGE } from "../site/lib/editor/publish-protocol.ts"
import { createPublisher } from "./lib/publisher.ts"

const RETIRE = "cho-htx:retire"
const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..")

if (cluster.isPrimary) await primary()
else await worker()

async function worker() {
  process.env.ASTRO_NODE_AUTOSTART = "disabled"
  const { handler } = (await import(pathToFileURL(process.env.STOREFRONT_ENTRY!).href)) as { handler: (req: http.IncomingMessage, res: http.ServerResponse) => void }
  let retiring = false
  // Pages, styles and scripts go out compressed (Brotli or gzip, as the browser accepts): a listing page's
  // 85 KB of HTML is about 14 KB on a phone's slow link. Photos are already compressed and pass as they are.
  const compress = compression() as unknown as (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void
  const server = http.createServer((req, res) => {
    for (const [name, value] of Object.entries(STOREFRONT_HEADERS)) res.setHeader(name, value)
    // once retired, a kept-alive connection is told to reconnect, which reaches the new build
    if (retiring) res.setHeader("connection", "close")
    compress(req, res, () => handler(req, res))
  })
  server.listen(Number(process.env.PORT || 4321), process.env.HOST || "0.0.0.0")
  const stop = () => {
    server.close(() => process.exit(0))
    server.closeAllConnections()
  }
  process.on("message", (msg: { type?: string }) => {
    if (msg?.type !== RETIRE) return
    retiring = true
    server.close(() => process.exit(0))
    server.closeIdleConnections()
    setTimeout(() => process.exit(0), 30_000).unref()
  })
  process.on("SIGTERM", stop)
  process.on("SIGINT", stop)
}

async function primary() {
  const given = process.argv[2]
  if (!given) {
    console.error("usage: node scripts/serve-storefront.ts <build>/server/entry.mjs")
    process.exit(2)
  }
  const editorDir = process.env.EDITOR_DIR ? path.resolve(process.env.EDITOR_DIR) : null
  const contentDir = path.resolve(process.env.CONTENT_DIR || path.join(repoRoot, "content"))
  const liveFile = editorDir && path.join(editorDir, "live-build.json")
  const buildDir = path.resolve(given, "..", "..")

  const contentPrint = () => fingerprintContent(contentDir)
  /** The build to serve: the last one published, if it was built from the content folder as it is now. */
  const startWith = (): string => {
    if (!liveFile) return buildDir
    try {
      const live = JSON.parse(fs.readFileSync(liveFile, "utf8")) as { outDir: string; content: string }
      if (live.content === contentPrint() && fs.existsSync(path.join(live.outDir, "server", "entry.mjs"))) return live.outDir
    } catch {
      // none yet
    }
    return buildDir
  }

  let stopping = false
  let current = fork(startWith())
  let started = false

  function fork(outDir: string): Worker {
    const w = cluster.fork({ STOREFRONT_ENTRY: path.join(outDir, "server", "entry.mjs") })
    w.on("exit", (code, signal) => {
      // the serving worker died on its own: stop, and the supervisor (scripts/lib/stack.ts) starts us again
      if (w === current && !stopping) {
        console.error(`[storefront] worker exited (${signal ?? code})`)
        process.exit(1)
      }
    })
    return w
  }
  const listening = (w: Worker, timeoutMs: number) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`không phục vụ sau ${timeoutMs / 1000} giây / not listening after ${timeoutMs / 1000} s`)), timeoutMs)
      w.once("listening", () => {
        clearTimeout(timer)
        resolve()
      })
      w.once("exit", (code) => {
        clearTimeout(timer)
        reject(new Error(`dừng với mã ${code} / exited with code ${code}`))
      })
    })
  try {
    await listening(current, 120_000)
  } catch {
    // the worker said why (e.g. no STOREFRONT_SECRET: site/startup-check.ts)
    process.exit(1)
  }
  started = true

  if (editorDir) {
    const releasesDir = `${buildDir.replace(/[\\/]+$/, "")}-releases`
    const publisher = createPublisher({
      editorDir,
      contentDir,
      releasesDir,
      log: (line) => console.log(`[publish] ${line}`),
      build: (outDir, stagingDir) => astroBuild(outDir, stagingDir),
      switchTo: async (outDir) => {
        const next = fork(outDir)
        try {
          await listening(next, 120_000)
        } catch (e) {
          next.kill()
          throw e
        }
        const old = current
        current = next
        old.send({ type: RETIRE })
      },
      // the entries are in the content folder now: remember which build carries them
      onPublished: (outDir) => fs.writeFileSync(liveFile!, JSON.stringify({ outDir, content: contentPrint() })),
    })
    cluster.on("message", (_w, msg: { type?: string; id?: string }) => {
      if (msg?.type === PUBLISH_MESSAGE && typeof msg.id === "string") publisher.request(msg.id)
    })
  }

  const stop = () => {
    stopping = true
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w)
    if (!workers.length || !started) process.exit(0)
    let left = workers.length
    for (const w of workers) {
      w.once("exit", () => --left === 0 && process.exit(0))
      w.process.kill("SIGTERM")
    }
    setTimeout(() => process.exit(0), 8000).unref()
  }
  process.on("SIGTERM", stop)
  process.on("SIGINT", stop)
}

/** `astro build` of the storefront into `outDir` from `contentDir`, checked against Medusa. */
function astroBuild(outDir: string, contentDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repoRoot, "node_modules", "astro", "bin", "astro.mjs"), "build"], {
      cwd: repoRoot,
      env: { ...process.env, STOREFRONT_BUILD_DIR: outDir, CONTENT_DIR: contentDir, CONTENT_REFERENCES: "required", ASTRO_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    })
    let output = ""
    const keep = (d: Buffer) => {
      output = (output + d.toString()).slice(-20_000)
    }
    child.stdout.on("data", keep)
    child.stderr.on("data", keep)
    child.on("error", reject)
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(output))))
  })
}

/** A hash of the Markdown and images in the content folder. */
function fingerprintContent(dir: string): string {
  const hash = crypto.createHash("sha256")
  const visit = (p: string) => {
    if (!fs.existsSync(p)) return
    const stat = fs.statSync(p)
    if (stat.isDirectory()) {
      for (const e of fs.readdirSync(p).sort()) if (e !== ".git") visit(path.join(p, e))
    } else hash.update(p).update(fs.readFileSync(p))
  }
  visit(dir)
  return hash.digest("hex")
}
