import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { formatVndPlain } from "../../../lib/money"
import { readOrderTracking } from "../../../lib/order-tracking"

export interface CashSettlement {
  /** the parcel was paid at the door: record and capture `amount` */
  cash_on_delivery: boolean
  amount: number
  payment_id: string | null
}

export const COD_MESSAGES = {
  notCod: {
    message: "Đơn này không thu tiền khi giao (người mua đã chọn cách thanh toán khác): không nhập số tiền đã thu.",
    message_en: "This order is not cash on delivery (the buyer chose another payment): do not enter an amount collected.",
  },
  tooMuch: (due: number) => ({
    message: `Số tiền đã thu không được lớn hơn số phải thu của gói này (${formatVndPlain(due)}).`,
    message_en: `The amount collected cannot exceed what this parcel collects (${formatVndPlain(due)}).`,
  }),
}

/**
 * When a cooperative marks its parcel delivered and the buyer pays cash on delivery: what was
 * collected at the door — by default the parcel's whole amount (goods + its delivery fee), at most
 * that. Reads only; the workflow records it on the parcel and captures it on Medusa's payment.
 */
export const settleCashOnDeliveryStep = createStep(
  "settle-cash-on-delivery",
  async (input: { cooperative_id: string; order_id: string; status: string; cod_collected?: number | null }, { container }) => {
    const none: CashSettlement = { cash_on_delivery: false, amount: 0, payment_id: null }
    if (input.status !== "delivered") {
      if (input.cod_collected !== undefined && input.cod_collected !== null) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Chỉ nhập số tiền đã thu khi đánh dấu đã giao.")
      return new StepResponse(none)
    }
    const tracking = await readOrderTracking(container, input.order_id)
    const parcel = tracking?.parcels.find((p) => p.cooperative?.id === input.cooperative_id)
    if (!tracking || !parcel || tracking.payment_method !== "cod") {
      if (input.cod_collected !== undefined && input.cod_collected !== null) throw new MedusaError(MedusaError.Types.INVALID_DATA, COD_MESSAGES.notCod.message)
      return new StepResponse(none)
    }
    const amount = input.cod_collected ?? parcel.cod_amount
    if (amount > parcel.cod_amount) throw new MedusaError(MedusaError.Types.INVALID_DATA, COD_MESSAGES.tooMuch(parcel.cod_amount).message)
    return new StepResponse<CashSettlement>({ cash_on_delivery: true, amount, payment_id: tracking.payment_id })
  }
)
