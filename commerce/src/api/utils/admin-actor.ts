import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"

/** The signed-in Union staff member, as the registry's history names her: "Nguyễn Thị A" or her e-mail. */
export async function adminActor(req: AuthenticatedMedusaRequest): Promise<{ id: string | null; name: string }> {
  const id = req.auth_context?.actor_id ?? null
  if (!id) return { id: null, name: "(không rõ)" }
  try {
    const user = await req.scope.resolve(Modules.USER).retrieveUser(id)
    const name = [user.first_name, user.last_name].filter(Boolean).join(" ").trim()
    return { id, name: name || user.email }
  } catch {
    return { id, name: id }
  }
}
