import { errorHandler, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { outOfStockMessages, parseInsufficientStock } from "../../lib/stock-messages"

const medusaErrorHandler = errorHandler()

type InventoryItemDetail = {
  id: string
  variants?: ({ id: string; title: string | null; product?: { title: string | null } | null } | null)[]
  location_levels?: ({ location_id: string; stocked_quantity: unknown; reserved_quantity: unknown } | null)[]
}

/**
 * Medusa's error handler, except for running out of stock at checkout: that answer names the
 * product and variant in Vietnamese (and English) and says how many are left, so the storefront
 * can show "hết hàng" next to the right line. Status and type stay Medusa's (400, not_allowed);
 * code is Medusa's insufficient_inventory.
 */
export async function errorHandlerWithStockMessages(err: any, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const stock = err?.type === MedusaError.Types.NOT_ALLOWED ? parseInsufficientStock(err.message) : null
  if (stock && req.scope && !res.headersSent) {
    try {
      const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "inventory_item",
        fields: ["id", "variants.id", "variants.title", "variants.product.title", "location_levels.location_id", "location_levels.stocked_quantity", "location_levels.reserved_quantity"],
        filters: { id: stock.inventoryItemId },
      })
      const item = data[0] as unknown as InventoryItemDetail | undefined
      const variant = item?.variants?.find(Boolean) ?? null
      const level = item?.location_levels?.find((l) => l?.location_id === stock.locationId)
      const messages = outOfStockMessages({
        productTitle: variant?.product?.title,
        variantTitle: variant?.title,
        // available_quantity is computed by the inventory service, not stored: stocked − reserved
        available: level ? Number(level.stocked_quantity) - Number(level.reserved_quantity) : null,
      })
      req.scope.resolve(ContainerRegistrationKeys.LOGGER).info(`Out of stock at ${req.path}: ${err.message}`)
      res.status(400).json({
        type: MedusaError.Types.NOT_ALLOWED,
        code: MedusaError.Codes.INSUFFICIENT_INVENTORY,
        ...messages,
        variant_id: variant?.id ?? null,
      })
      return
    } catch {
      // fall through to Medusa's own answer
    }
  }
  return medusaErrorHandler(err, req, res, next)
}
