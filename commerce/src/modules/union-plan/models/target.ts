import { model } from "@medusajs/framework/utils"

/** The plan's target for one indicator in one year (a percentage or a count, per the indicator's unit). */
export const PlanTarget = model
  .define("plan_target", {
    id: model.id({ prefix: "ptgt" }).primaryKey(),
    year: model.number(),
    indicator_id: model.text(),
    value: model.number(),
  })
  .indexes([{ on: ["year", "indicator_id"], unique: true, where: "deleted_at IS NULL" }])
