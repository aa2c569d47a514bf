/**
 * The editor's workspace: a copy of the content folder where Keystatic writes drafts. The site is
 * built from the content folder only, so nothing saved in the editor is public until it is
 * published (site/lib/editor/publish.ts copies the entry across after a successful build).
 *
 * `syncWorkspace` keeps the copy current: a file the editor has not touched follows the content
 * folder (new entries from git, a publish, a removal); a file the editor changed stays as the
 * draft. `base.json` remembers, per file, the published version the workspace copy started from.
 */
import fs from "node:fs/promises"
import path from "node:path"
import { entryFileOf, entryKey, type EntryRef } from "./entries"
import { listEntryFiles, readIfExists, removeFile, writeAtomic } from "./files"
import { contentDir, editorDir, viewsDir, workspaceDir } from "./paths"

type Hashes = Record<string, string>

const basePath = () => path.join(editorDir(), "base.json")

async function readJson<T>(file: string, fallback: T): Promise<T> {
  const raw = await readIfExists(file)
  if (!raw) return fallback
  try {
    return JSON.parse(raw.toString("utf8")) as T
  } catch {
    return fallback
  }
}

/** Brings untouched workspace files in line with the content folder. Call inside `exclusively`. */
export async function syncWorkspace(): Promise<void> {
  const [published, drafts, base] = await Promise.all([listEntryFiles(contentDir()), listEntryFiles(workspaceDir()), readJson<Hashes>(basePath(), {})])
  const next: Hashes = {}
  for (const file of new Set([...published.keys(), ...drafts.keys(), ...Object.keys(base)])) {
    const p = published.get(file)
    const w = drafts.get(file)
    const b = base[file]
    if (w === p) {
      if (p) next[file] = p
      continue
    }
    if (w !== b) {
      // edited in the editor: the draft stays, with the version it started from
      if (b) next[file] = b
      continue
    }
    // untouched in the workspace, changed in the content folder
    if (p) {
      await writeAtomic(path.join(workspaceDir(), file), (await readIfExists(path.join(contentDir(), file)))!)
      next[file] = p
    } else {
      await removeFile(workspaceDir(), file)
    }
  }
  await writeAtomic(basePath(), JSON.stringify(next))
}

export type EntryState = "published" | "draft" | "changed" | "removed"

export interface EntrySummary extends EntryRef {
  key: string
  state: EntryState
  /** title or name from the draft (or the published file for a removal) */
  title: string
  /** the Markdown file, content-relative */
  file: string
}

/** Every entry in the workspace or the content folder, with whether its draft differs from what is public. */
export async function listEntries(): Promise<EntrySummary[]> {
  const [published, drafts] = await Promise.all([listEntryFiles(contentDir()), listEntryFiles(workspaceDir())])
  const byEntry = new Map<string, { ref: EntryRef; files: Set<string>; markdown?: string }>()
  for (const file of new Set([...published.keys(), ...drafts.keys()])) {
    const f = entryFileOf(file)!
    const key = entryKey(f)
    const e = byEntry.get(key) ?? { ref: { collection: f.collection, slug: f.slug }, files: new Set<string>() }
    e.files.add(file)
    if (f.kind === "markdown") e.markdown = file
    byEntry.set(key, e)
  }
  const out: EntrySummary[] = []
  for (const [key, e] of byEntry) {
    if (!e.markdown) continue
    const inDrafts = drafts.has(e.markdown)
    const inPublished = published.has(e.markdown)
    const same = [...e.files].every((f) => drafts.get(f) === published.get(f))
    const state: EntryState = !inDrafts ? "removed" : !inPublished ? "draft" : same ? "published" : "changed"
    const source = await readIfExists(path.join(inDrafts ? workspaceDir() : contentDir(), e.markdown))
    out.push({ ...e.ref, key, state, title: titleOf(source?.toString("utf8") ?? "") || e.ref.slug, file: e.markdown })
  }
  return out.sort((a, b) => a.collection.localeCompare(b.collection) || a.title.localeCompare(b.title, "vi"))
}

function titleOf(markdown: string): string {
  const m = /^(?:title|name):\s*(.+)$/m.exec(markdown.split(/\n---\s*\n/)[0] ?? "")
  return m ? m[1].trim().replace(/^(['"])(.*)\1$/, "$2") : ""
}

// ---- what each session has seen ----------------------------------------------------------------

/**
 * Keystatic's local mode overwrites files without asking which version the editor started from.
 * So each session's last view of the workspace (the tree the app was sent) is kept, and a save
 * that would replace a file someone else changed since is refused (site/lib/editor/save.ts).
 */
export async function recordView(session: string, entries: { path: string; sha: string }[]): Promise<void> {
  const shas: Hashes = {}
  for (const e of entries) if (entryFileOf(e.path)) shas[e.path] = e.sha
  await writeAtomic(path.join(viewsDir(), `${session}.json`), JSON.stringify({ at: Date.now(), shas }))
}

export async function lastView(session: string): Promise<Hashes | null> {
  const view = await readJson<{ shas?: Hashes } | null>(path.join(viewsDir(), `${session}.json`), null)
  return view?.shas ?? null
}

/** Forgets views older than two days (sessions last 12 hours). */
export async function pruneViews(): Promise<void> {
  const dir = viewsDir()
  for (const name of await fs.readdir(dir).catch(() => [] as string[])) {
    const stat = await fs.stat(path.join(dir, name)).catch(() => null)
    if (stat && Date.now() - stat.mtimeMs > 2 * 86_400_000) await fs.rm(path.join(dir, name), { force: true })
  }
}
