import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cooperativeInputSchema, registryUpdateSchema } from "../../../lib/cooperative-input"
import { figureRecordOf } from "../../../lib/registry/figures"
import type { RegistryImportRecord } from "../../../lib/registry/import"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { applyRegistryUpdate, undo, type RegistryActor, type Undo } from "./registry-steps"

export interface RegistryImportResult {
  created: { row: number; id: string; name: string }[]
  updated: { row: number; id: string; name: string; changed: number }[]
}

/**
 * Writes a validated registry import: new records (not selling, with their seats and first
 * figure record) and updates of existing ones. Everything or nothing: a failure part-way undoes
 * what was written, and so does the step's compensation.
 */
export const importRegistryStep = createStep(
  "import-cooperative-registry",
  async (input: { records: RegistryImportRecord[]; actor: RegistryActor }, { container }) => {
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const undos: Undo[] = []
    const createdIds: string[] = []
    const result: RegistryImportResult = { created: [], updated: [] }
    try {
      for (const r of input.records) {
        if (r.existing_id) {
          const u: Undo = { createdChanges: [] }
          undos.push(u)
          const changes = registryUpdateSchema.parse(r.values)
          const done = await applyRegistryUpdate(service, { id: r.existing_id, changes: changes as never, actor: input.actor, reason: `Nhập danh sách, dòng ${r.row}`, source: "import" }, u)
          result.updated.push({ row: r.row, id: r.existing_id, name: r.name, changed: done.changed })
          continue
        }
        const c = cooperativeInputSchema.parse(r.values)
        const asOf = new Date(r.figures_as_of ?? new Date().toISOString().slice(0, 10))
        const { management_roles, ...fields } = c
        const created = await service.createCooperatives({ ...fields, figures_as_of: asOf })
        createdIds.push(created.id)
        if (management_roles.length) await service.createManagementRoles(management_roles.map((m) => ({ ...m, cooperative_id: created.id })))
        await service.createCooperativeFigureRecords(figureRecordOf(c, asOf, "import", input.actor, created.id))
        result.created.push({ row: r.row, id: created.id, name: created.name })
      }
    } catch (e) {
      for (const u of undos.reverse()) await undo(service, u)
      if (createdIds.length) await service.deleteCooperatives(createdIds)
      throw e
    }
    return new StepResponse(result, { undos, createdIds })
  },
  async (written, { container }) => {
    if (!written) return
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    for (const u of [...written.undos].reverse()) await undo(service, u)
    if (written.createdIds.length) await service.deleteCooperatives(written.createdIds)
  }
)
