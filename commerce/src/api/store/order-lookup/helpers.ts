/**
 * The guest order lookup's shared part: reading {order_number, phone} (and what else a route takes),
 * the limits on wrong guesses, and finding the order. Used by the lookup and by the buyer's
 * cancellation, so a cancellation is limited exactly like a lookup.
 */
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LOOKUP_MESSAGES, lookupClientKey, OrderLookupGuard, parseLookupInput, phoneMatches } from "../../../lib/order-lookup"
import { readJsonBody } from "../../utils/read-json-body"
import { fromStorefront, socketClient } from "../../utils/storefront-request"

/** One guard per server process (see lib/failure-limiter.ts). */
const guard = new OrderLookupGuard()

/**
 * The order a guest names by number and delivery phone, with the request's JSON body; or null when
 * the answer (400, 404 — the same for a wrong pair and an unknown number — or 429) has been sent.
 */
export async function findGuestOrder(req: MedusaRequest, res: MedusaResponse): Promise<{ orderId: string; body: Record<string, unknown> } | null> {
  // Registered with bodyParser: false (middlewares.ts): the body is read here, at most 4 KB.
  const body = await readJsonBody(req, 4096)
  const parsed = body.ok ? parseLookupInput(body.value) : ({ ok: false, ...LOOKUP_MESSAGES.malformed } as const)
  if (!parsed.ok) {
    res.status(400).json({ type: "invalid_data", message: parsed.message, message_en: parsed.message_en })
    return null
  }
  const { orderNumber, phone } = parsed.value
  const client = lookupClientKey(fromStorefront(req), socketClient(req))

  const retryAfter = guard.retryAfterSeconds(orderNumber, client)
  if (retryAfter > 0) {
    res.setHeader("Retry-After", String(retryAfter))
    res.status(429).json({ type: "too_many_requests", ...LOOKUP_MESSAGES.tooMany, retry_after: retryAfter })
    return null
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
    return null
  }
  return { orderId: match.id, body: body.ok ? (body.value as Record<string, unknown>) : {} }
}
