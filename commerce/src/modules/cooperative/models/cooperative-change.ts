import { model } from "@medusajs/framework/utils"
import { Cooperative } from "./cooperative"

/** One field of the registry changed: who, when (`created_at`), old → new, and why if a reason was given. */
export const CooperativeChange = model.define("cooperative_change", {
  id: model.id({ prefix: "cchg" }).primaryKey(),
  field: model.text(),
  old_value: model.text().nullable(),
  new_value: model.text().nullable(),
  reason: model.text().nullable(),
  actor_id: model.text().nullable(),
  actor_name: model.text(),
  cooperative: model.belongsTo(() => Cooperative, { mappedBy: "changes" }),
})
