/**
 * Validates every row of an import and groups rows into products (same handle, or same title
 * when the handle is left empty → one product, each row a variant). Pure: the caller passes
 * the categories and the image files that exist. Every problem is reported with its row and
 * column; a file with any problem is not imported at all.
 */
import { ocopInputSchema } from "../provenance-input"
import { COLUMN_BY_KEY, type ImportColumnKey } from "./columns"
import type { CellValue, ImportIssue, RawRow } from "./read-spreadsheet"
import { foldVietnamese, HANDLE_PATTERN, slugify } from "./text"

export interface ImportCategory {
  id: string
  handle: string
  name: string
}
export interface ImportOcop {
  stars: number
  certificate_number: string
  issuing_level: "province" | "central"
  /** YYYY-MM-DD */
  issued_on: string
}
export interface ImportVariant {
  row: number
  sku: string
  title: string
  /** whole đồng */
  price: number
  stock: number
}
export interface ImportProduct {
  handle: string
  title: string
  description: string
  category_id: string
  category_name: string
  rows: number[]
  variants: ImportVariant[]
  ocop: ImportOcop | null
  /** file names as written in the sheet, first = thumbnail */
  images: string[]
  /** name + content hash of each image, what makes a re-import of the same pictures a no-op */
  image_keys: string[]
}
export interface ValidateContext {
  categories: ImportCategory[]
  /** image file name → key (name + content hash) of the files that came with the spreadsheet */
  images: Map<string, string>
}
export interface ValidationResult {
  products: ImportProduct[]
  issues: ImportIssue[]
}

export const DEFAULT_VARIANT_TITLE = "Mặc định"
const IMAGE_EXTENSIONS = /\.(jpe?g|png|webp|gif|avif)$/i
const MAX_PRICE = 10_000_000_000

export function validateImportRows(rows: RawRow[], ctx: ValidateContext): ValidationResult {
  const issues: ImportIssue[] = []
  const issue = (row: number, key: ImportColumnKey, message: string) => issues.push({ row, column: COLUMN_BY_KEY[key].vi, message })
  const categoriesByKey = new Map<string, ImportCategory>()
  for (const c of ctx.categories) {
    categoriesByKey.set(foldVietnamese(c.handle), c)
    categoriesByKey.set(foldVietnamese(c.name), c)
  }
  const imagesByFolded = new Map([...ctx.images.keys()].map((n) => [n.toLowerCase(), n]))

  const groups = new Map<string, { first: RawRow; product: ImportProduct; valid: boolean }>()
  const skuRows = new Map<string, number>()

  for (const raw of rows) {
    const { row, cells } = raw
    const text = (key: ImportColumnKey) => (cells[key] === undefined ? "" : cellToText(cells[key]!))
    let handle = text("handle")
    const title = text("title")
    if (handle) {
      handle = handle.toLowerCase()
      if (!HANDLE_PATTERN.test(handle)) issue(row, "handle", `Mã sản phẩm “${handle}” chỉ được có chữ thường không dấu, số và dấu gạch nối (ví dụ: nuoc-mam-ca-com).`)
    } else if (title) handle = slugify(title)
    if (!handle) {
      issue(row, "title", "Thiếu tên sản phẩm.")
      continue
    }

    let group = groups.get(handle)
    const isFirst = !group
    if (!group) {
      group = {
        first: raw,
        valid: true,
        product: { handle, title, description: "", category_id: "", category_name: "", rows: [], variants: [], ocop: null, images: [], image_keys: [] },
      }
      groups.set(handle, group)
    }
    const product = group.product
    product.rows.push(row)

    if (isFirst) {
      if (!title) issue(row, "title", "Thiếu tên sản phẩm.")
      product.description = text("description")
      const categoryText = text("category")
      if (!categoryText) issue(row, "category", "Thiếu danh mục.")
      else {
        const category = categoriesByKey.get(foldVietnamese(categoryText))
        if (!category) {
          issue(row, "category", `Không có danh mục “${categoryText}”. Danh mục hiện có: ${ctx.categories.map((c) => c.name).join(", ")}.`)
        } else {
          product.category_id = category.id
          product.category_name = category.name
        }
      }
      product.ocop = readOcop(raw, issue)
      const imageText = text("images")
      for (const name of imageText ? imageText.split(/[;\n]+/).map((s) => s.trim()).filter(Boolean) : []) {
        if (!IMAGE_EXTENSIONS.test(name)) {
          issue(row, "images", `“${name}” không phải tệp ảnh JPEG, PNG, WebP, GIF hoặc AVIF.`)
          continue
        }
        const found = ctx.images.has(name) ? name : imagesByFolded.get(name.toLowerCase())
        if (!found) issue(row, "images", `Không tìm thấy tệp ảnh “${name}” trong thư mục ảnh.`)
        else {
          product.images.push(found)
          product.image_keys.push(ctx.images.get(found)!)
        }
      }
    } else {
      // Later rows of a product may repeat product-level cells, but not contradict the first row.
      const first = group.first
      for (const key of ["title", "description", "category", "ocop_stars", "ocop_certificate_number", "ocop_issuing_level", "ocop_issued_on", "images"] as const) {
        const mine = text(key)
        const theirs = first.cells[key] === undefined ? "" : cellToText(first.cells[key]!)
        if (mine && mine !== theirs) issue(row, key, `Khác với dòng ${first.row} của cùng sản phẩm “${handle}” (“${theirs || "trống"}”). Để trống hoặc ghi giống dòng ${first.row}.`)
      }
    }

    const sku = text("sku")
    if (!sku) issue(row, "sku", "Thiếu SKU.")
    else if (sku.length > 64 || /\s/.test(sku)) issue(row, "sku", `SKU “${sku}” không được có khoảng trắng và tối đa 64 ký tự.`)
    else if (skuRows.has(sku)) issue(row, "sku", `SKU “${sku}” trùng với dòng ${skuRows.get(sku)}.`)
    else skuRows.set(sku, row)

    const variantTitle = text("variant") || DEFAULT_VARIANT_TITLE
    const sameTitle = product.variants.find((v) => v.title === variantTitle)
    if (sameTitle) issue(row, "variant", `Loại “${variantTitle}” đã có ở dòng ${sameTitle.row} của cùng sản phẩm.`)

    const price = readWholeNumber(cells.price)
    if (price.kind === "missing") issue(row, "price", "Thiếu giá.")
    else if (price.kind === "invalid") issue(row, "price", `Giá “${text("price")}” không phải số đồng (ví dụ 85000 hoặc 85.000).`)
    else if (price.value <= 0) issue(row, "price", "Giá phải lớn hơn 0 đồng.")
    else if (price.value > MAX_PRICE) issue(row, "price", "Giá quá lớn.")

    const stock = readWholeNumber(cells.stock)
    if (stock.kind === "missing") issue(row, "stock", "Thiếu tồn kho (ghi 0 nếu hết hàng).")
    else if (stock.kind === "invalid") issue(row, "stock", `Tồn kho “${text("stock")}” không phải số nguyên.`)
    else if (stock.value < 0) issue(row, "stock", "Tồn kho không được âm.")
    else if (stock.value > 1_000_000) issue(row, "stock", "Tồn kho quá lớn (tối đa 1.000.000).")

    product.variants.push({
      row,
      sku,
      title: variantTitle,
      price: price.kind === "ok" ? price.value : 0,
      stock: stock.kind === "ok" ? stock.value : 0,
    })
  }

  return { products: [...groups.values()].map((g) => g.product), issues: issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)) }
}

type Issue = (row: number, key: ImportColumnKey, message: string) => void

function readOcop(raw: RawRow, issue: Issue): ImportOcop | null {
  const { row, cells } = raw
  const starsCell = cells.ocop_stars
  const certificate = cells.ocop_certificate_number === undefined ? "" : cellToText(cells.ocop_certificate_number)
  const levelText = cells.ocop_issuing_level === undefined ? "" : cellToText(cells.ocop_issuing_level)
  const dateCell = cells.ocop_issued_on
  if (starsCell === undefined) {
    if (certificate || levelText || dateCell !== undefined) issue(row, "ocop_stars", "Có thông tin OCOP nhưng thiếu hạng sao (3, 4 hoặc 5).")
    return null
  }
  const stars = readWholeNumber(starsCell)
  if (stars.kind !== "ok" || stars.value < 3 || stars.value > 5) {
    issue(row, "ocop_stars", `Hạng OCOP “${cellToText(starsCell)}” không hợp lệ: phải là 3, 4 hoặc 5.`)
    return null
  }
  let ok = true
  if (!certificate) {
    issue(row, "ocop_certificate_number", `Sản phẩm OCOP ${stars.value} sao cần số giấy chứng nhận OCOP.`)
    ok = false
  }
  let level: "province" | "central" | null = stars.value === 5 ? "central" : "province"
  if (levelText) {
    const folded = foldVietnamese(levelText)
    level = ["tinh", "cap tinh", "province", "ubnd tinh"].includes(folded)
      ? "province"
      : ["trung uong", "cap trung uong", "tw", "central"].includes(folded)
        ? "central"
        : null
    if (!level) {
      issue(row, "ocop_issuing_level", `Cấp công nhận “${levelText}” không hợp lệ: ghi “tỉnh” hoặc “trung ương”.`)
      ok = false
    }
  }
  const issuedOn = dateCell === undefined ? null : readDate(dateCell)
  if (dateCell === undefined) {
    issue(row, "ocop_issued_on", "Cần ngày công nhận OCOP (dd/mm/yyyy).")
    ok = false
  } else if (!issuedOn) {
    issue(row, "ocop_issued_on", `Ngày công nhận “${cellToText(dateCell)}” không hợp lệ: ghi theo dd/mm/yyyy.`)
    ok = false
  }
  if (!ok || !level || !issuedOn) return null
  const parsed = ocopInputSchema.safeParse({ stars: stars.value, certificate_number: certificate, issuing_level: level, issued_on: issuedOn })
  if (!parsed.success) {
    const columnOf: Record<string, ImportColumnKey> = {
      stars: "ocop_stars",
      certificate_number: "ocop_certificate_number",
      issuing_level: "ocop_issuing_level",
      issued_on: "ocop_issued_on",
    }
    for (const i of parsed.error.issues) issue(row, columnOf[String(i.path[0])] ?? "ocop_stars", i.message)
    return null
  }
  return { stars: stars.value, certificate_number: certificate, issuing_level: level, issued_on: issuedOn.toISOString().slice(0, 10) }
}

type NumberRead = { kind: "ok"; value: number } | { kind: "missing" } | { kind: "invalid" }

/** Whole numbers as people type them in Vietnam: 85000, 85.000, 85 000, "85.000 ₫"; a decimal fraction is invalid. */
export function readWholeNumber(cell: CellValue | undefined): NumberRead {
  if (cell === undefined) return { kind: "missing" }
  if (typeof cell === "number") return Number.isInteger(cell) ? { kind: "ok", value: cell } : { kind: "invalid" }
  if (cell instanceof Date) return { kind: "invalid" }
  const text = cell.replace(/(₫|đ|vnd|vnđ|đồng)$/i, "").replace(/[\s\u00a0]/g, "")
  if (text === "") return { kind: "missing" }
  const m = /^(-?)(\d{1,3}(?:([.,])\d{3})(?:\3\d{3})*|\d+)$/.exec(text)
  if (!m) return { kind: "invalid" }
  const value = Number(m[2].replace(/[.,]/g, ""))
  return { kind: "ok", value: m[1] ? -value : value }
}

/** dd/mm/yyyy (also d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy), ISO yyyy-mm-dd, or a date cell of an XLSX file. */
export function readDate(cell: CellValue): Date | null {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : new Date(Date.UTC(cell.getUTCFullYear(), cell.getUTCMonth(), cell.getUTCDate()))
  if (typeof cell === "number") return null
  let y: number, m: number, d: number
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(cell)
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(cell)
  if (vn) [d, m, y] = [Number(vn[1]), Number(vn[2]), Number(vn[3])]
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])]
  else return null
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null
  return date
}

export function cellToText(cell: CellValue): string {
  if (cell instanceof Date) return `${String(cell.getUTCDate()).padStart(2, "0")}/${String(cell.getUTCMonth() + 1).padStart(2, "0")}/${cell.getUTCFullYear()}`
  return String(cell)
}
