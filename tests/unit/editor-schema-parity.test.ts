/**
 * One schema: the editor's fields (site/editor/config.ts) accept and refuse the same front matter
 * as the content schemas the build uses (site/lib/content-schemas.ts). Every field of each side
 * must exist on the other, and for sample values at the edges (empty, too short, too long,
 * capitals and paths in handles, wrong types, missing) Keystatic's parse + validate and zod's
 * parse must agree. A field added, removed or re-limited on one side only fails here.
 */
import { z } from "astro/zod"
import { describe, expect, it } from "vitest"
import { editorCollections, generateSlug } from "../../site/editor/config"
import { eventSchema, pageSchema, storySchema } from "../../site/lib/content-schemas"

type AnyField = Record<string, any>
const collections = editorCollections() as unknown as Record<string, { schema: Record<string, AnyField>; format: { contentField: string }; slugField: string }>
// what the editor's cover field and Astro's image() both take: a file beside the entry
const coverCheck = () => z.string().regex(/^\.\/cover\.(jpg|jpeg|png|webp|avif)$/)

/** Where the editor is deliberately stricter than the build, and why. */
const EDITOR_STRICTER = [
  { collection: "pages-vi", key: "lang", raw: "en", why: "a page under pages/vi is the Vietnamese one" },
  { collection: "pages-en", key: "lang", raw: "vi", why: "a page under pages/en is the English one" },
]

const cases = [
  { collection: "stories", schema: storySchema(coverCheck), slug: "chi-em-lam-nuoc-mam" },
  { collection: "events", schema: eventSchema, slug: "cho-tet-2027" },
  { collection: "pages-vi", schema: pageSchema, slug: "lien-he" },
  { collection: "pages-en", schema: pageSchema, slug: "contact" },
]

/**
 * Keystatic's path when it opens a file and saves it again: parse the stored value, validate it,
 * serialize it. `written` is what would land in the file (undefined: the key is left out).
 */
function editorRoundTrip(field: AnyField, raw: unknown, slug: string, isSlugField: boolean): { ok: true; written: unknown } | { ok: false } {
  try {
    if (field.kind === "array") {
      if (raw !== undefined && !Array.isArray(raw)) return { ok: false }
      const written: unknown[] = []
      for (const v of (raw as unknown[] | undefined) ?? []) {
        const r = editorRoundTrip(field.element, v, slug, false)
        if (!r.ok) return { ok: false }
        written.push(r.written)
      }
      return { ok: true, written }
    }
    if (isSlugField) {
      const parsed = field.parse(raw, { slug })
      field.validate(parsed, { slugField: { slugs: new Set<string>(), glob: "*" } })
      return { ok: true, written: field.serializeWithSlug(parsed).value }
    }
    if (field.formKind === "asset") {
      const asset = typeof raw === "string" && /^\.\/cover\.[a-z]+$/.test(raw) ? new Uint8Array([1, 2, 3]) : undefined
      const parsed = field.parse(raw, { asset, slug })
      field.validate(parsed)
      return { ok: true, written: field.serialize(parsed, { suggestedFilenamePrefix: "cover", slug }).value }
    }
    const parsed = field.parse(raw)
    field.validate(parsed)
    return { ok: true, written: field.serialize(parsed).value }
  } catch {
    return { ok: false }
  }
}

function samples(schema: z.ZodType): unknown[] {
  let inner: any = schema
  while (inner.def.type === "default" || inner.def.type === "optional") inner = inner.def.innerType
  const base: unknown[] = [undefined, null, 42, true, "", "a", "ab", "abc-def", "Chữ Hoa có dấu", "../etc/passwd", "a b", ["x"]]
  // a date is a pipe from "a YAML date or a YYYY-MM-DD string" to a Date
  const type = inner.def.type === "pipe" && inner.def.out.def.type === "date" ? "date" : inner.def.type
  switch (type) {
    case "string": {
      const lengths = [inner.minLength, inner.maxLength].filter((n) => typeof n === "number").flatMap((n: number) => [n - 1, n, n + 1]).filter((n) => n >= 0)
      return [...base, ...lengths.map((n) => "đ".repeat(n)), ...lengths.map((n) => "a".repeat(n)), "   đâu   ", "./cover.webp", "./cover.heic", "cover.webp", "/etc/cover.webp"]
    }
    case "array":
      return [...base, [], ["abc-def"], ["Chữ Hoa"], ["a"], ["ab", "abc-def"], ["../x"], "abc-def"]
    case "date":
      return [...base, "2025-10-15", "2025-13-40", "2025-02-30", "15/10/2025", new Date("2025-10-15T00:00:00Z")]
    case "boolean":
      return [...base, false, "true"]
    case "number":
      return [...base, 0, 3, 3.5, -1, "7"]
    case "enum":
      return [...base, ...inner.options, "fr"]
    default:
      throw new Error(`no samples for ${type}`)
  }
}

describe("the editor's fields and the content schemas are one schema", () => {
  for (const c of cases) {
    const editor = collections[c.collection]
    const shape = (c.schema as unknown as z.ZodObject).shape as Record<string, z.ZodType>

    it(`${c.collection}: the same fields on both sides (the Markdown body aside)`, () => {
      const editorFields = Object.keys(editor.schema).filter((k) => k !== editor.format.contentField)
      expect(editorFields.sort()).toEqual(Object.keys(shape).sort())
    })

    const roundTrips = Object.entries(shape).flatMap(([key, zodField]) =>
      editor.schema[key]
        ? samples(zodField).map((raw) => ({ key, raw, zodOk: zodField.safeParse(raw).success, editor: editorRoundTrip(editor.schema[key], raw, c.slug, key === editor.slugField) }))
        : []
    )
    const show = (key: string, raw: unknown) => `${key} = ${raw instanceof Date ? raw.toISOString() : JSON.stringify(raw)}`

    it(`${c.collection}: whatever the editor saves, the build accepts`, () => {
      const bad = roundTrips.filter((r) => r.editor.ok && !shape[r.key].safeParse(r.editor.written).success)
      expect(bad.map((r) => `${show(r.key, r.raw)} is saved as ${JSON.stringify((r.editor as { written: unknown }).written)}, which the build refuses`)).toEqual([])
    })

    it(`${c.collection}: the editor opens whatever the build accepts`, () => {
      const refused = roundTrips.filter((r) => r.zodOk && !r.editor.ok && !EDITOR_STRICTER.some((x) => x.collection === c.collection && x.key === r.key && x.raw === r.raw))
      expect(refused.map((r) => `${show(r.key, r.raw)}: the build accepts it, the editor refuses it`)).toEqual([])
    })
  }

  it("makes slugs from titles with Vietnamese folded to ASCII, as the storefront does", () => {
    expect(generateSlug("Đồng hành cùng chị em Hợp tác xã Vạn Ninh")).toBe("dong-hanh-cung-chi-em-hop-tac-xa-van-ninh")
    expect(generateSlug("Ở Ðầm Môn, chị Đào “khởi nghiệp” từ rong nho!")).toBe("o-dam-mon-chi-dao-khoi-nghiep-tu-rong-nho")
    expect(generateSlug("../../etc/passwd")).toBe("etc-passwd")
    const long = generateSlug("Câu chuyện ".repeat(30))
    expect(long.length).toBeLessThanOrEqual(100)
    expect(long).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })
})
