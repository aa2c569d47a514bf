import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CooperativeInput } from "../../lib/cooperative-input"
import { createCooperativesStep } from "./steps/create-cooperatives"
import { validateCooperativesStep } from "./steps/validate-cooperatives"

export const createCooperativesWorkflow = createWorkflow(
  "create-cooperatives",
  (input: { cooperatives: CooperativeInput[] }) => {
    const valid = validateCooperativesStep(input)
    return new WorkflowResponse(createCooperativesStep(valid))
  }
)
