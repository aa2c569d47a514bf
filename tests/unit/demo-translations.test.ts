import { describe, expect, it } from "vitest"
import { DEMO_CATEGORIES } from "../../commerce/src/scripts/demo-catalog/categories"
import { DEMO_COOPERATIVES } from "../../commerce/src/scripts/demo-catalog/cooperatives"
import { DEMO_PRODUCTS } from "../../commerce/src/scripts/demo-catalog/products"
import english from "../../commerce/src/scripts/demo-catalog/translations-en.json"

/** Letters only Vietnamese uses: an "English" text holding them was not translated (proper names aside). */
const VIETNAMESE_ONLY = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i
const NAMES = ["Vạn Ninh", "Vạn Phước", "Tân Phước", "Hòn Khói", "Ninh Hòa", "Đảo Mây", "Vĩnh Lương", "Cam Lập", "Cam Lâm", "Cam Ranh", "Khánh Sơn", "Khánh Vĩnh", "Khánh Hòa", "Phan Rang", "Ninh Thuận", "Tô Hạp", "Tết", "bời lời", "vông", "bánh xèo", "bánh canh", "cát", "Dinh", "Nha Trang"]
const withoutNames = (text: string) => NAMES.reduce((t, name) => t.replaceAll(name, ""), text)

describe("the demo catalog in English (Translation Module, en-US)", () => {
  it("has an English title, subtitle and description for every demo product", () => {
    for (const p of DEMO_PRODUCTS) {
      const en = (english.products as Record<string, { title: string; subtitle: string; description: string }>)[p.handle]
      expect(en, p.handle).toBeDefined()
      expect(en.title.length, p.handle).toBeGreaterThan(3)
      expect(en.title, p.handle).not.toBe(p.title)
      expect(Boolean(en.subtitle), p.handle).toBe(Boolean(p.subtitle))
      expect(en.description.length, p.handle).toBeGreaterThan(40)
      for (const text of [en.title, en.subtitle, en.description]) expect(withoutNames(text), `${p.handle}: ${text}`).not.toMatch(VIETNAMESE_ONLY)
    }
    expect(Object.keys(english.products).sort()).toEqual(DEMO_PRODUCTS.map((p) => p.handle).sort())
  })

  it("names every variant and option, every category and describes every cooperative in English", () => {
    for (const p of DEMO_PRODUCTS) {
      expect((english.options as Record<string, string>)[p.option_title], p.option_title).toBeTruthy()
      for (const v of p.variants) expect((english.variants as Record<string, string>)[v.title], v.title).toBeTruthy()
    }
    for (const handle of Object.keys(DEMO_CATEGORIES)) {
      const en = (english.categories as Record<string, { name: string; description: string }>)[handle]
      expect(en?.name, handle).toBeTruthy()
      expect(withoutNames(en.name + en.description), handle).not.toMatch(VIETNAMESE_ONLY)
    }
    for (const c of DEMO_COOPERATIVES) {
      const en = (english.cooperatives as Record<string, string>)[c.handle]
      expect(en?.length ?? 0, c.handle).toBeGreaterThan(40)
    }
  })
})
