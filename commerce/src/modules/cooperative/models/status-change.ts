import { model } from "@medusajs/framework/utils"
import { Cooperative } from "./cooperative"

/** The cooperative's own operating state in the Union's registry. */
export const REGISTRY_STATUSES = ["operating", "suspended", "dissolved"] as const

/**
 * The registry status from a date on (suspended, resumed, dissolved), with the reason. The
 * status on a date is the latest change effective on or before it; before any change a
 * cooperative is operating from its founding date.
 */
export const CooperativeStatusChange = model.define("cooperative_status_change", {
  id: model.id({ prefix: "cstat" }).primaryKey(),
  registry_status: model.enum([...REGISTRY_STATUSES]),
  effective_on: model.dateTime(),
  reason: model.text(),
  actor_id: model.text().nullable(),
  actor_name: model.text(),
  cooperative: model.belongsTo(() => Cooperative, { mappedBy: "status_changes" }),
})
