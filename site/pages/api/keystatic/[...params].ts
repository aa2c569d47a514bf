import type { APIRoute } from "astro"
import { keystaticApi } from "../../../lib/editor/keystatic-api"
import { sessionId } from "../../../lib/editor/session"

/** Keystatic's API on the editor's workspace; the middleware has checked the Union staff sign-in. */
export const ALL: APIRoute = ({ request, locals, params }) => keystaticApi(request, sessionId(locals.editor!.token), params.params ?? "")
