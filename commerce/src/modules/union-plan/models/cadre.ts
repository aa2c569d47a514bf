import { model } from "@medusajs/framework/utils"
import { TrainingAttendance } from "./training"

export const CADRE_GENDERS = ["female", "male"] as const

/**
 * A Union cadre who works on the collective economy (the plan's "cán bộ Hội làm công tác kinh tế
 * tập thể"). Area: the ward of the Union unit she works in and its former district.
 * Counted in a period when she was in post at its end (`active_from` ≤ end < `active_to`).
 */
export const PlanCadre = model.define("plan_cadre", {
  id: model.id({ prefix: "cadre" }).primaryKey(),
  full_name: model.text().searchable(),
  gender: model.enum([...CADRE_GENDERS]).default("female"),
  unit: model.text(),
  role: model.text(),
  ward_code: model.text().nullable(),
  former_district: model.text().nullable(),
  phone: model.text().nullable(),
  active_from: model.dateTime().nullable(),
  active_to: model.dateTime().nullable(),
  is_demo: model.boolean().default(false),
  attendances: model.hasMany(() => TrainingAttendance, { mappedBy: "cadre" }),
})
