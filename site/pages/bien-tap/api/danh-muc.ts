import type { APIRoute } from "astro"
import { listCooperatives, listProductChoices } from "../../../lib/catalog"

/**
 * GET /bien-tap/api/danh-muc — what the editor's pickers offer: the active cooperatives and the
 * products on sale, names and handles (the same lists the build checks handles against).
 */
export const GET: APIRoute = async () => {
  const [cooperatives, products] = await Promise.all([listCooperatives(), listProductChoices()])
  return Response.json({ cooperatives: cooperatives.map((c) => ({ handle: c.handle, name: c.name })), products })
}
