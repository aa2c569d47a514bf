import type { APIRoute } from "astro"
import { jpegResponse, productShareImage } from "../../../lib/share"

export const GET: APIRoute = async ({ params }) => jpegResponse(await productShareImage(params.handle ?? ""))
