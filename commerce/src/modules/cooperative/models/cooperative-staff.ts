import { model } from "@medusajs/framework/utils"
import { Cooperative } from "./cooperative"

/**
 * A person who works for one cooperative and signs in to the cooperative portal (auth actor
 * `cooperative_staff`, emailpass). Bound to exactly one cooperative: every portal read and
 * write is scoped to it.
 */
export const CooperativeStaff = model.define("cooperative_staff", {
  id: model.id({ prefix: "cstaff" }).primaryKey(),
  email: model.text().unique(),
  full_name: model.text(),
  phone: model.text().nullable(),
  cooperative: model.belongsTo(() => Cooperative, { mappedBy: "staff" }),
})
