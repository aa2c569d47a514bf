import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

type Status = "new" | "packing" | "shipped" | "delivered"
const ORDER: Status[] = ["new", "packing", "shipped", "delivered"]
type Undo = { restore?: Record<string, unknown>; remove?: string }

/** Moves a cooperative's part of an order forward (never back); undone on failure. */
export const setOrderPartStatusStep = createStep(
  "set-order-part-status",
  async (
    input: { cooperative_id: string; order_id: string; status: Exclude<Status, "new">; tracking_note?: string | null; cod_collected_amount?: number },
    { container }
  ) => {
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const [existing] = await service.listCooperativeOrderParts({ cooperative_id: input.cooperative_id, order_id: input.order_id })
    if (existing?.status === "cancelled") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Gói hàng này đã huỷ: không đổi trạng thái được nữa.")
    }
    const current = (existing?.status ?? "new") as Status
    if (ORDER.indexOf(input.status) <= ORDER.indexOf(current)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Phần đơn hàng này đã ở trạng thái "${current}", không chuyển về "${input.status}" được.`)
    }
    const now = new Date()
    const change = {
      status: input.status,
      ...(input.tracking_note !== undefined && input.tracking_note !== null ? { tracking_note: input.tracking_note } : {}),
      ...(input.status === "shipped" ? { shipped_at: now } : {}),
      ...(input.status === "delivered" ? { delivered_at: now, ...(existing?.shipped_at ? {} : { shipped_at: now }) } : {}),
      ...(input.cod_collected_amount !== undefined ? { cod_collected_amount: input.cod_collected_amount } : {}),
    }
    if (existing) {
      const updated = await service.updateCooperativeOrderParts({ id: existing.id, ...change })
      const { id, status, tracking_note, shipped_at, delivered_at, cod_collected_amount } = existing
      return new StepResponse<unknown, Undo>(updated, { restore: { id, status, tracking_note, shipped_at, delivered_at, cod_collected_amount } })
    }
    const created = await service.createCooperativeOrderParts({ cooperative_id: input.cooperative_id, order_id: input.order_id, ...change })
    return new StepResponse<unknown, Undo>(created, { remove: created.id })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    if (undo.restore) await service.updateCooperativeOrderParts(undo.restore as any)
    if (undo.remove) await service.deleteCooperativeOrderParts(undo.remove)
  }
)
