import type { APIRoute } from "astro"
import { keystaticApi } from "../../../lib/editor/keystatic-api"

/** Keystatic's API on the editor's workspace; the middleware has checked the Union staff sign-in. */
export const ALL: APIRoute = ({ request, locals, params }) => keystaticApi(request, locals.editor!.session.id, params.params ?? "")
