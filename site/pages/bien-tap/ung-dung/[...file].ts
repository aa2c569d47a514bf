import type { APIRoute } from "astro"
import { editorAppFile } from "../../../lib/editor/app-page"

/** The editor app's script files, to signed-in Union staff only (checked by the middleware). */
export const GET: APIRoute = ({ params, request }) => editorAppFile(params.file ?? "", request.headers.get("accept-encoding") ?? "")
