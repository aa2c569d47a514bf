import { errorHandler, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { parcelRefusalAnswer } from "../../lib/parcels"
import { shippingRefusalAnswer } from "../../lib/payment-state"
import { busyCheckoutMessages, busyMessages, isLockTimeout, outOfStockMessages, parseInsufficientStock } from "../../lib/stock-messages"

const medusaErrorHandler = errorHandler()

type Query = { graph: (q: { entity: string; fields: string[]; filters?: Record<string, unknown> }) => Promise<{ data: unknown[] }> }

type Level = { location_id: string; stocked_quantity: unknown; reserved_quantity: unknown } | null

type InventoryItemDetail = {
  id: string
  variants?: ({ id: string; title: string | null; product?: { title: string | null } | null } | null)[]
  location_levels?: Level[]
}

type Answer = { status: number; body: Record<string, unknown>; log: string }

/**
 * Medusa's error handler, except where Medusa would answer a buyer's or a caller's mistake (or a
 * busy moment) with a bare 500 or an English internal message:
 *
 * - running out of stock at checkout names the product and variant in Vietnamese (and English) and
 *   says how many are left, so the storefront can show "hết hàng" next to the right line (status
 *   and type stay Medusa's: 400, not_allowed; code insufficient_inventory);
 * - a checkout that waited too long for the stock lock under a rush of buyers ("Timed-out acquiring
 *   lock", a 500 from Medusa) gets that same sold-out answer when the cart can no longer be served,
 *   and otherwise a 409 saying to order again in a few seconds (nothing was reserved: Medusa's
 *   compensation gave the lock and the cart back); other lock timeouts get a 409 "try again";
 * - a path with malformed percent-encoding (`/store/products/%c0%af`: Express's URIError, which
 *   Medusa answers 500) is a 400;
 * - a checkout whose delivery fees do not match its parcels, or whose payment is for another amount
 *   than its total (lib/cart-parcels.ts), is a 400 in Vietnamese and English;
 * - a cooperative marking shipped a parcel whose bank transfer is not confirmed (or was refunded) gets a
 *   409 saying why, in Vietnamese and English (lib/payment-state.ts).
 */
export async function errorHandlerWithStockMessages(err: any, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (!res.headersSent) {
    const answer = await clearAnswer(err, req).catch(() => null)
    if (answer) {
      req.scope?.resolve(ContainerRegistrationKeys.LOGGER).info(`${answer.log} at ${req.method} ${req.path}: ${err?.message}`)
      res.status(answer.status).json(answer.body)
      return
    }
  }
  return medusaErrorHandler(err, req, res, next)
}

async function clearAnswer(err: any, req: MedusaRequest): Promise<Answer | null> {
  if (err instanceof URIError || err?.name === "URIError") {
    return {
      status: 400,
      log: "Malformed URL",
      body: {
        type: MedusaError.Types.INVALID_DATA,
        code: "malformed_url",
        message: "Đường dẫn có mã “%” không hợp lệ (sai định dạng mã hoá URL).",
        message_en: "The URL contains a malformed percent-encoded (“%”) sequence.",
      },
    }
  }
  const parcels = err?.type === MedusaError.Types.INVALID_DATA ? parcelRefusalAnswer(err) : null
  if (parcels) return { status: 400, log: "Parcels or payment do not match the cart", body: { type: MedusaError.Types.INVALID_DATA, ...parcels } }
  const shipping = err?.type === MedusaError.Types.NOT_ALLOWED ? shippingRefusalAnswer(err) : null
  if (shipping) return { status: 409, log: "Parcel not paid", body: { type: MedusaError.Types.NOT_ALLOWED, ...shipping } }
  if (!req.scope) return null
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY) as Query

  const stock = err?.type === MedusaError.Types.NOT_ALLOWED ? parseInsufficientStock(err.message) : null
  if (stock) {
    const { data } = await query.graph({
      entity: "inventory_item",
      fields: ["id", "variants.id", "variants.title", "variants.product.title", "location_levels.location_id", "location_levels.stocked_quantity", "location_levels.reserved_quantity"],
      filters: { id: stock.inventoryItemId },
    })
    const item = data[0] as InventoryItemDetail | undefined
    const variant = item?.variants?.find(Boolean) ?? null
    const level = item?.location_levels?.find((l) => l?.location_id === stock.locationId)
    return outOfStock(variant, level ? available(level) : null, "Out of stock")
  }

  if (isLockTimeout(err)) {
    const cartId = /^\/store\/carts\/([^/]+)\/complete\/?$/.exec(req.path)?.[1]
    if (!cartId) return { status: 409, log: "Lock timeout", body: { type: MedusaError.Types.CONFLICT, code: "busy", ...busyMessages() } }
    const short = await firstShortItem(query, cartId)
    if (short) return outOfStock(short.variant, short.available, "Out of stock (after a lock timeout)")
    return { status: 409, log: "Stock lock timeout", body: { type: MedusaError.Types.CONFLICT, code: "busy", ...busyCheckoutMessages() } }
  }
  return null
}

function available(level: NonNullable<Level>): number {
  // available_quantity is computed by the inventory service, not stored: stocked − reserved
  return Number(level.stocked_quantity) - Number(level.reserved_quantity)
}

function outOfStock(
  variant: { id: string; title: string | null; product?: { title: string | null } | null } | null,
  left: number | null,
  log: string
): Answer {
  return {
    status: 400,
    log,
    body: {
      type: MedusaError.Types.NOT_ALLOWED,
      code: MedusaError.Codes.INSUFFICIENT_INVENTORY,
      ...outOfStockMessages({ productTitle: variant?.product?.title, variantTitle: variant?.title, available: left }),
      variant_id: variant?.id ?? null,
    },
  }
}

type VariantStock = {
  id: string
  title: string | null
  manage_inventory: boolean | null
  allow_backorder: boolean | null
  product?: { title: string | null } | null
  inventory_items?: ({ required_quantity: unknown; inventory?: { location_levels?: Level[] } | null } | null)[]
}

/**
 * The first line of the cart that no stock location of its sales channel can serve any more, with
 * what is left there — the same test Medusa's reservation makes (one location must hold the whole
 * line), on the stock as it stands after the buyers ahead of this one were served.
 */
async function firstShortItem(query: Query, cartId: string): Promise<{ variant: VariantStock; available: number } | null> {
  const { data: carts } = await query.graph({ entity: "cart", fields: ["id", "sales_channel_id", "items.variant_id", "items.quantity"], filters: { id: cartId } })
  const cart = carts[0] as { sales_channel_id: string | null; items?: ({ variant_id: string | null; quantity: unknown } | null)[] } | undefined
  const items = (cart?.items ?? []).filter((i): i is { variant_id: string; quantity: unknown } => Boolean(i?.variant_id))
  if (!items.length) return null
  let locations: Set<string> | null = null
  if (cart?.sales_channel_id) {
    const { data } = await query.graph({ entity: "sales_channel", fields: ["id", "stock_locations.id"], filters: { id: cart.sales_channel_id } })
    const ids = ((data[0] as { stock_locations?: ({ id: string } | null)[] } | undefined)?.stock_locations ?? []).filter(Boolean).map((l) => l!.id)
    if (ids.length) locations = new Set(ids)
  }
  const { data } = await query.graph({
    entity: "product_variant",
    fields: [
      "id",
      "title",
      "manage_inventory",
      "allow_backorder",
      "product.title",
      "inventory_items.required_quantity",
      "inventory_items.inventory.location_levels.location_id",
      "inventory_items.inventory.location_levels.stocked_quantity",
      "inventory_items.inventory.location_levels.reserved_quantity",
    ],
    filters: { id: [...new Set(items.map((i) => i.variant_id))] },
  })
  const variants = new Map((data as VariantStock[]).map((v) => [v.id, v]))
  for (const item of items) {
    const variant = variants.get(item.variant_id)
    if (!variant || !variant.manage_inventory || variant.allow_backorder) continue
    for (const link of variant.inventory_items ?? []) {
      if (!link) continue
      const needed = Number(link.required_quantity ?? 1) * Number(item.quantity)
      const levels = (link.inventory?.location_levels ?? []).filter((l): l is NonNullable<Level> => Boolean(l) && (!locations || locations.has(l!.location_id)))
      const best = levels.length ? Math.max(...levels.map(available)) : 0
      if (best < needed) return { variant, available: Math.floor(best / Number(link.required_quantity ?? 1)) }
    }
  }
  return null
}
