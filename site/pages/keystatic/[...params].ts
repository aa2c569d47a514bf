import type { APIRoute } from "astro"
import { editorAppPage } from "../../lib/editor/app-page"

/** Keystatic's app (every /keystatic/… path); the middleware has checked the Union staff sign-in. */
export const GET: APIRoute = ({ locals }) => editorAppPage(locals.editor!.user)
