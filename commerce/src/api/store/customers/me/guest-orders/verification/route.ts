import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { FailureLimiter } from "../../../../../../lib/failure-limiter"
import { accountAddress, CLAIM_SENDS_PER_HOUR, CLAIM_VALID_HOURS, claimMessage, claimUrl, maskAddress, signClaim } from "../../../../../../lib/guest-orders"
import { requireSecret } from "../../../../../../lib/secrets"
import { GUEST_ORDER_ANSWERS, readBody, signedInCustomer, VerificationBody } from "../helpers"

/** Links sent per account in the last hour (per process; see lib/failure-limiter.ts). */
const sends = new FailureLimiter({ limit: CLAIM_SENDS_PER_HOUR, windowMs: 3600_000, maxKeys: 50_000 })

/**
 * POST /store/customers/me/guest-orders/verification {channel: "email" | "phone", lang} — sends the
 * signed-in buyer a link (notification module) that attaches the orders placed as a guest with her
 * account's e-mail or phone. The answer never says whether any such order exists (only the holder of
 * the address learns that, by opening the link). 202 {sent_to: masked address}.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = await readBody(req, res, VerificationBody, GUEST_ORDER_ANSWERS.channel)
  if (!body) return
  const customer = await signedInCustomer(req)
  if (!customer) return void res.status(401).json({ type: "unauthorized", message: "Vui lòng đăng nhập.", message_en: "Please sign in." })
  const address = accountAddress(customer, body.channel)
  if (!address) return void res.status(400).json({ type: "invalid_data", ...GUEST_ORDER_ANSWERS.noAddress[body.channel] })
  if (sends.lockedForMs(customer.id) > 0) return void res.status(429).json({ type: "too_many_requests", ...GUEST_ORDER_ANSWERS.tooMany })
  sends.recordFailure(customer.id)

  const token = signClaim(requireSecret(process.env, "JWT_SECRET"), {
    customerId: customer.id,
    channel: body.channel,
    address,
    expiresAt: Math.floor(Date.now() / 1000) + CLAIM_VALID_HOURS * 3600,
  })
  const message = claimMessage(body.channel, claimUrl(token, body.lang), body.lang)
  await req.scope.resolve(Modules.NOTIFICATION).createNotifications({
    to: address,
    channel: body.channel === "email" ? "email" : "sms",
    template: "guest-orders-claim",
    data: message,
    receiver_id: customer.id,
    resource_type: "customer",
    resource_id: customer.id,
  })
  res.status(202).json({ sent_to: maskAddress(body.channel, address), valid_hours: CLAIM_VALID_HOURS })
}
