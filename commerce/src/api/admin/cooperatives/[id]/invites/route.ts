import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { inviteUrl } from "../../../../../lib/invite-token"
import { inviteCooperativeStaffWorkflow } from "../../../../../workflows/cooperative-staff/invite-cooperative-staff"
import type { AdminInviteCooperativeStaffType } from "../../validators"

/** GET /admin/cooperatives/:id/invites — the cooperative's portal accounts and open invites. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cooperative",
    fields: ["id", "name", "staff.id", "staff.email", "staff.full_name", "staff.created_at", "invites.id", "invites.email", "invites.full_name", "invites.expires_at", "invites.accepted_at", "invites.created_at"],
    filters: { id: req.params.id },
  })
  const c = data[0] as any
  if (!c) return res.status(404).json({ type: "not_found", message: `Không có hợp tác xã ${req.params.id}` })
  res.json({ staff: (c.staff ?? []).filter(Boolean), invites: (c.invites ?? []).filter((i: any) => i && !i.accepted_at) })
}

/** POST /admin/cooperatives/:id/invites {email, full_name} — answers the invite link once; only its hash is kept. */
export async function POST(req: AuthenticatedMedusaRequest<AdminInviteCooperativeStaffType>, res: MedusaResponse) {
  const { result } = await inviteCooperativeStaffWorkflow(req.scope).run({
    input: { cooperative_id: req.params.id, email: req.validatedBody.email, full_name: req.validatedBody.full_name },
  })
  res.status(201).json({
    invite: { id: result.invite.id, email: result.invite.email, full_name: result.invite.full_name, expires_at: result.invite.expires_at },
    url: inviteUrl(result.token),
  })
}
