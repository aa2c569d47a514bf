import { model } from "@medusajs/framework/utils"
import { Cooperative } from "./cooperative"

export const MANAGEMENT_ROLE_KINDS = [
  "chair",
  "board_member",
  "director",
  "deputy_director",
  "supervisory_board",
] as const
export const GENDERS = ["female", "male"] as const

/** One seat in a cooperative's management and who holds it: the basis of "women in management". */
export const ManagementRole = model.define("cooperative_management_role", {
  id: model.id({ prefix: "cmrole" }).primaryKey(),
  role: model.enum([...MANAGEMENT_ROLE_KINDS]),
  holder_name: model.text(),
  holder_gender: model.enum([...GENDERS]),
  cooperative: model.belongsTo(() => Cooperative, { mappedBy: "management_roles" }),
})
