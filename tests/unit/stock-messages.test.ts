import { describe, expect, it } from "vitest"
import { outOfStockMessages, parseInsufficientStock } from "../../commerce/src/lib/stock-messages"

describe("out-of-stock messages at checkout", () => {
  it("recognise Medusa's refusal from the inventory reservation", () => {
    expect(parseInsufficientStock("Not enough stock available for item iitem_01ABC at location sloc_01XYZ")).toEqual({
      inventoryItemId: "iitem_01ABC",
      locationId: "sloc_01XYZ",
    })
    expect(parseInsufficientStock("Some variant does not have the required inventory")).toBeNull()
    expect(parseInsufficientStock(undefined)).toBeNull()
  })

  it("name the product and variant and say what is left, in Vietnamese and English", () => {
    expect(outOfStockMessages({ productTitle: "Nước mắm Vạn Phước", variantTitle: "Chai 500 ml", available: 0 })).toEqual({
      message: `"Nước mắm Vạn Phước – Chai 500 ml" đã hết hàng. Vui lòng bỏ sản phẩm này khỏi giỏ rồi đặt lại.`,
      message_en: `"Nước mắm Vạn Phước – Chai 500 ml" is out of stock. Please remove it from the cart and order again.`,
    })
    expect(outOfStockMessages({ productTitle: "Nước mắm Vạn Phước", variantTitle: "Chai 500 ml", available: 2 }).message).toBe(
      `"Nước mắm Vạn Phước – Chai 500 ml" không đủ hàng: chỉ còn 2. Vui lòng giảm số lượng rồi đặt lại.`
    )
    expect(outOfStockMessages({ productTitle: "Muối Hòn Khói", variantTitle: "Default variant", available: -1 }).message).toMatch(/^"Muối Hòn Khói" đã hết hàng/)
    expect(outOfStockMessages({}).message).toMatch(/^"Một sản phẩm trong giỏ" đã hết hàng/)
  })
})
