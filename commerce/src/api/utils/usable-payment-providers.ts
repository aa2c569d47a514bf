import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { usablePaymentProviderIds } from "../../lib/payment-providers"

type Provider = { id?: string } | null | undefined

/**
 * A payment provider removed from the configuration (Stripe without keys) stays attached to the
 * regions that had it and is still listed by Medusa 2.21 (see lib/payment-providers.ts). These
 * middlewares keep the store to the providers this server can use, without touching the region:
 * set the keys again and Stripe is back as staff configured it.
 */
function onlyUsable(providers: Provider[], usable: Set<string>): Provider[] {
  return providers.filter((p) => !p?.id || usable.has(p.id))
}

function filterJson(req: MedusaRequest, res: MedusaResponse, transform: (body: any, usable: Set<string>) => void) {
  const usable = new Set(usablePaymentProviderIds(process.env))
  const json = res.json.bind(res)
  res.json = ((body: any) => {
    if (res.statusCode < 300 && body && typeof body === "object") transform(body, usable)
    return json(body)
  }) as typeof res.json
}

/** GET /store/payment-providers?region_id=… */
export function listOnlyUsablePaymentProviders(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  filterJson(req, res, (body, usable) => {
    if (!Array.isArray(body.payment_providers)) return
    const before = body.payment_providers.length
    body.payment_providers = onlyUsable(body.payment_providers, usable)
    if (typeof body.count === "number") body.count -= before - body.payment_providers.length
  })
  next()
}

/** GET /store/regions and /store/regions/:id with `fields=*payment_providers`. */
export function regionsWithOnlyUsablePaymentProviders(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  filterJson(req, res, (body, usable) => {
    for (const region of [...(Array.isArray(body.regions) ? body.regions : []), ...(body.region ? [body.region] : [])]) {
      if (Array.isArray(region?.payment_providers)) region.payment_providers = onlyUsable(region.payment_providers, usable)
    }
  })
  next()
}

/** POST /store/payment-collections/:id/payment-sessions: a clear 400 instead of Medusa's 500. */
export function refuseUnusablePaymentProvider(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const providerId = (req.body as { provider_id?: unknown } | undefined)?.provider_id
  if (typeof providerId === "string" && !usablePaymentProviderIds(process.env).includes(providerId)) {
    return next(
      new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Phương thức thanh toán "${providerId.slice(0, 60)}" không có trên cửa hàng này. / Payment provider "${providerId.slice(0, 60)}" is not available here.`
      )
    )
  }
  next()
}
