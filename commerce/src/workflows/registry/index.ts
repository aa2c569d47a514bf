import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_UPDATED_EVENT } from "../../lib/search/events"
import {
  addFigureRecordStep,
  changeManagementSeatStep,
  changeRegistryStatusStep,
  updateRegistryStep,
  type AddFiguresInput,
  type ChangeRegistryStatusInput,
  type ChangeSeatInput,
  type UpdateRegistryInput,
} from "./steps/registry-steps"
import { importRegistryStep } from "./steps/import-registry"
import type { RegistryImportRecord } from "../../lib/registry/import"

/** Union staff edit a cooperative's registry record (fields, current figures), with history. */
export const updateCooperativeRegistryWorkflow = createWorkflow("update-cooperative-registry", (input: UpdateRegistryInput) => {
  const result = updateRegistryStep(input)
  // The name, area and contact show in the storefront and its search index.
  emitEventStep({ eventName: COOPERATIVE_UPDATED_EVENT, data: transform({ input }, ({ input }) => ({ id: input.id })) })
  return new WorkflowResponse(result)
})

export const addCooperativeFigureRecordWorkflow = createWorkflow("add-cooperative-figure-record", (input: AddFiguresInput) => {
  return new WorkflowResponse(addFigureRecordStep(input))
})

export const changeCooperativeRegistryStatusWorkflow = createWorkflow("change-cooperative-registry-status", (input: ChangeRegistryStatusInput) => {
  return new WorkflowResponse(changeRegistryStatusStep(input))
})

export const changeCooperativeManagementWorkflow = createWorkflow("change-cooperative-management", (input: ChangeSeatInput) => {
  return new WorkflowResponse(changeManagementSeatStep(input))
})

/** A district's review list: new records and updates, all or nothing. */
export const importCooperativeRegistryWorkflow = createWorkflow(
  "import-cooperative-registry",
  (input: { records: RegistryImportRecord[]; actor: { id: string | null; name: string } }) => new WorkflowResponse(importRegistryStep(input))
)
