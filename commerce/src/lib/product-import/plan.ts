/**
 * Compares validated products with what the shop already has and decides, per product,
 * create / update / unchanged. Pure: the workflow loads the existing state and passes it in.
 * Identity: a product by handle, a variant by SKU — so importing the same file twice
 * changes nothing the second time.
 */
import type { ImportIssue } from "./read-spreadsheet"
import type { ImportOcop, ImportProduct } from "./validate"
import { COLUMN_BY_KEY } from "./columns"

export interface ExistingVariant {
  id: string
  sku: string
  title: string
  price: number | null
  stock: number | null
  inventory_item_id: string | null
}
export interface ExistingProduct {
  id: string
  handle: string
  title: string
  description: string
  category_ids: string[]
  cooperative_id: string | null
  variants: ExistingVariant[]
  provenance_id: string | null
  ocop: ImportOcop | null
  image_keys: string[]
  /** kept so that a failed import can put them back */
  thumbnail: string | null
  image_urls: string[]
  metadata: Record<string, unknown>
}
export type ImportAction = "create" | "update" | "unchanged"
export interface PlannedProduct {
  action: ImportAction
  handle: string
  title: string
  rows: number[]
  /** what would change, in Vietnamese, for the report */
  changes: string[]
  product: ImportProduct
  existing: ExistingProduct | null
}
export interface ImportPlan {
  products: PlannedProduct[]
  issues: ImportIssue[]
}

export function planImport(
  products: ImportProduct[],
  existing: ExistingProduct[],
  /** SKU → handle of the product that has it, for every product of the shop */
  skuOwners: Map<string, string>,
  cooperativeId: string
): ImportPlan {
  const issues: ImportIssue[] = []
  const byHandle = new Map(existing.map((p) => [p.handle, p]))
  const planned: PlannedProduct[] = []
  for (const product of products) {
    const current = byHandle.get(product.handle) ?? null
    const firstRow = product.rows[0]
    for (const v of product.variants) {
      const owner = skuOwners.get(v.sku)
      if (owner && owner !== product.handle) {
        issues.push({ row: v.row, column: COLUMN_BY_KEY.sku.vi, message: `SKU “${v.sku}” đã thuộc sản phẩm khác (“${owner}”).` })
      }
    }
    if (!current) {
      planned.push({ action: "create", handle: product.handle, title: product.title, rows: product.rows, changes: [`tạo mới, ${product.variants.length} loại`], product, existing: null })
      continue
    }
    if (current.cooperative_id !== cooperativeId) {
      issues.push({
        row: firstRow,
        column: COLUMN_BY_KEY.handle.vi,
        message: `Đã có sản phẩm “${product.handle}” của hợp tác xã khác; hãy đặt mã sản phẩm khác.`,
      })
      continue
    }
    const currentSkus = new Set(current.variants.map((v) => v.sku))
    const importSkus = new Set(product.variants.map((v) => v.sku))
    const added = product.variants.filter((v) => !currentSkus.has(v.sku))
    const missing = current.variants.filter((v) => !importSkus.has(v.sku))
    if (added.length || missing.length) {
      issues.push({
        row: (added[0]?.row ?? firstRow),
        column: COLUMN_BY_KEY.sku.vi,
        message:
          `Sản phẩm “${product.handle}” đã có các loại SKU ${[...currentSkus].join(", ")}; ` +
          "nhập lại chỉ cập nhật được đúng các loại đó (thêm hoặc bớt loại hãy làm trong trang quản trị).",
      })
      continue
    }
    const changes: string[] = []
    if (current.title !== product.title) changes.push("tên")
    if ((current.description ?? "") !== product.description) changes.push("mô tả")
    if (current.category_ids.length !== 1 || current.category_ids[0] !== product.category_id) changes.push("danh mục")
    if (!sameOcop(current.ocop, product.ocop)) changes.push("OCOP")
    if (current.image_keys.join("|") !== product.image_keys.join("|")) changes.push("ảnh")
    for (const v of product.variants) {
      const c = current.variants.find((x) => x.sku === v.sku)!
      if (c.title !== v.title) changes.push(`tên loại ${v.sku}`)
      if (c.price !== v.price) changes.push(`giá ${v.sku}`)
      if (c.stock !== v.stock) changes.push(`tồn kho ${v.sku}`)
    }
    planned.push({ action: changes.length ? "update" : "unchanged", handle: product.handle, title: product.title, rows: product.rows, changes, product, existing: current })
  }
  return { products: planned, issues }
}

function sameOcop(a: ImportOcop | null, b: ImportOcop | null): boolean {
  if (!a || !b) return a === b
  return a.stars === b.stars && a.certificate_number === b.certificate_number && a.issuing_level === b.issuing_level && a.issued_on === b.issued_on
}
