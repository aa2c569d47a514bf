/** POST — signs the buyer out (forgets her session cookie) and returns to the account page. */
import type { APIRoute } from "astro"
import { signOut } from "../../../lib/account-page"

export const prerender = false

export const POST: APIRoute = (context) => signOut(context, "en")
