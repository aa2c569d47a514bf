import { defineMiddlewares, validateAndTransformQuery, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { StoreGetCooperativeParams, StoreListCooperativesParams } from "./store/cooperatives/validators"
import { storeCooperativeQueryConfig, storeCooperativesQueryConfig } from "./store/cooperatives/query-config"

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
  ],
})
