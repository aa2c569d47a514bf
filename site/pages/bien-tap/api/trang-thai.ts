import type { APIRoute } from "astro"
import { publishStatus } from "../../../lib/editor/publish"

/** GET /bien-tap/api/trang-thai — the publish queue: what is building, what went live, what failed and why. */
export const GET: APIRoute = async () => Response.json(await publishStatus())
