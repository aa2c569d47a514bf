import { Module } from "@medusajs/framework/utils"
import UnionPlanModuleService from "./service"

export const UNION_PLAN_MODULE = "union_plan"

export default Module(UNION_PLAN_MODULE, {
  service: UnionPlanModuleService,
})
