import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { updateCooperativeProfileWorkflow } from "../../../workflows/cooperative-portal/update-cooperative-profile"
import { portalActor } from "../../utils/portal-actor"
import { parseBody, PortalUpdateProfile, REGISTRY_FIELDS } from "../validators"
import { portalProfile } from "./helpers"

/** GET /cooperative-portal/profile */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ profile: await portalProfile(req.scope, portalActor(req)) })
}

/** POST /cooperative-portal/profile — contact and description. Registry fields are the Union's: 403. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const actor = portalActor(req)
  const registry = Object.keys((req.body ?? {}) as object).filter((k) => REGISTRY_FIELDS.includes(k) || k === "id" || k === "cooperative_id")
  if (registry.length) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      `Các thông tin đăng ký (${registry.join(", ")}) do Hội LHPN tỉnh quản lý; hãy liên hệ Hội để sửa.`
    )
  }
  const change = parseBody(PortalUpdateProfile, req.body)
  await updateCooperativeProfileWorkflow(req.scope).run({ input: { id: actor.cooperativeId, change } })
  res.json({ profile: await portalProfile(req.scope, actor) })
}
