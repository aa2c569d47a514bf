import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { hashInviteToken } from "../../../lib/invite-token"

/**
 * GET /cooperative-invites/:token — what the invite page shows before a password is set: the
 * cooperative's name and the invited email. Outside /cooperative-portal because the invitee has
 * no account yet; the token is the only credential.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cooperative_staff_invite",
    fields: ["id", "email", "full_name", "expires_at", "accepted_at", "cooperative.name", "cooperative.status"],
    filters: { token_hash: hashInviteToken(req.params.token) },
  })
  const invite = data[0] as any
  if (!invite) return res.status(404).json({ type: "not_found", message: "Lời mời không tồn tại hoặc đã bị huỷ." })
  const state = invite.accepted_at ? "accepted" : new Date(invite.expires_at).getTime() < Date.now() ? "expired" : "open"
  res.json({
    invite: { email: invite.email, full_name: invite.full_name, expires_at: invite.expires_at, state, cooperative: { name: invite.cooperative?.name } },
  })
}
