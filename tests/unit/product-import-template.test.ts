import fs from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { IMPORT_COLUMNS } from "../../commerce/src/lib/product-import/columns"
import { readSpreadsheet } from "../../commerce/src/lib/product-import/read-spreadsheet"
import { templateCsv, templateRows, templateXlsx } from "../../commerce/src/lib/product-import/template"
import { validateImportRows } from "../../commerce/src/lib/product-import/validate"

const dir = path.resolve(import.meta.dirname, "../../scripts/import-template")
const categories = [
  { id: "c1", handle: "nuoc-mam-gia-vi", name: "Nước mắm & gia vị" },
  { id: "c2", handle: "thu-cong-my-nghe", name: "Thủ công mỹ nghệ" },
]
const images = new Map([["nuoc-mam-1.jpg", "k1"], ["nuoc-mam-2.jpg", "k2"]])

describe("product import template", () => {
  it("the CSV template shipped in the repository is the one Admin serves, and it validates", async () => {
    const shipped = fs.readFileSync(path.join(dir, "mau-nhap-san-pham.csv"))
    expect(shipped.toString("utf8")).toBe(templateCsv())
    const read = await readSpreadsheet(new Uint8Array(shipped), "mau.csv")
    expect(read.issues).toEqual([])
    const { issues, products } = validateImportRows(read.rows, { categories, images })
    expect(issues).toEqual([])
    expect(products.map((p) => [p.handle, p.variants.length])).toEqual([["nuoc-mam-ca-com-mau", 2], ["gio-coi-dan-tay-mau", 1]])
  })

  it("the XLSX template shipped in the repository has every column and the same example rows", async () => {
    const read = await readSpreadsheet(new Uint8Array(fs.readFileSync(path.join(dir, "mau-nhap-san-pham.xlsx"))), "mau.xlsx")
    expect(read.issues).toEqual([])
    const fresh = await readSpreadsheet(new Uint8Array(await templateXlsx()), "mau.xlsx")
    expect(read.rows).toEqual(fresh.rows)
    expect(read.rows).toHaveLength(templateRows().length - 1)
    expect(Object.keys(read.rows[0].cells).sort()).toEqual(IMPORT_COLUMNS.map((c) => c.key).sort())
  })
})
