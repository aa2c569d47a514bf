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

/**
 * Medusa reserves stock under a lock on the inventory item; with the in-memory locking provider a
 * buyer who waits more than 5 s for it is refused with "Timed-out acquiring lock." (a plain Error,
 * which Medusa answers 500 unknown_error). Redis locking throws the same text as a conflict.
 */
export function isLockTimeout(err: unknown): boolean {
  return /Timed-out acquiring lock/i.test(String((err as { message?: unknown })?.message ?? ""))
}

/** The buyer's cart was fine but too many people were ordering the same thing at that instant. */
export function busyCheckoutMessages(): { message: string; message_en: string } {
  return {
    message: "Nhiều người đang đặt cùng sản phẩm này cùng lúc nên đơn hàng của bạn chưa được ghi. Giỏ hàng vẫn được giữ nguyên — vui lòng đặt lại sau vài giây.",
    message_en: "Many people are ordering the same product right now, so your order was not placed. Your cart is kept — please order again in a few seconds.",
  }
}

/** Any other change that waited too long for its lock (e.g. two tabs changing one cart). */
export function busyMessages(): { message: string; message_en: string } {
  return {
    message: "Hệ thống đang bận vì nhiều yêu cầu cùng lúc; chưa có gì thay đổi. Vui lòng thử lại sau vài giây.",
    message_en: "The shop is busy with many requests at once; nothing was changed. Please try again in a few seconds.",
  }
}
