import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { paymentProviders } from "../../lib/payment-providers"
import { checkStripeSignature } from "../../lib/stripe-webhook"

/**
 * Runs before Medusa's POST /hooks/payment/:provider for the Stripe providers (`stripe_stripe` and
 * the `stripe-<method>_stripe` variants the Stripe module registers): the event is queued only
 * when its signature matches the raw body, otherwise the answer is 400 with a clear message.
 */
export function verifyStripeWebhook(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const provider = String(req.params.provider ?? "")
  if (!/^stripe(-[a-z0-9]+)?_stripe$/.test(provider)) return next()
  const stripe = paymentProviders(process.env).find((p) => p.id === "stripe")
  if (!stripe) {
    res.status(400).json({ type: "not_allowed", message: "Thanh toán Stripe chưa được bật trên máy chủ này. / Stripe is not enabled on this server." })
    return
  }
  const check = checkStripeSignature(
    (req as MedusaRequest & { rawBody?: Buffer }).rawBody,
    req.headers["stripe-signature"],
    stripe.options.webhookSecret as string | undefined
  )
  if (!check.ok) {
    res.status(400).json({ type: "invalid_data", message: check.message })
    return
  }
  next()
}
