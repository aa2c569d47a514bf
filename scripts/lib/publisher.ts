/**
 * Publishing in the background, in the storefront's primary process (scripts/serve-storefront.ts).
 * The editor puts a request in `<EDITOR_DIR>/outbox/<id>/` and sends its id (site/lib/editor/publish.ts).
 *
 * - Coalescing: requests arriving within `coalesceMs` of each other, or while a build runs, go into
 *   one build — at most one build runs and at most one waits.
 * - A build works on a staging copy: the content folder + the batch's entries. The live content
 *   folder is not touched until the new build serves.
 * - Success: the new build is started beside the old one and takes over (`switchTo`); only then are
 *   the entries copied into the content folder and recorded — a git commit per request with the
 *   editor as author where the content folder is in a git repository, and a line in
 *   `<EDITOR_DIR>/publish-log.jsonl` always.
 * - Failure: the site keeps serving the old build; each request named by the build's error (file
 *   and field, paths as in the content folder) fails with it, and the others are built again.
 * - `publish-status.json` says all of this to the editor.
 */
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { EMPTY_STATUS, type PublishRequest, type PublishStatus, type RequestStatus } from "../../site/lib/editor/publish-protocol.ts"

export interface PublisherOptions {
  editorDir: string
  contentDir: string
  /** where new builds go, one folder each */
  releasesDir: string
  /** builds the storefront from `contentDir` into `outDir`; rejects with the build's output */
  build: (outDir: string, contentDir: string) => Promise<void>
  /** serves the build at `outDir` instead of the current one; rejects when it does not start */
  switchTo: (outDir: string) => Promise<void>
  /** after a batch's entries reached the content folder, with the build that serves them */
  onPublished?: (outDir: string) => void
  coalesceMs?: number
  log?: (line: string) => void
  now?: () => Date
}

export interface Publisher {
  request(id: string): void
  /** resolves when nothing is queued or building (tests) */
  idle(): Promise<void>
  status(): PublishStatus
}

const copy = (from: string, to: string) => {
  fs.mkdirSync(path.dirname(to), { recursive: true })
  fs.copyFileSync(from, to)
}

function removeWithEmptyParents(root: string, rel: string) {
  fs.rmSync(path.join(root, rel), { force: true })
  for (let dir = path.dirname(rel); dir && dir !== "."; dir = path.dirname(dir)) {
    const abs = path.join(root, dir)
    if (!fs.existsSync(abs) || fs.readdirSync(abs).length) break
    fs.rmdirSync(abs)
  }
}

/** Applies a request's snapshot to a content folder (staging or live). */
export function applyRequest(outboxDir: string, req: PublishRequest, contentDir: string) {
  for (const rel of req.remove) removeWithEmptyParents(contentDir, rel)
  for (const rel of req.files) copy(path.join(outboxDir, req.id, "files", rel), path.join(contentDir, rel))
}

/**
 * The lines of a build's output that concern one of the batch's entries, with the staging
 * folder's paths written as content paths ("stories/x/index.md: cooperative: …").
 */
export function explainFailure(output: string, stagingDir: string, batch: PublishRequest[]): Map<string, string> {
  const text = withContentPaths(output, stagingDir)
  const lines = text.split(/\r?\n/).map((l) => l.replace(/\x1b\[[0-9;]*m/g, "").trim())
  const blamed = new Map<string, string>()
  for (const req of batch) {
    const mine = lines.filter((l) => req.files.some((f) => l.includes(f)) || l.includes(req.entry.replace(/^pages-(vi|en)\//, "pages/$1/")))
    if (mine.length) blamed.set(req.id, [...new Set(mine)].slice(0, 12).join("\n"))
  }
  return blamed
}

/** The build names files by absolute path or relative to the repository: both become content paths. */
function withContentPaths(output: string, stagingDir: string): string {
  let text = output
  for (const prefix of [stagingDir, path.relative(process.cwd(), stagingDir)]) if (prefix) text = text.split(prefix + path.sep).join("").split(prefix).join("")
  return text
}

function lastLines(output: string, n = 15) {
  return output
    .split(/\r?\n/)
    .map((l) => l.replace(/\x1b\[[0-9;]*m/g, "").trimEnd())
    .filter(Boolean)
    .slice(-n)
    .join("\n")
}

/** Runs git without a shell; resolves with its exit code and output. */
function git(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = spawn("git", args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] })
    let out = ""
    child.stdout.on("data", (d) => (out += d))
    child.stderr.on("data", (d) => (out += d))
    child.on("error", () => resolve({ code: -1, out: "git not found" }))
    child.on("close", (code) => resolve({ code: code ?? -1, out }))
  })
}

const clean = (s: string, max: number) => s.replace(/[\u0000-\u001f\u007f<>]/g, " ").trim().slice(0, max) || "?"

/** A commit of the request's paths only, the editor as author; null when the content folder is not in a git repository. */
async function commit(contentDir: string, req: PublishRequest): Promise<string | null> {
  const top = await git(contentDir, ["rev-parse", "--show-toplevel"])
  if (top.code !== 0) return null
  const root = top.out.trim()
  const paths = [...req.files, ...req.remove].map((rel) => path.relative(root, path.join(contentDir, rel)))
  const add = await git(root, ["add", "-A", "--", ...paths])
  if (add.code !== 0) throw new Error(`git add: ${add.out.trim()}`)
  const author = `${clean(req.editor.name, 100)} <${clean(req.editor.email, 200)}>`
  const message = `${req.action === "remove" ? "Gỡ" : "Xuất bản"} ${clean(req.title, 200)} (${req.entry})\n\nQua trang biên tập, bởi ${author}.`
  const env = { GIT_COMMITTER_NAME: "Biên tập Chợ HTX", GIT_COMMITTER_EMAIL: "bien-tap@cho-htx.invalid" }
  const done = await git(root, ["commit", "--only", "--no-verify", `--author=${author}`, "-m", message, "--", ...paths], env)
  if (done.code !== 0) {
    if (/nothing to commit|no changes added/i.test(done.out)) return "git: không có thay đổi"
    throw new Error(`git commit: ${done.out.trim()}`)
  }
  const head = await git(root, ["rev-parse", "--short", "HEAD"])
  return `git commit ${head.out.trim()}`
}

export function createPublisher(opts: PublisherOptions): Publisher {
  const outbox = path.join(opts.editorDir, "outbox")
  const statusFile = path.join(opts.editorDir, "publish-status.json")
  const logFile = path.join(opts.editorDir, "publish-log.jsonl")
  const log = opts.log ?? (() => {})
  const now = opts.now ?? (() => new Date())
  const coalesceMs = opts.coalesceMs ?? 1500
  fs.mkdirSync(opts.releasesDir, { recursive: true })

  let status: PublishStatus = (() => {
    try {
      const previous = JSON.parse(fs.readFileSync(statusFile, "utf8")) as PublishStatus
      // a build that was running when the server stopped did not finish
      return { ...previous, building: null, requests: previous.requests.map((r) => (r.state === "queued" || r.state === "building" ? { ...r, state: "failed", error: "Máy chủ đã khởi động lại trước khi xuất bản xong. Hãy bấm Xuất bản lại." } : r)) }
    } catch {
      return { ...EMPTY_STATUS, requests: [] }
    }
  })()
  const pending: string[] = []
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> | null = null
  let waiters: (() => void)[] = []

  const save = () => {
    status.updatedAt = now().toISOString()
    status.requests = status.requests.slice(0, 50)
    const tmp = `${statusFile}.${process.pid}.tmp`
    fs.writeFileSync(tmp, JSON.stringify(status, null, 2))
    fs.renameSync(tmp, statusFile)
  }
  const update = (id: string, change: Partial<RequestStatus>) => {
    status.requests = status.requests.map((r) => (r.id === id ? { ...r, ...change } : r))
  }
  const readRequest = (id: string): PublishRequest | null => {
    if (!/^[0-9a-z-]{8,40}$/.test(id)) return null
    try {
      return JSON.parse(fs.readFileSync(path.join(outbox, id, "request.json"), "utf8")) as PublishRequest
    } catch {
      return null
    }
  }
  const settle = () => {
    if (running || pending.length || timer) return
    for (const w of waiters.splice(0)) w()
  }
  const schedule = () => {
    if (running || timer || !pending.length) return settle()
    timer = setTimeout(() => {
      timer = undefined
      running = runBatch().finally(() => {
        running = null
        schedule()
      })
    }, coalesceMs)
  }

  async function runBatch() {
    const batch = pending.splice(0).map(readRequest).filter((r): r is PublishRequest => r !== null)
    if (!batch.length) return
    const started = now()
    status.building = { ids: batch.map((r) => r.id), startedAt: started.toISOString() }
    for (const r of batch) update(r.id, { state: "building" })
    save()
    const staging = path.join(opts.editorDir, "staging")
    const outDir = path.join(opts.releasesDir, String(started.getTime()))
    log(`Xuất bản ${batch.length} bài: đang build… / Publishing ${batch.length} entr${batch.length > 1 ? "ies" : "y"}: building…`)
    try {
      fs.rmSync(staging, { recursive: true, force: true })
      fs.cpSync(opts.contentDir, staging, { recursive: true, filter: (src) => !src.split(path.sep).includes(".git") })
      for (const r of batch) applyRequest(outbox, r, staging)
      await opts.build(outDir, staging)
    } catch (e) {
      const output = e instanceof Error ? e.message : String(e)
      const blamed = explainFailure(output, staging, batch)
      const failed = blamed.size ? batch.filter((r) => blamed.has(r.id)) : batch
      for (const r of failed) {
        update(r.id, { state: "failed", error: blamed.get(r.id) ?? lastLines(withContentPaths(output, staging)) })
        fs.rmSync(path.join(outbox, r.id), { recursive: true, force: true })
      }
      const retry = batch.filter((r) => !failed.includes(r))
      for (const r of retry) update(r.id, { state: "queued" })
      pending.unshift(...retry.map((r) => r.id))
      status.building = null
      status.builds++
      save()
      fs.rmSync(outDir, { recursive: true, force: true })
      log(`Xuất bản không thành; cửa hàng vẫn chạy bản cũ. / Publish failed; the site keeps the previous build.\n${output.slice(-2000)}`)
      return
    }
    try {
      await opts.switchTo(outDir)
    } catch (e) {
      for (const r of batch) {
        update(r.id, { state: "failed", error: `Bản mới không khởi động được; cửa hàng vẫn chạy bản cũ. ${e instanceof Error ? e.message : String(e)}`.slice(0, 2000) })
        fs.rmSync(path.join(outbox, r.id), { recursive: true, force: true })
      }
      status.building = null
      status.builds++
      save()
      fs.rmSync(outDir, { recursive: true, force: true })
      return
    }
    const liveAt = now()
    for (const r of batch) {
      applyRequest(outbox, r, opts.contentDir)
      let recorded = ""
      try {
        recorded = (await commit(opts.contentDir, r)) ?? ""
      } catch (e) {
        recorded = `git: ${e instanceof Error ? e.message.slice(0, 300) : String(e)}`
      }
      const line = { at: liveAt.toISOString(), id: r.id, entry: r.entry, action: r.action, title: r.title, editor: r.editor, requestedAt: r.requestedAt, recorded: recorded || null }
      fs.appendFileSync(logFile, `${JSON.stringify(line)}\n`)
      const seconds = Math.round((liveAt.getTime() - new Date(r.requestedAt).getTime()) / 100) / 10
      update(r.id, { state: "live", liveAt: liveAt.toISOString(), seconds, recorded: recorded || "sổ xuất bản (publish-log.jsonl)" })
      fs.rmSync(path.join(outbox, r.id), { recursive: true, force: true })
    }
    status.building = null
    status.builds++
    save()
    opts.onPublished?.(outDir)
    log(`Đã xuất bản: ${batch.map((r) => r.entry).join(", ")} / Published.`)
    // keep the build now serving and the one before it (its worker may still finish requests)
    const releases = fs.readdirSync(opts.releasesDir).sort()
    for (const old of releases.slice(0, -2)) fs.rmSync(path.join(opts.releasesDir, old), { recursive: true, force: true })
  }

  return {
    request(id) {
      const req = readRequest(id)
      if (!req || pending.includes(id) || status.requests.some((r) => r.id === id)) return
      status.requests.unshift({ id, entry: req.entry, title: req.title, action: req.action, editor: req.editor.name, state: "queued", requestedAt: req.requestedAt })
      pending.push(id)
      save()
      schedule()
    },
    idle() {
      return new Promise<void>((resolve) => {
        waiters.push(resolve)
        settle()
      })
    },
    status: () => status,
  }
}
