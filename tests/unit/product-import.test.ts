import sharp from "sharp"
import writeXlsxFile from "write-excel-file/node"
import { describe, expect, it } from "vitest"
import { checkImportPictures } from "../../commerce/src/lib/product-import/pictures"
import { readSpreadsheet } from "../../commerce/src/lib/product-import/read-spreadsheet"
import { planImport, type ExistingProduct } from "../../commerce/src/lib/product-import/plan"
import { validateImportRows, type ImportCategory } from "../../commerce/src/lib/product-import/validate"

const categories: ImportCategory[] = [
  { id: "pcat_mam", handle: "nuoc-mam-gia-vi", name: "Nước mắm & gia vị" },
  { id: "pcat_tc", handle: "thu-cong-my-nghe", name: "Thủ công mỹ nghệ" },
]
const images = new Map([["mam-1.jpg", "mam-1.jpg#aaaa"]])

const HEADER = "Mã sản phẩm,Tên sản phẩm,Mô tả,Danh mục,Loại,SKU,Giá (đồng),Tồn kho,Hạng OCOP (sao),Số giấy chứng nhận OCOP,Cấp công nhận OCOP,Ngày công nhận OCOP,Ảnh"
const GOOD_CSV = [
  HEADER,
  'nuoc-mam-test,Nước mắm cá cơm (test),"Ủ chượp 12 tháng, đóng chai",Nước mắm & gia vị,Chai 500 ml,NM-500,85.000,120,4,OCOP-KH-2024-001,tỉnh,15/03/2024,mam-1.jpg',
  "nuoc-mam-test,,,,Chai 1 lít,NM-1000,150000,40,,,,,",
  ",Giỏ cói (test),,thu cong my nghe,,GC-1,250000,5,,,,,",
].join("\r\n")

const utf8 = (s: string) => new TextEncoder().encode(s)

async function validate(bytes: Uint8Array, name = "x.csv") {
  const read = await readSpreadsheet(bytes, name)
  const result = validateImportRows(read.rows, { categories, images })
  return { read, ...result, issues: [...read.issues, ...result.issues] }
}

describe("product import: reading spreadsheets", () => {
  it("reads a good CSV into products grouped by handle, one variant per row, with spreadsheet row numbers", async () => {
    const { issues, products } = await validate(utf8(GOOD_CSV))
    expect(issues).toEqual([])
    expect(products).toHaveLength(2)
    const [mam, gio] = products
    expect(mam).toMatchObject({
      handle: "nuoc-mam-test",
      title: "Nước mắm cá cơm (test)",
      description: "Ủ chượp 12 tháng, đóng chai",
      category_id: "pcat_mam",
      rows: [2, 3],
      ocop: { stars: 4, certificate_number: "OCOP-KH-2024-001", issuing_level: "province", issued_on: "2024-03-15" },
      images: ["mam-1.jpg"],
      image_keys: ["mam-1.jpg#aaaa"],
    })
    expect(mam.variants).toEqual([
      { row: 2, sku: "NM-500", title: "Chai 500 ml", price: 85000, stock: 120 },
      { row: 3, sku: "NM-1000", title: "Chai 1 lít", price: 150000, stock: 40 },
    ])
    // No handle: made from the title; category matched by name without tones.
    expect(gio).toMatchObject({ handle: "gio-coi-test", category_id: "pcat_tc", variants: [{ row: 4, title: "Mặc định", price: 250000, stock: 5 }] })
  })

  it("accepts UTF-8 with a byte order mark, English headers, semicolons and Vietnamese in decomposed (NFD) form", async () => {
    const csv = "\uFEFFtitle;category;sku;price;stock\n" + "Mắm nêm (test);Nước mắm & gia vị;MN-1;45000;10\n".normalize("NFD")
    const { issues, products } = await validate(utf8(csv))
    expect(issues).toEqual([])
    expect(products[0].title).toBe("Mắm nêm (test)".normalize("NFC"))
    expect(products[0].handle).toBe("mam-nem-test")
  })

  it("refuses a CSV saved in a legacy encoding (Windows-1252 bytes), naming the problem and the fix, and reads no rows", async () => {
    // "Nước" is not representable in 1252; a legacy save typically turns "é"/"à" into single bytes.
    const bytes = Uint8Array.from([...utf8("title,category,sku,price,stock\n"), ...[0x43, 0xe0, 0x20, 0x70, 0x68, 0xea], ...utf8(",Nước mắm & gia vị,A,1,1\n")])
    const { read } = await validate(bytes)
    expect(read.rows).toEqual([])
    expect(read.issues).toHaveLength(1)
    expect(read.issues[0].row).toBe(2)
    expect(read.issues[0].message).toContain("không phải mã UTF-8")
    expect(read.issues[0].message).toContain("CSV UTF-8")
  })

  it("refuses UTF-16 text and old .xls files with a clear message", async () => {
    const utf16 = await readSpreadsheet(Uint8Array.from([0xff, 0xfe, 0x74, 0x00]), "a.csv")
    expect(utf16.issues[0].message).toContain("UTF-16")
    const xls = await readSpreadsheet(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]), "a.xls")
    expect(xls.issues[0].message).toContain(".xls")
  })

  it("names unknown and missing required columns on the header row", async () => {
    const { read } = await validate(utf8("Tên sản phẩm,Danh mục,Giá,SKU\nA,Nước mắm & gia vị,1,X\n"))
    expect(read.issues).toEqual([
      { row: 1, column: "Giá", message: expect.stringContaining("không có trong mẫu") },
      { row: 1, column: "Giá (đồng)", message: "Thiếu cột bắt buộc “Giá (đồng)”." },
      { row: 1, column: "Tồn kho", message: "Thiếu cột bắt buộc “Tồn kho”." },
    ])
  })

  it("reads a good XLSX the same way as the CSV (numbers and date cells included)", async () => {
    const rows = GOOD_CSV.split("\r\n").map((line) => line.match(/("[^"]*"|[^,]*)(,|$)/g)!.slice(0, 13).map((c) => c.replace(/,$/, "").replace(/^"|"$/g, "")))
    const data = rows.map((r, i) =>
      r.map((c, j) => {
        if (i > 0 && (j === 6 || j === 7) && c) return Number(c.replace(/\./g, ""))
        if (i > 0 && j === 11 && c) return { value: new Date(Date.UTC(2024, 2, 15)), type: Date, format: "dd/mm/yyyy" }
        return c || null
      })
    )
    const bytes = await writeXlsxFile(data as never).toBuffer()
    const { issues, products, read } = await validate(new Uint8Array(bytes), "a.xlsx")
    expect(read.format).toBe("xlsx")
    expect(issues).toEqual([])
    expect(products.map((p) => [p.handle, p.rows, p.variants.map((v) => [v.sku, v.price, v.stock])])).toEqual([
      ["nuoc-mam-test", [2, 3], [["NM-500", 85000, 120], ["NM-1000", 150000, 40]]],
      ["gio-coi-test", [4], [["GC-1", 250000, 5]]],
    ])
    expect(products[0].ocop).toEqual({ stars: 4, certificate_number: "OCOP-KH-2024-001", issuing_level: "province", issued_on: "2024-03-15" })
  })
})

describe("product import: every bad row is named by row and column, in Vietnamese", () => {
  it("reports missing price, negative stock, unknown category, 5★ OCOP without certificate, missing image, duplicate SKU", async () => {
    const csv = [
      HEADER,
      "a-test,Sản phẩm A,,Nước mắm & gia vị,,A-1,,3,,,,,", // 2: missing price
      "b-test,Sản phẩm B,,Nước mắm & gia vị,,B-1,1000,-2,,,,,", // 3: negative stock
      "c-test,Sản phẩm C,,Bánh kẹo,,C-1,1000,1,,,,,", // 4: unknown category
      "d-test,Sản phẩm D,,Nước mắm & gia vị,,D-1,1000,1,5,,,01/02/2025,", // 5: 5★ without certificate
      "e-test,Sản phẩm E,,Nước mắm & gia vị,,E-1,1000,1,5,OCOP-TW-1,tỉnh,01/02/2025,", // 6: 5★ by the province
      "f-test,Sản phẩm F,,Nước mắm & gia vị,,A-1,12.5,1,,,,,khong-co.jpg", // 7: duplicate SKU, fractional price, missing image
      "g-test,Sản phẩm G,,Nước mắm & gia vị,,G-1,1000,1,6,,,,", // 8: 6 stars
    ].join("\n")
    const { issues } = await validate(utf8(csv))
    expect(issues.map((i) => [i.row, i.column])).toEqual([
      [2, "Giá (đồng)"],
      [3, "Tồn kho"],
      [4, "Danh mục"],
      [5, "Số giấy chứng nhận OCOP"],
      [6, "Cấp công nhận OCOP"],
      [7, "Ảnh"],
      [7, "SKU"],
      [7, "Giá (đồng)"],
      [8, "Hạng OCOP (sao)"],
    ])
    const byRow = Object.fromEntries(issues.map((i) => [`${i.row}/${i.column}`, i.message]))
    expect(byRow["2/Giá (đồng)"]).toBe("Thiếu giá.")
    expect(byRow["3/Tồn kho"]).toBe("Tồn kho không được âm.")
    expect(byRow["4/Danh mục"]).toContain("Không có danh mục “Bánh kẹo”")
    expect(byRow["5/Số giấy chứng nhận OCOP"]).toBe("Sản phẩm OCOP 5 sao cần số giấy chứng nhận OCOP.")
    expect(byRow["6/Cấp công nhận OCOP"]).toBe("Sản phẩm OCOP 5 sao do Trung ương công nhận")
    expect(byRow["7/SKU"]).toBe("SKU “A-1” trùng với dòng 2.")
    expect(byRow["7/Ảnh"]).toBe("Không tìm thấy tệp ảnh “khong-co.jpg” trong thư mục ảnh.")
  })

  it("refuses a later row of a product that contradicts its first row", async () => {
    const csv = [HEADER, "x-test,X,,Nước mắm & gia vị,Nhỏ,X-1,1000,1,,,,,", "x-test,X,,Thủ công mỹ nghệ,Lớn,X-2,2000,1,,,,,"].join("\n")
    const { issues } = await validate(utf8(csv))
    expect(issues).toEqual([{ row: 3, column: "Danh mục", message: expect.stringContaining("Khác với dòng 2") }])
  })
})

describe("product import: plan against what the shop has", () => {
  it("creates new products, leaves identical ones unchanged and names what changed; refuses another cooperative's handle or SKU", async () => {
    const { products } = await validate(utf8(GOOD_CSV))
    const [mam, gio] = products
    const asExisting = (p: typeof mam, coop = "coop_1"): ExistingProduct => ({
      id: `prod_${p.handle}`,
      handle: p.handle,
      title: p.title,
      description: p.description,
      category_ids: [p.category_id],
      cooperative_id: coop,
      variants: p.variants.map((v) => ({ id: `var_${v.sku}`, sku: v.sku, title: v.title, price: v.price, stock: v.stock, inventory_item_id: `inv_${v.sku}` })),
      provenance_id: null,
      ocop: p.ocop,
      image_keys: p.image_keys,
      thumbnail: null,
      image_urls: [],
      metadata: {},
    })
    const none = planImport(products, [], new Map(), "coop_1")
    expect(none.issues).toEqual([])
    expect(none.products.map((p) => p.action)).toEqual(["create", "create"])

    const same = planImport(products, [asExisting(mam), asExisting(gio)], new Map(), "coop_1")
    expect(same.products.map((p) => p.action)).toEqual(["unchanged", "unchanged"])

    const changed = asExisting(mam)
    changed.variants[1].price = 140000
    changed.ocop = null
    const plan = planImport(products, [changed, asExisting(gio)], new Map(), "coop_1")
    expect(plan.products[0]).toMatchObject({ action: "update", changes: ["OCOP", "giá NM-1000"] })

    const foreign = planImport(products, [asExisting(gio, "coop_2")], new Map([["NM-500", "other-product"]]), "coop_1")
    expect(foreign.issues.map((i) => [i.row, i.column])).toEqual([
      [2, "SKU"],
      [4, "Mã sản phẩm"],
    ])
  })
})

describe("product import: pictures go through the portal's photo pipeline", () => {
  const picturesOf = async (files: Record<string, Buffer>, sheet: string) => {
    const read = await readSpreadsheet(utf8([HEADER, sheet].join("\n")), "x.csv")
    const keys = new Map(Object.keys(files).map((n) => [n, `${n}#k`]))
    const { products, issues } = validateImportRows(read.rows, { categories, images: keys })
    expect(issues).toEqual([])
    return { products, files: new Map(Object.entries(files)) }
  }
  const phoneJpeg = () =>
    sharp({ create: { width: 900, height: 600, channels: 3, background: "#c33" } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExifMerge({ IFD3: { GPSLatitudeRef: "N", GPSLatitude: "12/1 14/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "109/1 11/1 0/1" } })
      .toBuffer()

  it("refuses a text file named .jpg, SVG named .png and an image bomb, each as an error of the row naming it, in Vietnamese and English", async () => {
    const bomb = await sharp({ create: { width: 10_000, height: 6_000, channels: 3, background: "#000" } }).png({ compressionLevel: 9 }).toBuffer()
    const svg = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800"><rect width="800" height="800" fill="red"/></svg>`)
    const { products, files } = await picturesOf(
      { "ghi-chu.jpg": Buffer.from("đây là một tệp văn bản, không phải ảnh\n"), "ve.png": svg, "bom.png": bomb, "tot.jpg": await phoneJpeg() },
      [
        "anh-a,Ảnh A,,Nước mắm & gia vị,,ANH-A,1000,1,,,,,tot.jpg; ghi-chu.jpg",
        "anh-b,Ảnh B,,Nước mắm & gia vị,,ANH-B,1000,1,,,,,ve.png",
        "anh-c,Ảnh C,,Nước mắm & gia vị,,ANH-C,1000,1,,,,,bom.png",
      ].join("\n")
    )
    const { issues, pictures } = await checkImportPictures(products, files, new Set(files.keys()))
    expect(issues).toEqual([
      {
        row: 2,
        column: "Ảnh",
        message: "Ảnh “ghi-chu.jpg”: Tệp này không phải ảnh (JPEG, PNG, WebP, HEIC hoặc AVIF).",
        message_en: "Picture “ghi-chu.jpg”: This file is not a photo (JPEG, PNG, WebP, HEIC or AVIF).",
      },
      {
        row: 3,
        column: "Ảnh",
        message: "Ảnh “ve.png”: Tệp này không phải ảnh (JPEG, PNG, WebP, HEIC hoặc AVIF).",
        message_en: "Picture “ve.png”: This file is not a photo (JPEG, PNG, WebP, HEIC or AVIF).",
      },
      {
        row: 4,
        column: "Ảnh",
        message: "Ảnh “bom.png”: Ảnh có quá nhiều điểm ảnh (10000×6000): tối đa 50 megapixel.",
        message_en: "Picture “bom.png”: The photo has too many pixels: at most 50 megapixels.",
      },
    ])
    expect([...pictures.keys()]).toEqual(["tot.jpg"])
  })

  it("stores a phone photo upright, as AVIF and WebP at the storefront's widths, without its EXIF (GPS)", async () => {
    const input = await phoneJpeg()
    expect((await sharp(input).metadata()).exif?.length).toBeGreaterThan(50) // the input really has EXIF
    const { products, files } = await picturesOf({ "tot.jpg": input }, "anh-a,Ảnh A,,Nước mắm & gia vị,,ANH-A,1000,1,,,,,tot.jpg")
    const { issues, pictures } = await checkImportPictures(products, files, new Set(["tot.jpg"]))
    expect(issues).toEqual([])
    const variants = pictures.get("tot.jpg")!.variants
    expect(variants.map((v) => `${v.mime_type}@${v.width}x${v.height}`).sort()).toEqual(["image/avif@480x720", "image/avif@600x900", "image/webp@480x720", "image/webp@600x900"])
    for (const v of variants) {
      const meta = await sharp(Buffer.from(v.content_base64, "base64")).metadata()
      expect(meta.exif).toBeUndefined()
      expect(meta.orientation ?? 1).toBe(1)
    }
  })

  it("only inspects (never decodes) pictures it will not store, and still refuses a bad one", async () => {
    const { products, files } = await picturesOf(
      { "tot.jpg": await phoneJpeg(), "ghi-chu.jpg": Buffer.from("không phải ảnh") },
      "anh-a,Ảnh A,,Nước mắm & gia vị,,ANH-A,1000,1,,,,,tot.jpg; ghi-chu.jpg"
    )
    const { issues, pictures } = await checkImportPictures(products, files, new Set())
    expect(pictures.size).toBe(0)
    expect(issues.map((i) => [i.row, i.column, i.message])).toEqual([[2, "Ảnh", "Ảnh “ghi-chu.jpg”: Tệp này không phải ảnh (JPEG, PNG, WebP, HEIC hoặc AVIF)."]])
  })
})
