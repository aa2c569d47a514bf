import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { accountAddress, readClaim } from "../../../../../../lib/guest-orders"
import { requireSecret } from "../../../../../../lib/secrets"
import { attachGuestOrders } from "../../../../../../workflows/guest-orders/attach-guest-orders"
import { AttachBody, GUEST_ORDER_ANSWERS, readBody, signedInCustomer } from "../helpers"

/**
 * POST /store/customers/me/guest-orders/attach {token} — the link's claim (lib/guest-orders.ts), from
 * the same signed-in buyer, unexpired, while her account still has that address: the guest orders
 * placed with it move to her account (workflows/guest-orders). A phone claim also marks her phone as
 * verified (metadata.phone_verified_at). 200 {attached: [{id, display_id}], skipped: [...]}.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = await readBody(req, res, AttachBody, GUEST_ORDER_ANSWERS.badLink)
  if (!body) return
  const customer = await signedInCustomer(req)
  const claim = readClaim(requireSecret(process.env, "JWT_SECRET"), body.token)
  if (!customer || !claim || claim.customerId !== customer.id || accountAddress(customer, claim.channel) !== claim.address) {
    return void res.status(400).json({ type: "invalid_data", ...GUEST_ORDER_ANSWERS.badLink })
  }
  const result = await attachGuestOrders(req.scope, { customer_id: customer.id, channel: claim.channel, address: claim.address })
  const verified = claim.channel === "email" ? "email_verified_at" : "phone_verified_at"
  if (!customer.metadata?.[verified]) {
    await req.scope.resolve(Modules.CUSTOMER).updateCustomers(customer.id, { metadata: { ...(customer.metadata ?? {}), [verified]: new Date().toISOString() } })
  }
  res.status(200).json(result)
}
