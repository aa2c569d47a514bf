/**
 * Spreadsheet import against the real Medusa: the admin route, the import workflow and the
 * `npm run import` command. Imported products are drafts (the default), so the public catalog
 * other tests count is untouched.
 */
import { spawn } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import sharp from "sharp"
import writeXlsxFile from "write-excel-file/node"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { adminToken, sendProductImport, type ImportReport } from "../../scripts/lib/product-import-client.ts"
import { admin, stack } from "../support/api"

const COOPERATIVE = "htx-nuoc-mam-van-phuoc-xanh-demo"
const HEADER = "Mã sản phẩm,Tên sản phẩm,Mô tả,Danh mục,Loại,SKU,Giá (đồng),Tồn kho,Hạng OCOP (sao),Số giấy chứng nhận OCOP,Cấp công nhận OCOP,Ngày công nhận OCOP,Ảnh"
const GOOD_CSV = [
  HEADER,
  'nhap-thu-nuoc-mam,Nước mắm nhập thử (test),"Ủ chượp 12 tháng, đóng chai",Nước mắm & gia vị,Chai 500 ml,NHAP-NM-500,85.000,120,5,OCOP-TW-2024-9,trung ương,15/03/2024,nhap-1.png; nhap-2.png',
  "nhap-thu-nuoc-mam,,,,Chai 1 lít,NHAP-NM-1000,150000,40,,,,,",
  ",Giỏ cói nhập thử (test),,thu cong my nghe,,NHAP-GC-1,250000,5,,,,,",
].join("\r\n")

let dir: string
let token: string

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "product-import-"))
  for (const [name, color] of [["nhap-1.png", "#0f766e"], ["nhap-2.png", "#fde68a"]] as const) {
    // 240 px: pictures go through the portal's photo pipeline, which refuses anything under 200 px
    await sharp({ create: { width: 240, height: 240, channels: 3, background: color } }).png().toFile(path.join(dir, name))
  }
  token = await adminToken(stack().medusaUrl, "admin@cho-htx.demo", "demo-admin-2025")
})
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

function write(name: string, content: string | Uint8Array) {
  const file = path.join(dir, name)
  fs.writeFileSync(file, content)
  return file
}

const run = (file: string, opts: { dryRun?: boolean } = {}) =>
  sendProductImport({ medusaUrl: stack().medusaUrl, token, file, cooperative: COOPERATIVE, dryRun: opts.dryRun })

async function productCount(): Promise<number> {
  return (await admin<{ count: number }>("/admin/products?limit=1&fields=id")).body.count
}

async function product(handle: string) {
  const fields = "*variants,*variants.prices,*images,*categories,+cooperative.handle,+product_provenance.*,+updated_at,+status"
  const { body } = await admin<{ products: any[] }>(`/admin/products?handle=${handle}&fields=${encodeURIComponent(fields)}`)
  return body.products[0]
}

async function stockOf(sku: string): Promise<number | undefined> {
  const { body } = await admin<{ inventory_items: any[] }>(`/admin/inventory-items?sku=${sku}&fields=*location_levels`)
  return body.inventory_items[0]?.location_levels?.[0]?.stocked_quantity
}

describe("spreadsheet import (admin API + workflow, real Medusa)", () => {
  it("refuses a file with bad rows, naming each row and column, and writes nothing", async () => {
    const before = await productCount()
    const bad = [
      HEADER,
      "nhap-loi-a,Lỗi A,,Nước mắm & gia vị,,NHAP-LOI-A,,3,,,,,",
      "nhap-loi-b,Lỗi B,,Nước mắm & gia vị,,NHAP-LOI-B,1000,-2,,,,,",
      "nhap-loi-c,Lỗi C,,Bánh kẹo,,NHAP-LOI-C,1000,1,,,,,",
      "nhap-loi-d,Lỗi D,,Nước mắm & gia vị,,NHAP-LOI-D,1000,1,5,,,01/02/2025,",
      "nhap-tot-e,Tốt E,,Nước mắm & gia vị,,NHAP-TOT-E,1000,1,,,,,",
    ].join("\n")
    const { status, report } = await run(write("bad.csv", bad))
    expect(status).toBe(422)
    expect(report.ok).toBe(false)
    expect(report.errors.map((e) => [e.row, e.column])).toEqual([
      [2, "Giá (đồng)"],
      [3, "Tồn kho"],
      [4, "Danh mục"],
      [5, "Số giấy chứng nhận OCOP"],
    ])
    expect(report.message).toContain("không có gì được ghi")
    expect(await productCount()).toBe(before)
    expect(await product("nhap-tot-e")).toBeUndefined()
  })

  it("refuses a CSV in a legacy encoding with a Vietnamese message, writing nothing", async () => {
    const before = await productCount()
    const latin = Buffer.from(`${"title,category,sku,price,stock"}\nC\xe0 ph\xea,Nước mắm & gia vị,NHAP-ENC,1,1\n`, "latin1")
    const { report } = await run(write("latin.csv", latin))
    expect(report.ok).toBe(false)
    expect(report.errors[0].message).toContain("không phải mã UTF-8")
    expect(await productCount()).toBe(before)
  })

  it("a dry run reports what would be created and writes nothing", async () => {
    const before = await productCount()
    const { status, report } = await run(write("good.csv", GOOD_CSV), { dryRun: true })
    expect(status).toBe(200)
    expect(report).toMatchObject({ ok: true, dry_run: true, summary: { rows: 3, products: 2, created: 2, updated: 0, unchanged: 0 } })
    expect(await productCount()).toBe(before)
  })

  it("imports a good CSV fully: products, variants, VND prices, stock, OCOP, cooperative, category, pictures — as drafts", async () => {
    const before = await productCount()
    const { status, report } = await run(write("good.csv", GOOD_CSV))
    expect(report.errors).toEqual([])
    expect(status).toBe(200)
    expect(report.summary).toMatchObject({ created: 2, updated: 0, unchanged: 0 })
    expect(await productCount()).toBe(before + 2)

    const mam = await product("nhap-thu-nuoc-mam")
    expect(mam.status).toBe("draft")
    expect(mam.title).toBe("Nước mắm nhập thử (test)")
    expect(mam.description).toBe("Ủ chượp 12 tháng, đóng chai")
    expect(mam.categories.map((c: any) => c.handle)).toEqual(["nuoc-mam-gia-vi"])
    expect(mam.cooperative.handle).toBe(COOPERATIVE)
    expect(mam.product_provenance).toMatchObject({ ocop_stars: 5, ocop_certificate_number: "OCOP-TW-2024-9", ocop_issuing_level: "central" })
    const variants = Object.fromEntries(mam.variants.map((v: any) => [v.sku, v]))
    expect(variants["NHAP-NM-500"].title).toBe("Chai 500 ml")
    expect(variants["NHAP-NM-500"].prices.find((p: any) => p.currency_code === "vnd").amount).toBe(85000)
    expect(variants["NHAP-NM-1000"].prices.find((p: any) => p.currency_code === "vnd").amount).toBe(150000)
    expect(await stockOf("NHAP-NM-500")).toBe(120)
    expect(await stockOf("NHAP-NM-1000")).toBe(40)
    expect(mam.images).toHaveLength(2)
    expect(mam.thumbnail).toBe(mam.images[0].url)
    const picture = await fetch(mam.thumbnail)
    expect(picture.status).toBe(200)
    expect((await sharp(Buffer.from(await picture.arrayBuffer())).metadata()).width).toBe(240)

    const gio = await product("gio-coi-nhap-thu-test")
    expect(gio.variants.map((v: any) => [v.sku, v.title])).toEqual([["NHAP-GC-1", "Mặc định"]])
    expect(gio.product_provenance ?? null).toBeNull()
    expect(await stockOf("NHAP-GC-1")).toBe(5)
  })

  it("a second import of the same file changes nothing", async () => {
    const before = await product("nhap-thu-nuoc-mam")
    const count = await productCount()
    const { status, report } = await run(write("good.csv", GOOD_CSV))
    expect(status).toBe(200)
    expect(report.summary).toMatchObject({ created: 0, updated: 0, unchanged: 2 })
    expect(report.message).toContain("0 thay đổi")
    expect(await productCount()).toBe(count)
    const after = await product("nhap-thu-nuoc-mam")
    expect(after.updated_at).toBe(before.updated_at)
    expect(after.images.map((i: any) => i.url)).toEqual(before.images.map((i: any) => i.url))
  })

  it("re-importing with a changed price and stock updates just that product", async () => {
    const changed = GOOD_CSV.replace("NHAP-NM-1000,150000,40", "NHAP-NM-1000,155000,35")
    const dry = await run(write("changed.csv", changed), { dryRun: true })
    expect(dry.report.products.find((p) => p.handle === "nhap-thu-nuoc-mam")).toMatchObject({ action: "update", changes: ["giá NHAP-NM-1000", "tồn kho NHAP-NM-1000"] })
    const { report } = await run(write("changed.csv", changed))
    expect(report.summary).toMatchObject({ created: 0, updated: 1, unchanged: 1 })
    const mam = await product("nhap-thu-nuoc-mam")
    const v = mam.variants.find((x: any) => x.sku === "NHAP-NM-1000")
    expect(v.prices.find((p: any) => p.currency_code === "vnd").amount).toBe(155000)
    expect(await stockOf("NHAP-NM-1000")).toBe(35)
    expect(await stockOf("NHAP-NM-500")).toBe(120)
  })

  it("imports a good XLSX fully, and a second time changes nothing", async () => {
    const rows = [
      HEADER.split(","),
      ["nhap-xlsx-yen", "Yến sào nhập XLSX (test)", "", "Yến sào & mật ong", "Hộp 50 g", "NHAP-X-50", 1200000, 8, 4, "OCOP-KH-2023-7", "tỉnh", { value: new Date(Date.UTC(2023, 5, 1)), type: Date, format: "dd/mm/yyyy" }, "nhap-1.png"],
      ["nhap-xlsx-yen", null, null, null, "Hộp 100 g", "NHAP-X-100", 2300000, 3, null, null, null, null, null],
    ]
    const file = write("good.xlsx", await writeXlsxFile(rows as never).toBuffer())
    const first = await run(file)
    expect(first.report.errors).toEqual([])
    expect(first.report.summary).toMatchObject({ created: 1 })
    const yen = await product("nhap-xlsx-yen")
    expect(yen.variants.map((v: any) => v.sku).sort()).toEqual(["NHAP-X-100", "NHAP-X-50"])
    expect(yen.product_provenance).toMatchObject({ ocop_stars: 4, ocop_issuing_level: "province" })
    expect(new Date(yen.product_provenance.ocop_issued_on).toISOString().slice(0, 10)).toBe("2023-06-01")
    expect(await stockOf("NHAP-X-100")).toBe(3)
    const second = await run(file)
    expect(second.report.summary).toMatchObject({ created: 0, updated: 0, unchanged: 1 })
  })

  it("when writing fails half-way (file storage gone after the first chunk of 100), everything already written is undone", async () => {
    const before = await productCount()
    const rows = [HEADER]
    for (let i = 1; i <= 100; i++) rows.push(`nhap-hoan-tac-${i},Hoàn tác ${i},,Nước mắm & gia vị,,NHAP-HT-${i},10000,1,,,,,`)
    rows.push("nhap-hoan-tac-anh,Hoàn tác có ảnh,,Nước mắm & gia vị,,NHAP-HT-ANH,10000,1,,,,,nhap-1.png")
    const file = write("undo.csv", rows.join("\n"))
    // The first chunk (100 products, no pictures) is written; the second starts by storing a picture, which fails.
    const uploads = stack().uploadDir
    const moved = `${uploads}-moved`
    fs.renameSync(uploads, moved)
    fs.writeFileSync(uploads, "not a folder")
    try {
      await expect(run(file)).rejects.toThrow(/Ghi sản phẩm thất bại sau 100\/101 sản phẩm; mọi thay đổi của lần nhập này đã được hoàn tác/)
    } finally {
      fs.rmSync(uploads)
      fs.renameSync(moved, uploads)
    }
    expect(await productCount()).toBe(before)
    expect(await product("nhap-hoan-tac-1")).toBeUndefined()
    // Nothing left behind blocks a retry once storage is back.
    const retry = await run(file)
    expect(retry.report.summary).toMatchObject({ created: 101 })
    expect(await productCount()).toBe(before + 101)
  })

  it("refuses pictures that are not usable photos — text named .jpg, SVG named .png, an image bomb — as errors of their rows, and writes nothing", async () => {
    const pictures = fs.mkdtempSync(path.join(dir, "bad-pictures-"))
    fs.writeFileSync(path.join(pictures, "ghi-chu.jpg"), "đây là một tệp văn bản, không phải ảnh\n")
    fs.writeFileSync(path.join(pictures, "ve.png"), `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800"><script>alert(1)</script><rect width="800" height="800"/></svg>`)
    await sharp({ create: { width: 10_000, height: 6_000, channels: 3, background: "#000" } }).png({ compressionLevel: 9 }).toFile(path.join(pictures, "bom.png"))
    const csv = [
      HEADER,
      "nhap-anh-chu,Ảnh là chữ (test),,Nước mắm & gia vị,,NHAP-ANH-1,1000,1,,,,,ghi-chu.jpg",
      "nhap-anh-svg,Ảnh là SVG (test),,Nước mắm & gia vị,,NHAP-ANH-2,1000,1,,,,,ve.png",
      "nhap-anh-bom,Ảnh là bom (test),,Nước mắm & gia vị,,NHAP-ANH-3,1000,1,,,,,bom.png",
    ].join("\n")
    const before = await productCount()
    const uploads = fs.readdirSync(stack().uploadDir).length
    for (const dryRun of [true, false]) {
      const { status, report } = await sendProductImport({ medusaUrl: stack().medusaUrl, token, file: write("bad-pictures.csv", csv), imagesDir: pictures, cooperative: COOPERATIVE, dryRun })
      expect(status).toBe(422)
      expect(report.errors).toEqual([
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
      expect(report.message).toContain("không có gì được ghi")
    }
    expect(await productCount()).toBe(before)
    expect(await product("nhap-anh-chu")).toBeUndefined()
    expect(fs.readdirSync(stack().uploadDir).length).toBe(uploads)
  })

  it("stores a phone photo as the portal does: upright, AVIF and WebP at the storefront's widths, no EXIF (GPS)", async () => {
    const pictures = fs.mkdtempSync(path.join(dir, "phone-"))
    const photo = await sharp({ create: { width: 2000, height: 1500, channels: 3, background: "#0f766e" } })
      .jpeg({ quality: 90 })
      .withMetadata({ orientation: 6 })
      .withExifMerge({ IFD0: { Make: "DemoPhone" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "12/1 14/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "109/1 11/1 0/1" } })
      .toBuffer()
    fs.writeFileSync(path.join(pictures, "dien-thoai.jpg"), photo)
    const csv = [HEADER, "nhap-anh-dien-thoai,Ảnh điện thoại (test),,Nước mắm & gia vị,,NHAP-ANH-DT,1000,1,,,,,dien-thoai.jpg"].join("\n")
    const { status, report } = await sendProductImport({ medusaUrl: stack().medusaUrl, token, file: write("phone.csv", csv), imagesDir: pictures, cooperative: COOPERATIVE })
    expect(report.errors).toEqual([])
    expect(status).toBe(200)

    const p = await product("nhap-anh-dien-thoai")
    expect(p.metadata.photos).toHaveLength(1)
    // every size of the picture, for the storefront's srcset, as the portal stores a photo
    const sources = p.metadata.photos[0].sources as { format: string; width: number; height: number; url: string }[]
    expect(sources.map((s) => `${s.format}@${s.width}x${s.height}`).sort()).toEqual([
      "avif@1500x2000",
      "avif@480x640",
      "avif@960x1280",
      "webp@1500x2000",
      "webp@480x640",
      "webp@960x1280",
    ])
    // the product image is the largest WebP, the thumbnail the smallest
    expect(p.images.map((i: any) => i.url)).toEqual([sources.find((s) => s.format === "webp" && s.width === 1500)!.url])
    expect(p.thumbnail).toBe(sources.find((s) => s.format === "webp" && s.width === 480)!.url)
    for (const s of sources) {
      const res = await fetch(s.url)
      expect(res.status).toBe(200)
      expect(res.headers.get("content-type")).toBe(`image/${s.format}`)
      const bytes = Buffer.from(await res.arrayBuffer())
      const meta = await sharp(bytes).metadata()
      // turned upright (1500 wide, 2000 high), orientation and EXIF gone
      expect([meta.width, meta.height]).toEqual([s.width, s.height])
      expect(meta.exif).toBeUndefined()
      expect(meta.orientation ?? 1).toBe(1)
      expect(bytes.includes(Buffer.from("DemoPhone"))).toBe(false)
    }
    // a second import of the same file and picture changes nothing
    const again = await sendProductImport({ medusaUrl: stack().medusaUrl, token, file: write("phone.csv", csv), imagesDir: pictures, cooperative: COOPERATIVE })
    expect(again.report.summary).toMatchObject({ created: 0, updated: 0, unchanged: 1 })
  })

  it("serves the template as CSV and XLSX", async () => {
    const csv = await fetch(`${stack().medusaUrl}/admin/product-imports/template/csv`, { headers: { authorization: `Bearer ${token}` } })
    expect(csv.status).toBe(200)
    const bytes = Buffer.from(await csv.arrayBuffer())
    // A byte order mark, so Excel opens the UTF-8 file with its Vietnamese intact.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(bytes.subarray(3).toString("utf8").split("\r\n")[0]).toBe(HEADER)
    const xlsx = await fetch(`${stack().medusaUrl}/admin/product-imports/template/xlsx`, { headers: { authorization: `Bearer ${token}` } })
    expect(xlsx.status).toBe(200)
    expect(Buffer.from(await xlsx.arrayBuffer()).subarray(0, 2).toString()).toBe("PK")
  })

  it("npm run import: a dry run prints the plan and exits 0; a bad file prints each row and column and exits 1", async () => {
    const cli = (args: string[]) =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn("npm", ["run", "--silent", "import", "--", ...args], {
          env: { ...process.env, MEDUSA_BACKEND_URL: stack().medusaUrl },
          cwd: path.resolve(import.meta.dirname, "../.."),
        })
        let stdout = ""
        let stderr = ""
        child.stdout.on("data", (d) => (stdout += d))
        child.stderr.on("data", (d) => (stderr += d))
        child.on("close", (code) => resolve({ code, stdout, stderr }))
      })
    const other = GOOD_CSV.replace(/nhap-thu-nuoc-mam/g, "nhap-cli").replace(/NHAP-NM/g, "NHAP-CLI").replace(/NHAP-GC-1/, "NHAP-CLI-GC").replace("Giỏ cói nhập thử", "Giỏ cói CLI")
    const good = await cli([write("cli.csv", other), "--cooperative", COOPERATIVE, "--dry-run"])
    expect(good.code).toBe(0)
    expect(good.stdout).toContain("sẽ tạo: nhap-cli (dòng 2, 3)")
    expect(good.stdout).toContain("Chạy thử: sẽ tạo 2")
    const bad = await cli([write("cli-bad.csv", other.replace("NHAP-CLI-1000,150000,40", "NHAP-CLI-1000,,40")), "--cooperative", COOPERATIVE])
    expect(bad.code).toBe(1)
    expect(bad.stdout).toContain("Dòng 3, cột “Giá (đồng)”: Thiếu giá.")
    expect(await product("nhap-cli")).toBeUndefined()
    const real = await cli([write("cli.csv", other), "--cooperative", COOPERATIVE])
    expect(real.code).toBe(0)
    expect(real.stderr).toContain("2/2 sản phẩm")
    expect((await product("nhap-cli")).status).toBe("draft")
  })
})

export type { ImportReport }
