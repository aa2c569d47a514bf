import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readOrderTracking, trackingForBuyer } from "../../../lib/order-tracking"
import { readJsonBody } from "../../utils/read-json-body"
import { fromStorefront, socketClient } from "../../utils/storefront-request"
import { LOOKUP_MESSAGES, lookupClientKey, OrderLookupGuard, parseLookupInput, phoneMatches } from "../../../lib/order-lookup"

/** One guard per server process (see lib/failure-limiter.ts). */
const guard = new OrderLookupGuard()

/**
 * POST /store/order-lookup {order_number, phone} — a guest's order, found by its number (#display_id)
 * and the delivery phone. A wrong pair and an unknown number get the same 404, so the answer never
 * tells whether an order exists; wrong guesses are limited per order number and per client (429).
 * The answer names the area (ward, province), never the street; it says where each parcel is, the
 * payment state and, while a transfer is awaited, the transfer to make (lib/order-tracking.ts).
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  // Registered with bodyParser: false (middlewares.ts): the body is read here, at most 4 KB.
  const body = await readJsonBody(req, 4096)
  const parsed = body.ok ? parseLookupInput(body.value) : ({ ok: false, ...LOOKUP_MESSAGES.malformed } as const)
  if (!parsed.ok) {
    res.status(400).json({ type: "invalid_data", message: parsed.message, message_en: parsed.message_en })
    return
  }
  const { orderNumber, phone } = parsed.value
  const client = lookupClientKey(fromStorefront(req), socketClient(req))

  const retryAfter = guard.retryAfterSeconds(orderNumber, client)
  if (retryAfter > 0) {
    res.setHeader("Retry-After", String(retryAfter))
    res.status(429).json({ type: "too_many_requests", ...LOOKUP_MESSAGES.tooMany, retry_after: retryAfter })
    return
  }

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: found } = await query.graph({
    entity: "order",
    fields: ["id", "shipping_address.phone"],
    // display_id is an integer column; the generated filter types want a string, which PostgreSQL casts
    filters: { display_id: String(orderNumber), is_draft_order: false },
  })
  const match = (found as { id: string; shipping_address?: { phone?: string | null } | null }[]).find((o) =>
    phoneMatches(o.shipping_address?.phone, phone)
  )
  if (!match) {
    guard.recordFailure(orderNumber, client)
    res.status(404).json({ type: "not_found", ...LOOKUP_MESSAGES.notFound })
    return
  }

  const tracking = await readOrderTracking(req.scope, match.id)
  if (!tracking) {
    res.status(404).json({ type: "not_found", ...LOOKUP_MESSAGES.notFound })
    return
  }
  res.json({ order: trackingForBuyer(tracking) })
}
