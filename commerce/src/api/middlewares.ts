import { defineMiddlewares, validateAndTransformBody, validateAndTransformQuery, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { StoreGetCooperativeParams, StoreListCooperativesParams } from "./store/cooperatives/validators"
import { storeCooperativeQueryConfig, storeCooperativesQueryConfig } from "./store/cooperatives/query-config"
import { AdminListCooperativesParams, AdminUpdateCooperativeStatus } from "./admin/cooperatives/validators"

/** Lets the standard store product routes return our links: `fields=+cooperative.*,+product_provenance.*`. */
function allowProductLinks(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  req.allowed = [...(req.allowed ?? []), "cooperative", "product_provenance"]
  next()
}

export default defineMiddlewares({
  routes: [
    { matcher: "/store/products", method: ["GET"], middlewares: [allowProductLinks] },
    { matcher: "/store/products/:id", method: ["GET"], middlewares: [allowProductLinks] },
    {
      matcher: "/store/cooperatives",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(StoreListCooperativesParams, storeCooperativesQueryConfig)],
    },
    {
      matcher: "/store/cooperatives/:handle",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(StoreGetCooperativeParams, storeCooperativeQueryConfig)],
    },
    {
      matcher: "/admin/cooperatives",
      method: ["GET"],
      middlewares: [
        validateAndTransformQuery(AdminListCooperativesParams, {
          ...storeCooperativeQueryConfig,
          defaults: [...storeCooperativeQueryConfig.defaults, "status"],
          allowed: [...storeCooperativeQueryConfig.allowed, "status"],
          isList: true,
          defaultLimit: 50,
        }),
      ],
    },
    {
      matcher: "/admin/cooperatives/:id/status",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminUpdateCooperativeStatus)],
    },
  ],
})
