/**
 * Medusa refuses a cart completion that would take more than is in stock — under a lock on the
 * inventory items, so concurrent buyers cannot oversell (reserveInventoryStep, Medusa 2.21) — with
 * an English message naming internal ids. These helpers turn it into words a buyer understands.
 */

const MEDUSA_STOCK_MESSAGE = /^Not enough stock available for item (iitem_[A-Za-z0-9]+) at location (sloc_[A-Za-z0-9]+)$/

export function parseInsufficientStock(message: unknown): { inventoryItemId: string; locationId: string } | null {
  if (typeof message !== "string") return null
  const m = MEDUSA_STOCK_MESSAGE.exec(message)
  return m ? { inventoryItemId: m[1], locationId: m[2] } : null
}

export function outOfStockMessages(p: { productTitle?: string | null; variantTitle?: string | null; available?: number | null }): {
  message: string
  message_en: string
} {
  const name = [p.productTitle, p.variantTitle && p.variantTitle !== "Default variant" ? p.variantTitle : null].filter(Boolean).join(" – ") || "Một sản phẩm trong giỏ"
  const available = typeof p.available === "number" && Number.isFinite(p.available) ? Math.max(0, Math.floor(p.available)) : null
  if (available) {
    return {
      message: `"${name}" không đủ hàng: chỉ còn ${available}. Vui lòng giảm số lượng rồi đặt lại.`,
      message_en: `"${name}": only ${available} left in stock. Please lower the quantity and order again.`,
    }
  }
  return {
    message: `"${name}" đã hết hàng. Vui lòng bỏ sản phẩm này khỏi giỏ rồi đặt lại.`,
    message_en: `"${name}" is out of stock. Please remove it from the cart and order again.`,
  }
}
