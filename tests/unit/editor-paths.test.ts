/**
 * The editor writes only the collections' own files, and only signed-in staff reach it: path rules
 * (site/lib/editor/entries.ts) and which URLs are the editor's (site/lib/editor/guard.ts).
 */
import { describe, expect, it } from "vitest"
import { entryFileOf, markdownPathOf, parseEntryKey } from "../../site/lib/editor/entries"
import { editorArea, isSafeNext, loginRedirect } from "../../site/lib/editor/guard"

describe("files the editor may write", () => {
  it("accepts each collection's Markdown and a story's cover beside it", () => {
    expect(entryFileOf("stories/chi-em-lam-nuoc-mam/index.md")).toMatchObject({ collection: "stories", slug: "chi-em-lam-nuoc-mam", kind: "markdown" })
    expect(entryFileOf("stories/chi-em-lam-nuoc-mam/cover.webp")).toMatchObject({ collection: "stories", kind: "cover" })
    expect(entryFileOf("stories/x/cover.jpeg")?.kind).toBe("cover")
    expect(entryFileOf("events/cho-tet-2027.md")).toMatchObject({ collection: "events", slug: "cho-tet-2027" })
    expect(entryFileOf("pages/vi/lien-he.md")).toMatchObject({ collection: "pages-vi", slug: "lien-he" })
    expect(entryFileOf("pages/en/contact.md")).toMatchObject({ collection: "pages-en", slug: "contact" })
  })

  it("refuses path tricks, other folders, other files and other image kinds", () => {
    for (const bad of [
      "../package.json",
      "stories/../../package.json",
      "stories/x/../../../etc/passwd",
      "/etc/passwd",
      "stories\\x\\index.md",
      "stories/./index.md",
      "stories//index.md",
      "stories/X/index.md",
      "stories/chị-em/index.md",
      "stories/x/index.mdx",
      "stories/x/cover.svg",
      "stories/x/cover.heic",
      "stories/x/cover.webp.js",
      "stories/x/photo.webp",
      "stories/x/y/index.md",
      "stories/index.md",
      "events/x/index.md",
      "events/.md",
      "events/-x.md",
      "pages/fr/x.md",
      "pages/vi/x.md/y",
      "site/pages/index.astro",
      "content/stories/x/index.md",
      "stories/x/index.md\u0000.png",
      "stories/x/index.md%00",
      "",
      "a".repeat(400),
    ]) {
      expect(entryFileOf(bad), bad).toBeNull()
    }
  })

  it("names entries by collection and slug, and nothing else", () => {
    expect(parseEntryKey("stories/chi-em")).toEqual({ collection: "stories", slug: "chi-em" })
    expect(markdownPathOf({ collection: "pages-en", slug: "contact" })).toBe("pages/en/contact.md")
    for (const bad of ["stories", "stories/", "stories/../x", "blog/x", "stories/X", "pages-vi/a/b"]) expect(parseEntryKey(bad), bad).toBeNull()
  })
})

describe("the editor's addresses", () => {
  it("protects the editor's pages and every API it calls; the sign-in page stays open", () => {
    expect(editorArea("/bien-tap")).toBe("page")
    expect(editorArea("/bien-tap/")).toBe("page")
    expect(editorArea("/bien-tap/xem-truoc/stories/x")).toBe("page")
    expect(editorArea("/keystatic")).toBe("page")
    expect(editorArea("/keystatic/collection/stories/create")).toBe("page")
    expect(editorArea("/api/keystatic/tree")).toBe("api")
    expect(editorArea("/api/keystatic/update")).toBe("api")
    expect(editorArea("/bien-tap/api/xuat-ban")).toBe("api")
    expect(editorArea("/bien-tap/ung-dung/app.js")).toBe("api")
    expect(editorArea("/bien-tap/anh/stories/x/cover.webp")).toBe("api")
    expect(editorArea("/bien-tap/dang-nhap")).toBeNull()
    expect(editorArea("/cau-chuyen")).toBeNull()
    expect(editorArea("/bien-tap-khac")).toBeNull()
  })

  it("sees through encodings, case and doubled slashes", () => {
    expect(editorArea("/%62ien-tap")).toBe("page")
    expect(editorArea("/BIEN-TAP/api/xuat-ban")).toBe("api")
    expect(editorArea("//api//keystatic/update")).toBe("api")
    expect(editorArea("/api/keystatic%2Fupdate")).toBe("api")
    expect(editorArea("/bien-tap/dang-nhap/../api/xuat-ban")).toBe("api")
  })

  it("returns to an editor page after sign-in, never to another site", () => {
    expect(loginRedirect("/keystatic/collection/stories/create", "")).toBe("/bien-tap/dang-nhap?tiep=%2Fkeystatic%2Fcollection%2Fstories%2Fcreate")
    for (const bad of ["//evil.example/bien-tap", "https://evil.example", "/bien-tap/../../evil", "/cau-chuyen", "/bien-tap\\@evil"]) expect(isSafeNext(bad), bad).toBe(false)
  })
})
