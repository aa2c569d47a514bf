import { model } from "@medusajs/framework/utils"
import { Cooperative } from "./cooperative"

/**
 * An invitation from Union staff to a cooperative's staff member. Only the SHA-256 of the
 * token is stored; the token itself is shown once, in the invite link.
 */
export const CooperativeStaffInvite = model.define("cooperative_staff_invite", {
  id: model.id({ prefix: "cinv" }).primaryKey(),
  email: model.text(),
  full_name: model.text(),
  token_hash: model.text().unique(),
  expires_at: model.dateTime(),
  accepted_at: model.dateTime().nullable(),
  cooperative: model.belongsTo(() => Cooperative, { mappedBy: "invites" }),
})
