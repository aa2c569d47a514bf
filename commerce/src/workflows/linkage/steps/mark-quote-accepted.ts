import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LINKAGE_MODULE } from "../../../modules/linkage"
import type LinkageModuleService from "../../../modules/linkage/service"

type Undo = { request_id: string; quote_ids: string[] }

/** The buyer's choice recorded: the request accepted with its order, the quote accepted, the other open quotes not chosen. */
export const markQuoteAcceptedStep = createStep(
  "mark-linkage-quote-accepted",
  async (input: { request_id: string; quote_id: string; order_id: string }, { container }) => {
    const service: LinkageModuleService = container.resolve(LINKAGE_MODULE)
    const now = new Date()
    const others = await service.listLinkageQuotes({ request_id: input.request_id, status: "quoted" }, { select: ["id"] })
    await service.updateLinkageRequests({ id: input.request_id, status: "accepted", accepted_quote_id: input.quote_id, order_id: input.order_id, accepted_at: now })
    await service.updateLinkageQuotes([
      { id: input.quote_id, status: "accepted", accepted_at: now },
      ...others.filter((q) => q.id !== input.quote_id).map((q) => ({ id: q.id, status: "not_chosen" as const })),
    ])
    return new StepResponse({ order_id: input.order_id }, { request_id: input.request_id, quote_ids: others.map((q) => q.id) } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: LinkageModuleService = container.resolve(LINKAGE_MODULE)
    await service.updateLinkageRequests({ id: undo.request_id, status: "open", accepted_quote_id: null, order_id: null, accepted_at: null })
    if (undo.quote_ids.length) await service.updateLinkageQuotes(undo.quote_ids.map((id) => ({ id, status: "quoted" as const, accepted_at: null })))
  }
)
