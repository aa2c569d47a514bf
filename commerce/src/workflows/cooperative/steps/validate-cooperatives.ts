import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cooperativeInputSchema, describeIssues, type CooperativeInput, type ValidCooperative } from "../../../lib/cooperative-input"

/** Validates every record before anything is written: one bad record and nothing is created. */
export const validateCooperativesStep = createStep(
  "validate-cooperatives",
  async (input: { cooperatives: CooperativeInput[] }) => {
    const valid: ValidCooperative[] = []
    const problems: string[] = []
    input.cooperatives.forEach((raw, i) => {
      const parsed = cooperativeInputSchema.safeParse(raw)
      if (parsed.success) valid.push(parsed.data)
      else problems.push(describeIssues(parsed.error, `Hợp tác xã thứ ${i + 1} (${raw?.handle ?? "?"}) — `))
    })
    const handles = new Set<string>()
    for (const c of valid) {
      if (handles.has(c.handle)) problems.push(`Mã đường dẫn "${c.handle}" bị trùng trong dữ liệu gửi lên`)
      handles.add(c.handle)
    }
    if (problems.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join("\n"))
    return new StepResponse(valid)
  }
)
