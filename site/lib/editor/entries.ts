/**
 * Where each editorial collection keeps its files, relative to the content folder (and to the
 * editor's workspace, which has the same layout). The editor accepts writes to these paths only:
 * anything else — `..`, a backslash, an absolute path, a file beside the collections, an image
 * that is not a cover — is refused before a byte is written. Pure: unit-tested.
 */
export const COLLECTIONS = ["stories", "events", "pages-vi", "pages-en"] as const
export type CollectionKey = (typeof COLLECTIONS)[number]

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/
export const SLUG_MAX = 100
export const COVER_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "avif"] as const

export interface EntryRef {
  collection: CollectionKey
  slug: string
}

export interface EntryFile extends EntryRef {
  /** the file's path relative to the content folder, e.g. stories/x/index.md */
  path: string
  kind: "markdown" | "cover"
}

const isSlug = (s: string) => s.length <= SLUG_MAX && SLUG_PATTERN.test(s)

/** The entry a content-relative path belongs to, or null when the editor may not touch that path. */
export function entryFileOf(path: string): EntryFile | null {
  if (typeof path !== "string" || path.length > 300 || !/^[a-z0-9./-]+$/.test(path)) return null
  const parts = path.split("/")
  if (parts.some((p) => p === "" || p === "." || p === "..")) return null
  const [top, a, b] = parts
  if (top === "stories" && parts.length === 3 && isSlug(a)) {
    if (b === "index.md") return { collection: "stories", slug: a, path, kind: "markdown" }
    const cover = /^cover\.([a-z]+)$/.exec(b)
    if (cover && (COVER_EXTENSIONS as readonly string[]).includes(cover[1])) return { collection: "stories", slug: a, path, kind: "cover" }
    return null
  }
  if (top === "events" && parts.length === 2 && a.endsWith(".md") && isSlug(a.slice(0, -3))) return { collection: "events", slug: a.slice(0, -3), path, kind: "markdown" }
  if (top === "pages" && parts.length === 3 && (a === "vi" || a === "en") && b.endsWith(".md") && isSlug(b.slice(0, -3))) {
    return { collection: a === "vi" ? "pages-vi" : "pages-en", slug: b.slice(0, -3), path, kind: "markdown" }
  }
  return null
}

/** The Markdown file of an entry. */
export function markdownPathOf(entry: EntryRef): string {
  switch (entry.collection) {
    case "stories":
      return `stories/${entry.slug}/index.md`
    case "events":
      return `events/${entry.slug}.md`
    case "pages-vi":
      return `pages/vi/${entry.slug}.md`
    case "pages-en":
      return `pages/en/${entry.slug}.md`
  }
}

/** "stories/x" → the entry, or null for anything else. */
export function parseEntryKey(key: string): EntryRef | null {
  const slash = key.indexOf("/")
  if (slash < 0) return null
  const collection = key.slice(0, slash) as CollectionKey
  const slug = key.slice(slash + 1)
  return (COLLECTIONS as readonly string[]).includes(collection) && isSlug(slug) ? { collection, slug } : null
}

export const entryKey = (e: EntryRef) => `${e.collection}/${e.slug}`

/** Vietnamese names of the collections, for lists and messages. */
export const COLLECTION_LABELS: Record<CollectionKey, string> = {
  stories: "Câu chuyện",
  events: "Sự kiện",
  "pages-vi": "Trang thông tin (tiếng Việt)",
  "pages-en": "Trang thông tin (tiếng Anh)",
}
