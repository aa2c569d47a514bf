/**
 * Imports a cooperative's products from a spreadsheet: the whole file is validated and
 * compared with the shop first; only a file without a single problem is written, and only
 * what differs (by handle and SKU) — so a second import of the same file writes nothing.
 * A dry run stops after the plan.
 */
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { summaryMessage, type ImportReport } from "../../lib/product-import/report"
import type { RawRow } from "../../lib/product-import/read-spreadsheet"
import { applyProductImportStep } from "./steps/apply-product-import"
import { prepareProductImportStep } from "./steps/prepare-product-import"
import type { ImportImageFile } from "./steps/upload-import-images"

export interface ImportProductsWorkflowInput {
  cooperative_handle: string
  rows: RawRow[]
  /** the pictures that came with the file; key = name + content hash */
  images: (ImportImageFile & { key: string })[]
  dry_run: boolean
  publish: boolean
  progress_id?: string
}

export const importCooperativeProductsWorkflow = createWorkflow("import-cooperative-products", (input: ImportProductsWorkflowInput) => {
  const prepared = prepareProductImportStep({ cooperative_handle: input.cooperative_handle, rows: input.rows, images: input.images, dry_run: input.dry_run })

  const applyInput = transform({ prepared, input }, ({ prepared, input }) => ({
    write: !input.dry_run && prepared.plan.issues.length === 0 && prepared.plan.products.some((p) => p.action !== "unchanged"),
    products: prepared.plan.products,
    targets: prepared.targets,
    pictures: prepared.pictures,
    publish: input.publish,
    progress_id: input.progress_id,
  }))
  const applied = when({ applyInput }, ({ applyInput }) => applyInput.write).then(() => applyProductImportStep(applyInput))

  const report = transform({ prepared, input, applied }, ({ prepared, input, applied }): ImportReport => {
    const { plan } = prepared
    const ok = plan.issues.length === 0
    const count = (a: string) => (ok ? plan.products.filter((p) => p.action === a).length : 0)
    const ids = new Map<string, string>()
    for (const p of plan.products) if (p.existing) ids.set(p.handle, p.existing.id)
    const base = {
      ok,
      dry_run: input.dry_run,
      errors: plan.issues,
      summary: { rows: input.rows.length, products: plan.products.length, created: count("create"), updated: count("update"), unchanged: count("unchanged") },
      products: ok
        ? plan.products.map((p) => ({ handle: p.handle, title: p.title, rows: p.rows, action: p.action, changes: p.changes, id: ids.get(p.handle) }))
        : [],
    }
    void applied
    return { ...base, message: summaryMessage(base) }
  })
  return new WorkflowResponse(report)
})
