import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CooperativeInput } from "../../lib/cooperative-input"
import { createCooperativesStep } from "./steps/create-cooperatives"
import { validateCooperativesStep } from "./steps/validate-cooperatives"

export const createCooperativesWorkflow = createWorkflow(
  "create-cooperatives",
  (input: { cooperatives: CooperativeInput[]; actor?: { id: string | null; name: string } }) => {
    const valid = validateCooperativesStep(input)
    return new WorkflowResponse(createCooperativesStep(transform({ valid, input }, ({ valid, input }) => ({ cooperatives: valid, actor: input.actor }))))
  }
)
