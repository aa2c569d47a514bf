import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { FailureLimiter } from "../../lib/failure-limiter"
import { normalizeVietnamesePhone } from "../../lib/phone"

/** Wrong passwords per sign-in name before it is locked for a while (per process, lib/failure-limiter.ts). */
export const BUYER_SIGN_IN_LIMIT = { failures: 10, windowMinutes: 15 }
const failures = new FailureLimiter({ limit: BUYER_SIGN_IN_LIMIT.failures, windowMs: BUYER_SIGN_IN_LIMIT.windowMinutes * 60_000, maxKeys: 100_000 })

/**
 * Before Medusa's `POST /auth/customer/emailpass` (a buyer signs in):
 * - a phone number instead of an e-mail signs in the account with that phone — the one that verified
 *   it (metadata.phone_verified_at, by a link sent by SMS: lib/guest-orders.ts), or the only account that
 *   has it; Medusa then checks the password as for the e-mail;
 * - after BUYER_SIGN_IN_LIMIT wrong passwords for one name (e-mail or phone) within the window, it is
 *   refused with 429 until the window passes — whoever guesses, from wherever.
 */
export async function buyerSignIn(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (!/\/auth\/customer\/emailpass\/?$/.test(req.path)) return next()
  const body = (req.body ?? {}) as Record<string, unknown>
  const typed = typeof body.email === "string" ? body.email.trim().toLowerCase() : ""
  if (!typed) return next()
  const phone = typed.includes("@") ? null : normalizeVietnamesePhone(typed)
  const name = phone ?? typed
  const lockedMs = failures.lockedForMs(name)
  if (lockedMs > 0) {
    const minutes = Math.ceil(lockedMs / 60_000)
    res.status(429).json({
      type: "too_many_requests",
      message: `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`,
      message_en: `Too many failed sign-ins. Please try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
    })
    return
  }
  res.on("finish", () => {
    if (res.statusCode === 401) failures.recordFailure(name)
  })
  if (phone) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "customer", fields: ["email", "metadata"], filters: { phone, has_account: true } })
    const accounts = (data as { email: string | null; metadata: Record<string, unknown> | null }[]).filter((c) => c.email)
    const verified = accounts.filter((c) => c.metadata?.phone_verified_at)
    const account = verified.length === 1 ? verified[0] : accounts.length === 1 ? accounts[0] : null
    // No account (or no way to tell which): Medusa answers 401 as for a wrong password.
    req.body = { ...body, email: account?.email ?? typed }
  }
  next()
}
