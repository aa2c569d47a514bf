import { errorHandler, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { outOfStockMessages, parseInsufficientStock } from "../../lib/stock-messages"

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
 * Medusa's error handler, except where Medusa would answer a buyer's or a caller's mistake with a
 * bare 500 or an English internal message:
 *
 * - running out of stock at checkout names the product and variant in Vietnamese (and English) and
 *   says how many are left, so the storefront can show "hết hàng" next to the right line (status
 *   and type stay Medusa's: 400, not_allowed; code insufficient_inventory);
 * - a path with malformed percent-encoding (`/store/products/%c0%af`: Express's URIError, which
 *   Medusa answers 500) is a 400.
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
