import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { SUSPENDED_MESSAGE, SUSPENDED_MESSAGE_EN } from "./portal-actor"

/**
 * Before Medusa's `POST /auth/cooperative_staff/emailpass`: a staff member of a suspended
 * cooperative gets a Vietnamese refusal instead of a token. The password is checked first, so
 * the answer tells nothing about an account to someone who does not know its password.
 */
export async function refuseSuspendedLogin(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const email = typeof (req.body as any)?.email === "string" ? ((req.body as any).email as string).trim() : ""
  if (!email) return next()
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cooperative_staff",
    fields: ["id", "cooperative.status"],
    filters: { email },
  })
  if ((data[0] as any)?.cooperative?.status !== "suspended") return next()
  const auth = req.scope.resolve(Modules.AUTH)
  const { success } = await auth.authenticate("emailpass", {
    url: req.url,
    headers: req.headers as Record<string, string>,
    query: req.query as Record<string, string>,
    body: req.body as Record<string, string>,
    protocol: req.protocol,
  })
  if (!success) return next()
  res.status(403).json({ type: "cooperative_suspended", message: SUSPENDED_MESSAGE, message_en: SUSPENDED_MESSAGE_EN })
}
