import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROVENANCE_MODULE } from "../../../modules/provenance"
import type ProvenanceModuleService from "../../../modules/provenance/service"

type Record_ = Record<string, unknown>
type Undo = { updated?: Record_; created?: string; link?: Record<string, Record<string, string>> }

/** Updates a product's provenance record, or creates and links one; undone on failure. */
export const upsertProvenanceStep = createStep(
  "upsert-product-provenance",
  async (input: { product_id: string; provenance_id?: string | null; record: Record_ }, { container }) => {
    const service: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    if (input.provenance_id) {
      const [before] = await service.listProductProvenances({ id: input.provenance_id })
      await service.updateProductProvenances({ id: input.provenance_id, ...input.record } as any)
      return new StepResponse<undefined, Undo>(undefined, { updated: before as Record_ })
    }
    const created = await service.createProductProvenances(input.record as any)
    const link = { [Modules.PRODUCT]: { product_id: input.product_id }, [PROVENANCE_MODULE]: { product_provenance_id: created.id } }
    await container.resolve(ContainerRegistrationKeys.LINK).create(link)
    return new StepResponse<undefined, Undo>(undefined, { created: created.id, link })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    if (undo.updated) {
      const { created_at: _c, updated_at: _u, deleted_at: _d, ...rest } = undo.updated as any
      await service.updateProductProvenances(rest)
    }
    if (undo.created) {
      await container.resolve(ContainerRegistrationKeys.LINK).dismiss(undo.link!)
      await service.deleteProductProvenances(undo.created)
    }
  }
)
