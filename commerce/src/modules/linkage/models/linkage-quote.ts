import { model } from "@medusajs/framework/utils"
import { LINKAGE_QUOTE_STATUSES } from "../../../lib/linkage/units"
import { LinkageRequest } from "./linkage-request"

/**
 * One cooperative's answer to one request (lib/linkage/rules.ts): a price per unit of the request in
 * whole đồng for a quantity it can supply, with a delivery fee, a delivery date and a validity date
 * ("YYYY-MM-DD", Vietnam) — or a refusal with its reason. `product_id` is one of the cooperative's own
 * products: the order line made from an accepted quote names it, so the order reaches that
 * cooperative's parcels and portal like a retail order.
 */
export const LinkageQuote = model
  .define("linkage_quote", {
    id: model.id({ prefix: "lquote" }).primaryKey(),
    cooperative_id: model.text(),
    status: model.enum([...LINKAGE_QUOTE_STATUSES]),
    product_id: model.text().nullable(),
    unit_price_vnd: model.number().nullable(),
    quantity: model.number().nullable(),
    delivery_fee_vnd: model.number().nullable(),
    delivery_on: model.text().nullable(),
    valid_until: model.text().nullable(),
    note: model.text().nullable(),
    decline_reason: model.text().nullable(),
    staff_id: model.text().nullable(),
    staff_name: model.text().nullable(),
    /** when it was last given or revised */
    answered_at: model.dateTime(),
    accepted_at: model.dateTime().nullable(),
    request: model.belongsTo(() => LinkageRequest, { mappedBy: "quotes" }),
  })
  .indexes([
    { on: ["request_id", "cooperative_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["cooperative_id"], where: "deleted_at IS NULL" },
  ])
