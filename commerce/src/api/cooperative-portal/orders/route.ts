import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { portalActor } from "../../utils/portal-actor"
import { orderParts } from "./helpers"

/** GET /cooperative-portal/orders[?status=new|packing|shipped|delivered] — the cooperative's parts of orders, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const status = typeof req.query.status === "string" ? req.query.status : undefined
  const parts = (await orderParts(req.scope, portalActor(req))).filter((p) => !status || p.status === status)
  res.json({ orders: parts, count: parts.length })
}
