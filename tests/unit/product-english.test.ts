import { describe, expect, it } from "vitest"
import { englishTextsOf, englishTranslationChange } from "../../commerce/src/lib/product-english"

const existing = { id: "trans_1", translations: { title: "Fish sauce", description: "Old text", subtitle: "Admin's subtitle" } }

describe("a cooperative's English title and description (portal → Translation Module)", () => {
  it("creates the English record for a product that has none", () => {
    expect(englishTranslationChange("prod_1", null, { title: " Dried squid ", description: "" })).toEqual({
      create: [{ reference: "product", reference_id: "prod_1", locale_code: "en-US", translations: { title: "Dried squid" } }],
      update: [],
      delete: [],
    })
  })

  it("changes title and description and keeps what Admin added (a subtitle)", () => {
    expect(englishTranslationChange("prod_1", existing, { title: "Fish sauce", description: "New text" })).toEqual({
      create: [],
      update: [{ id: "trans_1", translations: { title: "Fish sauce", description: "New text", subtitle: "Admin's subtitle" } }],
      delete: [],
    })
  })

  it("clears a field left empty, deletes the record when no English is left, and asks for nothing when nothing changes", () => {
    // Medusa merges fields on update: a cleared one is sent empty, which the store ignores
    expect(englishTranslationChange("prod_1", existing, { description: null })?.update[0].translations).toEqual({ title: "Fish sauce", subtitle: "Admin's subtitle", description: "" })
    expect(englishTranslationChange("prod_1", { id: "trans_1", translations: { title: "A" } }, { title: "  ", description: null })).toEqual({ create: [], update: [], delete: ["trans_1"] })
    expect(englishTranslationChange("prod_1", existing, { title: "Fish sauce" })).toBeNull()
    expect(englishTranslationChange("prod_1", null, { title: "", description: null })).toBeNull()
  })

  it("reads the texts the portal shows from the record, blanks as none", () => {
    expect(englishTextsOf(existing)).toEqual({ title: "Fish sauce", description: "Old text" })
    expect(englishTextsOf({ id: "t", translations: { title: " ", description: 42 } })).toEqual({ title: null, description: null })
    expect(englishTextsOf(null)).toEqual({ title: null, description: null })
  })
})
