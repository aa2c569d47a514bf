/**
 * Checks a draft before it is published, with the build's own rules: the content schemas
 * (lib/content-schemas.ts), the cover beside the story, the cooperative and product handles
 * against Medusa (lib/content-references.ts — the build's check), a page's address unique in
 * its language. Every problem names the file and the field, as a failed build does.
 */
import path from "node:path"
import { parse as parseYaml } from "yaml"
import { z } from "astro/zod"
import { eventSchema, pageSchema, storySchema } from "../content-schemas"
import { eventReferences, findUnknownReferences, loadKnownHandles, storyReferences } from "../content-references"
import { COVER_EXTENSIONS, markdownPathOf, type EntryRef } from "./entries"
import { readIfExists } from "./files"
import { contentDir, workspaceDir } from "./paths"

export interface DraftEntry {
  ref: EntryRef
  file: string
  data: Record<string, unknown>
  body: string
}

const coverName = () => z.string().regex(new RegExp(`^\\./cover\\.(${COVER_EXTENSIONS.join("|")})$`), { error: "ảnh bìa phải nằm cạnh bài, dạng ./cover.jpg|png|webp|avif" })

function schemaFor(ref: EntryRef): z.ZodType {
  switch (ref.collection) {
    case "stories":
      return storySchema(coverName)
    case "events":
      return eventSchema
    default:
      return pageSchema
  }
}

/** Splits front matter from the body; null when the file has none. */
export function splitMarkdown(source: string): { data: Record<string, unknown>; body: string } | null {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source)
  if (!m) return null
  const data = parseYaml(m[1]) as unknown
  if (!data || typeof data !== "object" || Array.isArray(data)) return null
  return { data: data as Record<string, unknown>, body: source.slice(m[0].length) }
}

/** The draft of an entry as saved in the workspace, or null when there is none. */
export async function readDraft(ref: EntryRef, root = workspaceDir()): Promise<DraftEntry | null> {
  const file = markdownPathOf(ref)
  const raw = await readIfExists(path.join(root, file))
  if (!raw) return null
  const parsed = (() => {
    try {
      return splitMarkdown(raw.toString("utf8"))
    } catch {
      return null
    }
  })()
  return { ref, file, data: parsed?.data ?? {}, body: parsed?.body ?? raw.toString("utf8") }
}

export async function validateDraft(draft: DraftEntry): Promise<string[]> {
  const problems: string[] = []
  const result = schemaFor(draft.ref).safeParse(draft.data)
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(`${draft.file}: ${issue.path.join(".") || "(đầu bài)"}: ${issue.message}`)
  }
  if (draft.ref.collection === "stories" && typeof draft.data.cover === "string" && /^\.\/cover\.[a-z]+$/.test(draft.data.cover)) {
    const cover = path.join(workspaceDir(), path.dirname(draft.file), draft.data.cover)
    if (!(await readIfExists(cover))) problems.push(`${draft.file}: cover: chưa có tệp ảnh bìa ${draft.data.cover}`)
  }
  const references = draft.ref.collection === "stories" ? storyReferences(draft.data) : draft.ref.collection === "events" ? eventReferences(draft.data) : []
  if (references.some((r) => r.handles.length)) {
    const known = await loadKnownHandles()
    if (!known) problems.push(`${draft.file}: không kiểm tra được hợp tác xã và sản phẩm — máy chủ cửa hàng (Medusa) không trả lời; thử lại sau ít phút`)
    else problems.push(...findUnknownReferences([{ file: draft.file, references }], known))
  }
  if (draft.ref.collection === "pages-vi" || draft.ref.collection === "pages-en") problems.push(...(await pageAddressClashes(draft)))
  return problems
}

/** Two pages of one language with the same address would hide one of them. */
async function pageAddressClashes(draft: DraftEntry): Promise<string[]> {
  const lang = draft.ref.collection === "pages-vi" ? "vi" : "en"
  const { readdir } = await import("node:fs/promises")
  const clashes: string[] = []
  for (const root of [workspaceDir(), contentDir()]) {
    for (const name of await readdir(path.join(root, "pages", lang)).catch(() => [] as string[])) {
      if (!name.endsWith(".md") || name === path.basename(draft.file)) continue
      const other = await readDraft({ collection: draft.ref.collection, slug: name.slice(0, -3) }, root)
      if (other?.data.slug === draft.data.slug && !clashes.some((c) => c.includes(name))) {
        clashes.push(`${draft.file}: slug: đường dẫn “${String(draft.data.slug)}” đã dùng cho trang pages/${lang}/${name}`)
      }
    }
  }
  return clashes
}
