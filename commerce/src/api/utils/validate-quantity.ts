import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { quantityProblem } from "../../lib/purchasable"

/**
 * Medusa's own validator accepts any number as a quantity (1.5, 10⁶). This runs after it on the
 * store cart routes and refuses what no buyer means, with a message in Vietnamese and English.
 */
export function validateQuantity({ allowZero }: { allowZero: boolean }) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const body = (req.validatedBody ?? req.body) as { quantity?: unknown; items?: { quantity?: unknown }[] } | undefined
    const problem = quantityProblem(body?.quantity, { allowZero }) ?? (body?.items ?? []).map((i) => quantityProblem(i?.quantity, { allowZero: false })).find(Boolean)
    if (problem) return next(new MedusaError(MedusaError.Types.INVALID_DATA, problem))
    next()
  }
}
