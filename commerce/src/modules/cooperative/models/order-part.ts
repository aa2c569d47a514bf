import { model } from "@medusajs/framework/utils"
import { Cooperative } from "./cooperative"

export const ORDER_PART_STATUSES = ["new", "packing", "shipped", "delivered"] as const

/**
 * One cooperative's part of an order (its lines) and how far it has got: packing, shipped
 * (with the courier's tracking note), delivered. No row yet means "new".
 */
export const CooperativeOrderPart = model
  .define("cooperative_order_part", {
    id: model.id({ prefix: "opart" }).primaryKey(),
    order_id: model.text(),
    status: model.enum([...ORDER_PART_STATUSES]).default("new"),
    tracking_note: model.text().nullable(),
    shipped_at: model.dateTime().nullable(),
    delivered_at: model.dateTime().nullable(),
    cooperative: model.belongsTo(() => Cooperative, { mappedBy: "order_parts" }),
  })
  .indexes([{ on: ["cooperative_id", "order_id"], unique: true, where: "deleted_at IS NULL" }])
