/**
 * Stripe signs every webhook (`stripe-signature` header: a timestamp and an HMAC-SHA256 of the raw
 * body with the endpoint's secret). Checking it before Medusa queues the event means forged or
 * replayed calls are answered 400 at once instead of being retried in the background.
 */
import Stripe from "stripe"

export type SignatureCheck = { ok: true; event: Stripe.Event } | { ok: false; message: string }

/** Stripe's default tolerance: a signature older than five minutes is a replay. */
export const STRIPE_SIGNATURE_TOLERANCE_SECONDS = 300

export function checkStripeSignature(
  rawBody: Buffer | string | undefined,
  signature: string | string[] | undefined,
  secret: string | undefined
): SignatureCheck {
  if (!secret) {
    return {
      ok: false,
      message:
        "Webhook Stripe bị từ chối: máy chủ chưa cấu hình STRIPE_WEBHOOK_SECRET. / Stripe webhook refused: STRIPE_WEBHOOK_SECRET is not configured.",
    }
  }
  const header = Array.isArray(signature) ? signature[0] : signature
  if (!header) {
    return { ok: false, message: "Webhook Stripe bị từ chối: thiếu chữ ký (stripe-signature). / Stripe webhook refused: missing stripe-signature header." }
  }
  if (rawBody === undefined || rawBody.length === 0) {
    return { ok: false, message: "Webhook Stripe bị từ chối: nội dung trống hoặc không phải JSON. / Stripe webhook refused: empty or non-JSON body." }
  }
  try {
    const event = Stripe.webhooks.constructEvent(rawBody, header, secret, STRIPE_SIGNATURE_TOLERANCE_SECONDS)
    return { ok: true, event }
  } catch {
    return {
      ok: false,
      message: "Webhook Stripe bị từ chối: chữ ký không hợp lệ hoặc đã hết hạn. / Stripe webhook refused: invalid or expired signature.",
    }
  }
}
