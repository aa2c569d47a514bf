import type { MiddlewareRoute } from "@medusajs/framework/http"

/**
 * The plan's routes (indicators, targets, reports) in the middleware table. Every /admin route
 * already requires a Union staff session or token (Medusa's own `authenticate("user", …)`); the
 * targets route reads its small JSON body itself, to answer malformed input in Vietnamese.
 */
export const planRoutes: MiddlewareRoute[] = [
  { matcher: "/admin/plan-targets", method: ["POST"], bodyParser: false, middlewares: [] },
]
