import type { APIRoute } from "astro"

/** Liveness for the process manager and `npm start`: the storefront server answers. */
export const GET: APIRoute = () => new Response("ok", { headers: { "cache-control": "no-store" } })
