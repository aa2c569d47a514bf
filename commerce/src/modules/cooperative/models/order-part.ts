import { model } from "@medusajs/framework/utils"
import { Cooperative } from "./cooperative"

export const ORDER_PART_STATUSES = ["new", "packing", "shipped", "delivered", "cancelled"] as const

/**
 * One cooperative's part of an order (its lines) — its parcel — and how far it has got: packing,
 * shipped (with the courier's tracking note), delivered (for cash on delivery, with the amount
 * collected at the door), or cancelled before shipping (with the reason). No row yet means "new".
 */
export const CooperativeOrderPart = model
  .define("cooperative_order_part", {
    id: model.id({ prefix: "opart" }).primaryKey(),
    order_id: model.text(),
    status: model.enum([...ORDER_PART_STATUSES]).default("new"),
    tracking_note: model.text().nullable(),
    shipped_at: model.dateTime().nullable(),
    delivered_at: model.dateTime().nullable(),
    /** cash on delivery: whole đồng collected from the buyer when the parcel was delivered */
    cod_collected_amount: model.number().nullable(),
    cancelled_at: model.dateTime().nullable(),
    cancel_reason: model.text().nullable(),
    /** who cancelled: the cooperative, the buyer or the Union */
    cancelled_by: model.enum(["cooperative", "buyer", "union"]).nullable(),
    cooperative: model.belongsTo(() => Cooperative, { mappedBy: "order_parts" }),
  })
  .indexes([{ on: ["cooperative_id", "order_id"], unique: true, where: "deleted_at IS NULL" }])
