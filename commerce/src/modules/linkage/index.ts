import { Module } from "@medusajs/framework/utils"
import LinkageModuleService from "./service"

/** Linkage ("kết nối tiêu thụ"): business buyers' requests, their routing to cooperatives, and quotes. */
export const LINKAGE_MODULE = "linkage"

export default Module(LINKAGE_MODULE, {
  service: LinkageModuleService,
})
