/**
 * How the storefront reads Medusa's refusals (site/lib/cart.ts, site/lib/checkout.ts): a refusal the
 * buyer can act on becomes a 4xx with the reason, never "try again later" (502) — that is kept for
 * the unexpected. The errors are shaped like the JS SDK's FetchError (message + status only).
 */
import { describe, expect, it } from "vitest"
import { toCartError } from "../../site/lib/cart"
import { checkoutFailure } from "../../site/lib/checkout"

const medusa = (status: number, message: string) => Object.assign(new Error(message), { status, statusText: "" })

// Medusa's own answer when a cart is created with a variant that is unknown or whose product is not published
const NOT_PUBLISHED = medusa(400, "Variants variant_01JZZZZZZZZZZZZZZZZZZZZZZZ do not exist or belong to a product that is not published")
// our backend (commerce/src/lib/purchasable.ts) when the cooperative was suspended while the cart waited
const SUSPENDED = medusa(400, `"Nước mắm Vạn Phước" hiện không bán trên cửa hàng / "Nước mắm Vạn Phước" is not on sale`)
// our backend (commerce/src/api/utils/error-handler.ts) when a checkout waited too long for the stock lock
const BUSY = medusa(409, "Nhiều người đang đặt cùng sản phẩm này cùng lúc nên đơn hàng của bạn chưa được ghi. Giỏ hàng vẫn được giữ nguyên — vui lòng đặt lại sau vài giây.")

describe("the cart reads Medusa's refusals", () => {
  it("an unknown or unpublished variant added as the first item: not on sale (409), not 'try again later'", () => {
    expect(toCartError(NOT_PUBLISHED, "vi")).toMatchObject({ problem: "not_on_sale", status: 409, message: "Sản phẩm này hiện không bán trên cửa hàng." })
    expect(toCartError(NOT_PUBLISHED, "en")).toMatchObject({ problem: "not_on_sale", status: 409, message: "This product is not on sale in the shop at the moment." })
  })

  it("our backend's refusal names the product, in the buyer's language", () => {
    expect(toCartError(SUSPENDED, "vi")).toMatchObject({ problem: "not_on_sale", status: 409, message: `"Nước mắm Vạn Phước" hiện không bán trên cửa hàng` })
    expect(toCartError(SUSPENDED, "en")).toMatchObject({ problem: "not_on_sale", status: 409, message: `"Nước mắm Vạn Phước" is not on sale` })
  })

  it("a busy moment (409) says to try again in a few seconds", () => {
    expect(toCartError(BUSY, "vi")).toMatchObject({ problem: "busy", status: 409 })
    expect(toCartError(BUSY, "vi").message).toContain("thử lại sau vài giây")
  })

  it("keeps 502 for what the buyer cannot fix", () => {
    expect(toCartError(medusa(500, "An unknown error occurred."), "vi")).toMatchObject({ problem: "unavailable", status: 502 })
  })
})

describe("checkout reads Medusa's refusals", () => {
  it("a cooperative suspended while the cart waited: the product named, remove it and order again (409)", () => {
    expect(checkoutFailure(SUSPENDED, "vi")).toEqual({
      ok: false,
      status: 409,
      message: `"Nước mắm Vạn Phước" hiện không bán trên cửa hàng. Vui lòng bỏ sản phẩm này khỏi giỏ hàng rồi đặt lại.`,
    })
    expect(checkoutFailure(SUSPENDED, "en")).toEqual({
      ok: false,
      status: 409,
      message: `"Nước mắm Vạn Phước" is not on sale. Please remove it from your cart and order again.`,
    })
  })

  it("a checkout that waited too long for the stock lock: order again in a few seconds (409), the cart kept", () => {
    const answer = checkoutFailure(BUSY, "vi")
    expect(answer).toMatchObject({ ok: false, status: 409 })
    expect(answer.ok === false && answer.message).toBe(
      "Nhiều người đang đặt cùng sản phẩm này cùng lúc nên đơn hàng chưa được ghi. Giỏ hàng của bạn vẫn được giữ nguyên — vui lòng bấm “Đặt hàng” lại sau vài giây."
    )
  })

  it("keeps the backend's sold-out sentence, and 502 only for the unexpected", () => {
    const soldOut = medusa(400, `"Mứt gừng – Hộp 500 g" đã hết hàng. Vui lòng bỏ sản phẩm này khỏi giỏ rồi đặt lại.`)
    expect(checkoutFailure(soldOut, "vi")).toEqual({ ok: false, status: 409, message: soldOut.message })
    expect(checkoutFailure(medusa(500, "An unknown error occurred."), "vi")).toMatchObject({ ok: false, status: 502 })
  })
})
