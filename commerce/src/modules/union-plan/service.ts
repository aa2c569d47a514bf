import { MedusaService } from "@medusajs/framework/utils"
import { PlanCadre } from "./models/cadre"
import { PlanTarget } from "./models/target"
import { PlanTraining, TrainingAttendance } from "./models/training"

/** The Union's side of Đề án 01: its cadres, trainings and attendance, and the yearly targets. */
export default class UnionPlanModuleService extends MedusaService({
  PlanCadre,
  PlanTraining,
  TrainingAttendance,
  PlanTarget,
}) {}
