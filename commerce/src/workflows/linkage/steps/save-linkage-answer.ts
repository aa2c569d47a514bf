import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { fieldRefusal, stateRefusal } from "../../../lib/linkage/errors"
import type { LinkageQuoteInput } from "../../../lib/linkage/input"
import { answerRefusal, LINKAGE_REFUSALS } from "../../../lib/linkage/rules"
import { LINKAGE_MODULE } from "../../../modules/linkage"
import type LinkageModuleService from "../../../modules/linkage/service"

export type LinkageAnswerInput = {
  request_id: string
  cooperative_id: string
  staff: { id: string; name: string }
  answer: ({ kind: "quote" } & LinkageQuoteInput) | { kind: "decline"; reason: string }
}

type Undo = { restore?: Record<string, unknown>; remove?: string }
type Saved = { id: string; status: string }

const QUOTE_FIELDS = ["id", "status", "product_id", "unit_price_vnd", "quantity", "delivery_fee_vnd", "delivery_on", "valid_until", "note", "decline_reason", "staff_id", "staff_name", "answered_at"] as const

/**
 * A cooperative's quote or refusal for a request routed to it, while the request is open: a second
 * answer replaces the first (a revised price, or a refusal turned into a quote). A quote names one of
 * the cooperative's own products. Undone (the previous answer restored) if a later step fails.
 */
export const saveLinkageAnswerStep = createStep(
  "save-linkage-answer",
  async (input: LinkageAnswerInput, { container }) => {
    const service: LinkageModuleService = container.resolve(LINKAGE_MODULE)
    const [route] = await service.listLinkageRoutes({ request_id: input.request_id, cooperative_id: input.cooperative_id })
    if (!route) throw stateRefusal(LINKAGE_REFUSALS.notRouted)
    const request = await service.retrieveLinkageRequest(input.request_id)
    const [existing] = await service.listLinkageQuotes({ request_id: input.request_id, cooperative_id: input.cooperative_id }, { select: [...QUOTE_FIELDS] })
    const refusal = answerRefusal(request, existing ?? null)
    if (refusal) throw stateRefusal(refusal)

    const a = input.answer
    if (a.kind === "quote") {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product", fields: ["id", "cooperative.id"], filters: { id: a.product_id } })
      if ((data[0] as { cooperative?: { id: string } | null } | undefined)?.cooperative?.id !== input.cooperative_id) throw fieldRefusal("product_id", "quote_product")
    }
    const values =
      a.kind === "quote"
        ? {
            status: "quoted" as const,
            product_id: a.product_id,
            unit_price_vnd: a.unit_price_vnd,
            quantity: a.quantity,
            delivery_fee_vnd: a.delivery_fee_vnd,
            delivery_on: a.delivery_on,
            valid_until: a.valid_until,
            note: a.note ?? null,
            decline_reason: null,
          }
        : {
            status: "declined" as const,
            product_id: null,
            unit_price_vnd: null,
            quantity: null,
            delivery_fee_vnd: null,
            delivery_on: null,
            valid_until: null,
            note: null,
            decline_reason: a.reason,
          }
    const stamp = { staff_id: input.staff.id, staff_name: input.staff.name, answered_at: new Date() }
    if (existing) {
      const updated = await service.updateLinkageQuotes({ id: existing.id, ...values, ...stamp })
      return new StepResponse<Saved, Undo>({ id: updated.id, status: updated.status }, { restore: { ...existing } })
    }
    const created = await service.createLinkageQuotes({ request_id: input.request_id, cooperative_id: input.cooperative_id, ...values, ...stamp })
    return new StepResponse<Saved, Undo>({ id: created.id, status: created.status }, { remove: created.id })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: LinkageModuleService = container.resolve(LINKAGE_MODULE)
    if (undo.restore) await service.updateLinkageQuotes(undo.restore as never)
    if (undo.remove) await service.deleteLinkageQuotes(undo.remove)
  }
)
