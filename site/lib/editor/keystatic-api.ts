/**
 * Keystatic's local-mode API (tree, blob, update) on the editor's workspace, with what Keystatic
 * leaves out. The middleware has already checked the Union staff sign-in. Here:
 * - a save may only write the collections' own files (entries.ts: no `..`, no other folder, a
 *   cover only as stories/<slug>/cover.<jpg|jpeg|png|webp|avif>), at most 10 files, 25 MB;
 * - a cover is sniffed, size-limited and re-encoded (cover.ts); Markdown must be UTF-8, ≤ 512 KB;
 * - a save that would overwrite a file changed since this session last loaded the workspace
 *   (another officer's save, a publish pulled from git) is refused with 409 instead;
 * - everything is checked before anything is written.
 * Refusals are plain text (Vietnamese, then English): Keystatic shows the text it gets.
 */
import path from "node:path"
import { makeGenericAPIRouteHandler } from "@keystatic/core/api/generic"
import { editorConfig } from "../../editor/config"
import { CoverError, normalizeCover } from "./cover"
import { entryFileOf, entryKey } from "./entries"
import { blobSha, exclusively, readIfExists } from "./files"
import { workspaceDir } from "./paths"
import { lastView, pruneViews, recordView, syncWorkspace } from "./workspace"

export const SAVE_LIMITS = { maxBodyBytes: 25 * 1024 * 1024, maxFiles: 10, maxMarkdownBytes: 512 * 1024 }

let keystatic: ReturnType<typeof makeGenericAPIRouteHandler> | undefined
const handler = () => (keystatic ??= makeGenericAPIRouteHandler({ config: editorConfig(), localBaseDirectory: workspaceDir() }))

const text = (status: number, vi: string, en: string) =>
  new Response(`${vi}\n${en}`, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } })

async function callKeystatic(request: Request): Promise<{ response: Response; tree?: { path: string; sha: string }[] }> {
  const out = await handler()(request)
  const headers = new Headers(Array.isArray(out.headers) ? out.headers : Object.entries(out.headers ?? {}))
  let tree: { path: string; sha: string }[] | undefined
  if (out.status === 200 && typeof out.body === "string" && headers.get("content-type")?.includes("json")) tree = JSON.parse(out.body)
  return { response: new Response(out.body as BodyInit | null, { status: out.status, headers }), tree }
}

export async function keystaticApi(request: Request, session: string, action: string): Promise<Response> {
  if (request.method === "GET" && action === "tree") {
    return exclusively(async () => {
      await syncWorkspace()
      const { response, tree } = await callKeystatic(request)
      if (tree) await recordView(session, tree)
      void pruneViews().catch(() => {})
      return response
    })
  }
  if (request.method === "GET" && action.startsWith("blob/")) return (await callKeystatic(request)).response
  if (request.method === "POST" && action === "update") return save(request, session)
  return text(404, "Không có đường dẫn này.", "Not found.")
}

interface Update {
  additions: { path: string; contents: string }[]
  deletions: { path: string }[]
}

async function readLimited(request: Request, max: number): Promise<string | null> {
  const declared = Number(request.headers.get("content-length") ?? "0")
  if (declared > max) return null
  const reader = request.body?.getReader()
  if (!reader) return ""
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > max) {
      await reader.cancel().catch(() => {})
      return null
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString("utf8")
}

function parseUpdate(raw: string): Update | null {
  let body: unknown
  try {
    body = JSON.parse(raw)
  } catch {
    return null
  }
  const b = body as Partial<Update> | null
  if (!b || !Array.isArray(b.additions) || !Array.isArray(b.deletions)) return null
  if (!b.additions.every((a) => a && typeof a.path === "string" && typeof a.contents === "string")) return null
  if (!b.deletions.every((d) => d && typeof d.path === "string")) return null
  return { additions: b.additions, deletions: b.deletions }
}

const utf8 = new TextDecoder("utf-8", { fatal: true })

async function save(request: Request, session: string): Promise<Response> {
  if (!/^application\/json\b/.test(request.headers.get("content-type") ?? "")) return text(415, "Dữ liệu gửi lên phải là JSON.", "The body must be JSON.")
  const raw = await readLimited(request, SAVE_LIMITS.maxBodyBytes)
  if (raw === null) return text(413, "Dữ liệu gửi lên quá lớn (tối đa 25 MB cho một lần lưu).", "The save is too large (25 MB at most).")
  const update = parseUpdate(raw)
  if (!update) return text(400, "Dữ liệu lưu không hợp lệ.", "The save request is malformed.")
  const paths = [...update.additions.map((a) => a.path), ...update.deletions.map((d) => d.path)]
  if (paths.length > SAVE_LIMITS.maxFiles) return text(400, "Một lần lưu có quá nhiều tệp.", "Too many files in one save.")
  const refused = paths.find((p) => !entryFileOf(p))
  if (refused !== undefined) {
    return text(400, `Không được ghi vào “${refused.slice(0, 120)}”: chỉ được ghi bài viết và ảnh bìa trong các mục nội dung.`, `Writing "${refused.slice(0, 120)}" is not allowed: only entries and their covers.`)
  }

  // Check and prepare every file before writing any.
  const additions: { path: string; contents: Buffer }[] = []
  for (const a of update.additions) {
    const file = entryFileOf(a.path)!
    const contents = Buffer.from(a.contents, "base64")
    if (file.kind === "markdown") {
      if (contents.byteLength > SAVE_LIMITS.maxMarkdownBytes) return text(413, `Bài “${file.slug}” quá dài (tối đa 512 KB).`, `Entry "${file.slug}" is too long (512 KB at most).`)
      try {
        utf8.decode(contents)
      } catch {
        return text(400, `Bài “${file.slug}” không phải văn bản UTF-8.`, `Entry "${file.slug}" is not UTF-8 text.`)
      }
      additions.push({ path: a.path, contents })
    } else {
      try {
        additions.push({ path: a.path, contents: await normalizeCover(contents, path.extname(a.path).slice(1)) })
      } catch (e) {
        if (e instanceof CoverError) return text(400, e.message, e.messageEn)
        throw e
      }
    }
  }

  return exclusively(async () => {
    const seen = await lastView(session)
    if (!seen) return text(409, "Trang biên tập đã cũ. Hãy tải lại trang rồi lưu lại.", "The editor page is out of date; reload it and save again.")
    for (const p of paths) {
      const onDisk = await readIfExists(path.join(workspaceDir(), p))
      const now = onDisk ? blobSha(onDisk) : undefined
      if (now !== seen[p]) {
        const entry = entryKey(entryFileOf(p)!)
        return text(
          409,
          `Không lưu: “${entry}” đã được người khác lưu sau khi bạn mở. Thay đổi của bạn chưa được ghi. Hãy tải lại trang để xem bản mới rồi sửa lại.`,
          `Not saved: "${entry}" was saved by someone else after you opened it. Your changes were not written; reload to see the new version.`
        )
      }
    }
    const body = JSON.stringify({ additions: additions.map((a) => ({ path: a.path, contents: a.contents.toString("base64") })), deletions: update.deletions.map((d) => ({ path: d.path })) })
    const forward = new Request(request.url, { method: "POST", headers: { "content-type": "application/json", "no-cors": "1" }, body })
    const { response, tree } = await callKeystatic(forward)
    if (tree) await recordView(session, tree)
    return response
  })
}
