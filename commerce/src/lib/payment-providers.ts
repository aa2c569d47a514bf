/**
 * The payment providers Medusa registers, from the environment (used by medusa-config.ts):
 *  - cash on delivery: Medusa's system provider `pp_system_default` (always there, not listed here);
 *  - bank transfer by VietQR: our provider `pp_vietqr_vietqr` (always);
 *  - card payments by Stripe: `pp_stripe_stripe`, only when STRIPE_API_KEY is set. Stripe cannot
 *    onboard merchants based in Vietnam, so most installations run without it.
 */

type Env = Record<string, string | undefined>

export interface PaymentProviderConfig {
  resolve: string
  id: string
  options: Record<string, unknown>
}

/** Medusa names a provider `pp_<service identifier>_<id>`. */
export const SYSTEM_PAYMENT_PROVIDER_ID = "pp_system_default"
export const VIETQR_PAYMENT_PROVIDER_ID = "pp_vietqr_vietqr"
export const STRIPE_PAYMENT_PROVIDER_ID = "pp_stripe_stripe"

export function isStripeConfigured(env: Env = process.env): boolean {
  return Boolean(env.STRIPE_API_KEY?.trim())
}

export function paymentProviders(env: Env = process.env): PaymentProviderConfig[] {
  const providers: PaymentProviderConfig[] = [
    {
      // Bank transfer by VietQR → provider id "pp_vietqr_vietqr". The demo account is fictional.
      resolve: "./src/modules/vietqr-payment",
      id: "vietqr",
      options: {
        bankBin: env.VIETQR_BANK_BIN || "970436",
        bankName: env.VIETQR_BANK_NAME || "Vietcombank (tài khoản demo)",
        accountNumber: env.VIETQR_ACCOUNT_NUMBER || "0000000000",
        accountName: env.VIETQR_ACCOUNT_NAME || "HOI LHPN TINH KHANH HOA (DEMO)",
      },
    },
  ]
  if (isStripeConfigured(env)) {
    providers.push({
      // Card payments → provider id "pp_stripe_stripe"; webhooks at /hooks/payment/stripe_stripe.
      resolve: "@medusajs/medusa/payment-stripe",
      id: "stripe",
      options: {
        apiKey: env.STRIPE_API_KEY!.trim(),
        // Without it every Stripe webhook is refused (see commerce/src/api/utils/verify-stripe-webhook.ts).
        webhookSecret: env.STRIPE_WEBHOOK_SECRET?.trim() || undefined,
        // Capture when the buyer pays: nothing is shipped before the money is in.
        capture: true,
      },
    })
  }
  return providers
}

/**
 * The providers this process can actually use. A provider that disappears from the configuration
 * (e.g. Stripe after its keys are removed) stays in the database and in the regions that had it:
 * Medusa 2.21's loader means to mark it disabled but only looks up the providers it is loading,
 * so the row keeps `is_enabled = true`. The store routes filter by this list instead.
 */
export function usablePaymentProviderIds(env: Env = process.env): string[] {
  return [SYSTEM_PAYMENT_PROVIDER_ID, VIETQR_PAYMENT_PROVIDER_ID, ...(isStripeConfigured(env) ? [STRIPE_PAYMENT_PROVIDER_ID] : [])]
}
