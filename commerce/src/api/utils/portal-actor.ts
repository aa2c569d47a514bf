import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export interface PortalActor {
  staffId: string
  email: string
  fullName: string
  cooperativeId: string
  cooperativeName: string
  cooperativeHandle: string
}

export const SUSPENDED_MESSAGE =
  "Hợp tác xã của bạn đang bị tạm ngừng trên sàn, nên không thể đăng nhập kênh hợp tác xã. Vui lòng liên hệ Hội LHPN tỉnh Khánh Hòa."
export const SUSPENDED_MESSAGE_EN = "Your cooperative is suspended on the marketplace, so its portal is closed. Please contact the Women's Union."

/**
 * After `authenticate("cooperative_staff", …)`: loads the staff member and their one cooperative
 * and refuses every portal call while that cooperative is suspended — sessions opened before the
 * suspension included. Routes read the actor with `portalActor(req)` and scope everything to it.
 */
export async function loadPortalActor(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const staffId = (req as AuthenticatedMedusaRequest).auth_context?.actor_id
  if (!staffId) return res.status(401).json({ type: "unauthorized", message: "Cần đăng nhập kênh hợp tác xã." })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cooperative_staff",
    fields: ["id", "email", "full_name", "cooperative.id", "cooperative.name", "cooperative.handle", "cooperative.status"],
    filters: { id: staffId },
  })
  const staff = data[0] as any
  if (!staff?.cooperative) return res.status(401).json({ type: "unauthorized", message: "Tài khoản không còn hiệu lực." })
  if (staff.cooperative.status === "suspended") {
    return res.status(403).json({ type: "cooperative_suspended", message: SUSPENDED_MESSAGE, message_en: SUSPENDED_MESSAGE_EN })
  }
  ;(req as unknown as { portalActor: PortalActor }).portalActor = {
    staffId: staff.id,
    email: staff.email,
    fullName: staff.full_name,
    cooperativeId: staff.cooperative.id,
    cooperativeName: staff.cooperative.name,
    cooperativeHandle: staff.cooperative.handle,
  }
  next()
}

export function portalActor(req: unknown): PortalActor {
  const actor = (req as { portalActor?: PortalActor }).portalActor
  if (!actor) throw new Error("portal route without loadPortalActor")
  return actor
}
