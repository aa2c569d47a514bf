import { model } from "@medusajs/framework/utils"
import { LINKAGE_ROUTE_REASONS } from "../../../lib/linkage/units"
import { LinkageRequest } from "./linkage-request"

/** A request reached a cooperative: because it makes the product, sells in the category, or the Union sent it. */
export const LinkageRoute = model
  .define("linkage_route", {
    id: model.id({ prefix: "lroute" }).primaryKey(),
    cooperative_id: model.text(),
    reason: model.enum([...LINKAGE_ROUTE_REASONS]),
    /** the Union staff member who sent it (reason "union") */
    routed_by_id: model.text().nullable(),
    routed_by_name: model.text().nullable(),
    request: model.belongsTo(() => LinkageRequest, { mappedBy: "routes" }),
  })
  .indexes([
    { on: ["request_id", "cooperative_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["cooperative_id"], where: "deleted_at IS NULL" },
  ])
