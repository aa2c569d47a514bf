import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { acceptStaffInviteWorkflow } from "../../../../workflows/cooperative-staff/accept-staff-invite"

/**
 * POST /cooperative-invites/:token/accept — with the registration token from
 * `POST /auth/cooperative_staff/emailpass/register` (same email as the invite) as bearer.
 * Creates the staff member under the invite's cooperative; then sign in as usual.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const authIdentityId = req.auth_context?.auth_identity_id
  if (!authIdentityId) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Cần đăng ký email và mật khẩu trước.")
  if (req.auth_context.actor_id) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Email này đã có tài khoản kênh hợp tác xã. Hãy đăng nhập.")
  const auth = req.scope.resolve(Modules.AUTH)
  const identity = await auth.retrieveAuthIdentity(authIdentityId, { relations: ["provider_identities"] })
  const email = identity.provider_identities?.find((p) => p.provider === "emailpass")?.entity_id
  if (!email) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Tài khoản này không đăng nhập bằng email và mật khẩu.")
  const { result } = await acceptStaffInviteWorkflow(req.scope).run({
    input: { token: req.params.token, auth_identity_id: authIdentityId, email },
  })
  res.status(201).json({ staff: { id: result.id, email: result.email, full_name: result.full_name } })
}
