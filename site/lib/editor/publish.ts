/**
 * "Xuất bản" in the editor: the draft is checked (validate.ts), a snapshot of its files is put in
 * the outbox and the storefront's primary process is asked to publish it (scripts/lib/publisher.ts:
 * build in the background with the entry, switch the site to the new build, copy the entry into the
 * content folder, record who and when). What goes live is exactly what was previewed.
 */
import crypto from "node:crypto"
import path from "node:path"
import { COLLECTION_LABELS, entryFileOf, entryKey, markdownPathOf, type EntryRef } from "./entries"
import { exclusively, listEntryFiles, readIfExists, writeAtomic } from "./files"
import { contentDir, editorDir, workspaceDir } from "./paths"
import { EMPTY_STATUS, PUBLISH_MESSAGE, type PublishRequest, type PublishStatus } from "./publish-protocol"
import type { EditorUser } from "./session"
import { readDraft, validateDraft } from "./validate"
import { syncWorkspace } from "./workspace"

export class PublishRefused extends Error {
  constructor(
    readonly status: number,
    readonly problems: string[]
  ) {
    super(problems.join("\n"))
  }
}

const NO_PUBLISHER = "Máy chủ này không tự xuất bản (chạy cửa hàng bằng npm start). / This server has no publisher: run the shop with npm start."

/** Files of one entry under a root, content-relative. */
async function entryFiles(ref: EntryRef, root: string): Promise<string[]> {
  const all = await listEntryFiles(root)
  return [...all.keys()].filter((p) => {
    const f = entryFileOf(p)
    return f && f.collection === ref.collection && f.slug === ref.slug
  })
}

export async function requestPublish(ref: EntryRef, editor: EditorUser): Promise<PublishRequest> {
  if (typeof process.send !== "function") throw new PublishRefused(503, [NO_PUBLISHER])
  const request = await exclusively(async () => {
    await syncWorkspace()
    const draft = await readDraft(ref)
    const published = await entryFiles(ref, contentDir())
    let files: string[] = []
    let title = ref.slug
    if (draft) {
      const problems = await validateDraft(draft)
      if (problems.length) throw new PublishRefused(400, problems)
      files = await entryFiles(ref, workspaceDir())
      title = String(draft.data.title ?? draft.data.name ?? ref.slug)
    } else if (!published.length) {
      throw new PublishRefused(404, [`${markdownPathOf(ref)}: không có bài này.`])
    }
    const id = `${new Date().toISOString().replace(/[-:.TZ]/g, "").slice(0, 14)}-${crypto.randomBytes(3).toString("hex")}`
    const dir = path.join(editorDir(), "outbox", id)
    for (const file of files) await writeAtomic(path.join(dir, "files", file), (await readIfExists(path.join(workspaceDir(), file)))!)
    const req: PublishRequest = {
      id,
      entry: entryKey(ref),
      title: `${COLLECTION_LABELS[ref.collection]} “${title}”`,
      action: draft ? "publish" : "remove",
      editor: { name: editor.name, email: editor.email },
      requestedAt: new Date().toISOString(),
      files,
      remove: published.filter((p) => !files.includes(p)),
    }
    await writeAtomic(path.join(dir, "request.json"), JSON.stringify(req, null, 2))
    return req
  })
  process.send!({ type: PUBLISH_MESSAGE, id: request.id })
  return request
}

export async function publishStatus(): Promise<PublishStatus> {
  const raw = await readIfExists(path.join(editorDir(), "publish-status.json"))
  if (!raw) return EMPTY_STATUS
  try {
    return JSON.parse(raw.toString("utf8")) as PublishStatus
  } catch {
    return EMPTY_STATUS
  }
}

