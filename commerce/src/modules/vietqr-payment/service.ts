import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { AbstractPaymentProvider, MedusaError } from "@medusajs/framework/utils"
import { buildVietQrPayload, vietQrProblems } from "../../lib/vietqr"

export interface VietQrOptions {
  bankBin: string
  bankName: string
  accountNumber: string
  accountName: string
}

/**
 * Bank transfer by VietQR. Initiating a payment produces the QR payload for the exact amount
 * with a transfer reference; the buyer pays from any banking app. Authorisation means "order
 * placed, transfer awaited" (like cash on delivery); Union staff capture the payment in Medusa
 * Admin when the money has arrived.
 */
export default class VietQrPaymentProviderService extends AbstractPaymentProvider<VietQrOptions> {
  static identifier = "vietqr"

  protected options_: VietQrOptions

  static validateOptions(options: Record<string, unknown>): void {
    const problems = vietQrProblems({ bankBin: String(options.bankBin ?? ""), accountNumber: String(options.accountNumber ?? "") })
    if (!options.accountName) problems.push("Cần tên chủ tài khoản nhận (VIETQR_ACCOUNT_NAME) / account name is required")
    if (problems.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `VietQR: ${problems.join("; ")}`)
  }

  constructor(cradle: Record<string, unknown>, options: VietQrOptions) {
    super(cradle, options)
    this.options_ = options
  }

  async initiatePayment({ amount, currency_code, context }: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    if (currency_code.toLowerCase() !== "vnd") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "VietQR chỉ nhận thanh toán bằng đồng (VND) / VietQR only takes VND")
    }
    const total = Number(amount)
    // A short, unique, ASCII reference buyers type or banks copy: "CHOHTX" + the session's tail.
    const session = (context?.idempotency_key ?? `${Date.now()}`).replace(/[^0-9A-Za-z]/g, "")
    const reference = `CHOHTX ${session.slice(-10).toUpperCase()}`
    const payload = buildVietQrPayload({ bankBin: this.options_.bankBin, accountNumber: this.options_.accountNumber, amount: total, reference })
    return {
      id: reference,
      data: {
        payload,
        amount: total,
        reference,
        bank_bin: this.options_.bankBin,
        bank_name: this.options_.bankName,
        account_number: this.options_.accountNumber,
        account_name: this.options_.accountName,
      },
    }
  }

  async updatePayment({ amount, currency_code, context }: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    return this.initiatePayment({ amount, currency_code, context })
  }

  async authorizePayment({ data }: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    return { status: "authorized", data }
  }

  async capturePayment({ data }: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: { ...data, confirmed_at: new Date().toISOString() } }
  }

  async cancelPayment({ data }: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data }
  }

  async deletePayment({ data }: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data }
  }

  async refundPayment({ data }: RefundPaymentInput): Promise<RefundPaymentOutput> {
    // Refunds are bank transfers made by staff; Medusa records them.
    return { data }
  }

  async retrievePayment({ data }: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data }
  }

  async getPaymentStatus({ data }: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    return { status: data?.confirmed_at ? "captured" : "authorized", data }
  }

  async getWebhookActionAndData(_payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    // No bank webhooks: staff confirm transfers in Medusa Admin.
    return { action: "not_supported" }
  }
}
