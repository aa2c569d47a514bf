import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { updateCooperativeProfileWorkflow } from "../../../../workflows/cooperative-portal/update-cooperative-profile"
import { photoFromRequest } from "../../../utils/photo-upload"
import { portalActor } from "../../../utils/portal-actor"
import { portalProfile } from "../helpers"

/** POST /cooperative-portal/profile/logo — body: an image; stored as a 480 px WebP and set as the logo. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const actor = portalActor(req)
  const photo = await photoFromRequest(req)
  const logo = photo.variants.filter((v) => v.format === "webp").sort((a, b) => a.width - b.width)[0]
  const { result } = await uploadFilesWorkflow(req.scope).run({
    input: {
      files: [{ filename: `logo-${actor.cooperativeHandle}-${Date.now().toString(36)}.webp`, mimeType: logo.mimeType, content: logo.content.toString("base64"), access: "public" }],
    },
  })
  await updateCooperativeProfileWorkflow(req.scope).run({ input: { id: actor.cooperativeId, change: { logo_url: result[0].url } } })
  res.json({ profile: await portalProfile(req.scope, actor) })
}
