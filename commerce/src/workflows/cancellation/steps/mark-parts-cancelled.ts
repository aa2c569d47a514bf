import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

type Undo = { restore: Record<string, unknown>[]; remove: string[] }

/**
 * Marks cooperatives' parts of an order cancelled — by whom, when and why — so each portal shows it
 * and no parcel leaves. Parts already cancelled keep their first reason. Undone on failure.
 */
export const markPartsCancelledStep = createStep(
  "mark-order-parts-cancelled",
  async (input: { order_id: string; cooperative_ids: string[]; by: "cooperative" | "buyer" | "union"; reason: string | null }, { container }) => {
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const undo: Undo = { restore: [], remove: [] }
    if (!input.cooperative_ids.length) return new StepResponse(undo, undo)
    const existing = await service.listCooperativeOrderParts({ order_id: input.order_id, cooperative_id: input.cooperative_ids })
    const byCooperative = new Map(existing.map((p) => [p.cooperative_id, p]))
    const change = { status: "cancelled" as const, cancelled_at: new Date(), cancelled_by: input.by, cancel_reason: input.reason }
    for (const cooperative_id of input.cooperative_ids) {
      const part = byCooperative.get(cooperative_id)
      if (part?.status === "cancelled") continue
      if (part) {
        await service.updateCooperativeOrderParts({ id: part.id, ...change })
        undo.restore.push({ id: part.id, status: part.status, cancelled_at: part.cancelled_at, cancelled_by: part.cancelled_by, cancel_reason: part.cancel_reason })
      } else {
        const created = await service.createCooperativeOrderParts({ cooperative_id, order_id: input.order_id, ...change })
        undo.remove.push(created.id)
      }
    }
    return new StepResponse(undo, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    for (const row of undo.restore) await service.updateCooperativeOrderParts(row as never)
    if (undo.remove.length) await service.deleteCooperativeOrderParts(undo.remove)
  }
)
