import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { TargetsInput } from "../../lib/plan-indicators/targets"
import { setPlanTargetsStep } from "./steps/set-plan-targets"

/** Sets the plan's targets for one year (the dashboard's "Chỉ tiêu kế hoạch"). */
export const setPlanTargetsWorkflow = createWorkflow("set-plan-targets", (input: TargetsInput) => {
  return new WorkflowResponse(setPlanTargetsStep(input))
})
