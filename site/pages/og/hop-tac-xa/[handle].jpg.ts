import type { APIRoute } from "astro"
import { cooperativeShareImage, jpegResponse } from "../../../lib/share"

export const GET: APIRoute = async ({ params }) => jpegResponse(await cooperativeShareImage(params.handle ?? ""))
