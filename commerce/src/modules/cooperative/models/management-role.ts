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

/**
 * One seat in a cooperative's management and who holds it: the basis of "women in management".
 * A change of holder ends the seat (`ended_on`) and opens a new one, so that a period's
 * indicators use the seats held at the period's end. No `started_on` = held since founding.
 */
export const ManagementRole = model.define("cooperative_management_role", {
  id: model.id({ prefix: "cmrole" }).primaryKey(),
  role: model.enum([...MANAGEMENT_ROLE_KINDS]),
  holder_name: model.text(),
  holder_gender: model.enum([...GENDERS]),
  started_on: model.dateTime().nullable(),
  ended_on: model.dateTime().nullable(),
  cooperative: model.belongsTo(() => Cooperative, { mappedBy: "management_roles" }),
})
