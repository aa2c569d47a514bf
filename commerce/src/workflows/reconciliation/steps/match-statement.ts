import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { amountOf } from "../../../lib/cart-parcels"
import { PAYMENT_FACT_FIELDS, paymentFactsOf, paymentStateOf } from "../../../lib/payment-state"
import { VIETQR_PAYMENT_PROVIDER_ID } from "../../../lib/payment-providers"
import { matchStatement, type AwaitedOrder, type StatementReport } from "../../../lib/reconciliation/match"
import type { StatementLine } from "../../../lib/reconciliation/statement"

/**
 * Looks up the orders a statement's lines name — by their transfer reference, which the order
 * keeps in `custom_display_id` (workflows/hooks/order-created.ts) — and matches each line
 * (lib/reconciliation/match.ts). Reads only.
 */
export const matchStatementStep = createStep(
  "match-bank-statement",
  async (input: { lines: StatementLine[]; ignored: number }, { container }) => {
    const references = [...new Set(input.lines.map((l) => l.reference).filter((r): r is string => !!r))]
    const orders = new Map<string, AwaitedOrder>()
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    for (let i = 0; i < references.length; i += 500) {
      const { data } = await query.graph({
        entity: "order",
        fields: ["id", "display_id", "custom_display_id", "status", "canceled_at", "total", "payment_collections.payments.id", ...PAYMENT_FACT_FIELDS],
        filters: { custom_display_id: references.slice(i, i + 500), is_draft_order: false },
      })
      for (const order of data as any[]) {
        const payment = (order.payment_collections ?? [])
          .flatMap((c: any) => c?.payments ?? [])
          .find((p: any) => p && !p.canceled_at && p.provider_id === VIETQR_PAYMENT_PROVIDER_ID)
        const facts = paymentFactsOf(order.payment_collections, amountOf)
        const total = amountOf(order.total)
        // what is still awaited: the order's total (it may have shrunk since checkout) less what was received
        const due = Math.max(0, Math.min(facts.amount, Number.isFinite(total) ? total : facts.amount) - facts.captured)
        orders.set(order.custom_display_id, {
          order_id: order.id,
          display_id: order.display_id,
          payment_id: payment?.id ?? "",
          reference: order.custom_display_id,
          amount_due: due,
          paid: !payment || due === 0 || ["paid", "refunded"].includes(paymentStateOf(facts, total)),
          cancelled: order.status === "canceled" || Boolean(order.canceled_at),
        })
      }
    }
    return new StepResponse<StatementReport>(matchStatement(input.lines, orders, input.ignored))
  }
)
