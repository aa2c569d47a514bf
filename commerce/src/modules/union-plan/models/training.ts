import { model } from "@medusajs/framework/utils"
import { PlanCadre } from "./cadre"

export const TRAINING_TOPICS = [
  "cooperative_governance",
  "business_planning",
  "digital_transformation",
  "branding_ip",
  "cooperative_law",
  "other",
] as const

/** A training session or course (tập huấn) and who attended it. */
export const PlanTraining = model
  .define("plan_training", {
    id: model.id({ prefix: "trn" }).primaryKey(),
    held_on: model.dateTime(),
    title: model.text().searchable(),
    organiser: model.text(),
    topic: model.enum([...TRAINING_TOPICS]),
    location: model.text().nullable(),
    former_district: model.text().nullable(),
    is_demo: model.boolean().default(false),
    attendances: model.hasMany(() => TrainingAttendance, { mappedBy: "training" }),
  })
  .cascades({ delete: ["attendances"] })

/**
 * One person at one training: a Union cadre, or the holder of a cooperative management seat
 * (`management_role_id`, a seat of the cooperative module). `passed` = met the end-of-course
 * assessment ("đạt yêu cầu"), the basis of "cadres with the skills" (null = not assessed).
 */
export const TrainingAttendance = model
  .define("plan_training_attendance", {
    id: model.id({ prefix: "tatt" }).primaryKey(),
    person_name: model.text(),
    management_role_id: model.text().nullable(),
    cooperative_id: model.text().nullable(),
    passed: model.boolean().nullable(),
    training: model.belongsTo(() => PlanTraining, { mappedBy: "attendances" }),
    cadre: model.belongsTo(() => PlanCadre, { mappedBy: "attendances" }).nullable(),
  })
  .indexes([
    { on: ["training_id", "cadre_id"], unique: true, where: "deleted_at IS NULL AND cadre_id IS NOT NULL" },
    { on: ["training_id", "management_role_id"], unique: true, where: "deleted_at IS NULL AND management_role_id IS NOT NULL" },
    { on: ["management_role_id"], where: "deleted_at IS NULL" },
  ])
