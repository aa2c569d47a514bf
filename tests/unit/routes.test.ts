import fs from "node:fs"
import { describe, expect, it } from "vitest"
import { SECTIONS } from "../../site/lib/i18n"

// An information page named like a section (e.g. "thanh-toan" vs a checkout at /thanh-toan) would be
// prerendered to the same URL and silently shadow the on-demand page in the build.
describe("information page slugs", () => {
  it("never take a section's path", () => {
    const reserved = { vi: new Set([...Object.keys(SECTIONS), "api", "og", "en", "kenh-htx"]), en: new Set([...Object.values(SECTIONS), "api", "og"]) }
    for (const lang of ["vi", "en"] as const) {
      const slugs = fs
        .readdirSync(`content/pages/${lang}`)
        .map((f) => /^slug:\s*(\S+)/m.exec(fs.readFileSync(`content/pages/${lang}/${f}`, "utf8"))?.[1] ?? f.replace(/\.md$/, ""))
      expect(slugs.length).toBeGreaterThan(0)
      expect(slugs.filter((s) => reserved[lang].has(s)), lang).toEqual([])
    }
  })
})
