/**
 * Attaches a buyer's guest orders to her account with Medusa's own order transfer: for each order, a
 * transfer request (an order change of type "transfer") and its acceptance with the request's token,
 * read here on the server — the buyer proved she holds the address by the link she opened
 * (lib/guest-orders.ts), so no second message per order is needed. Each order moves on its own: one
 * that cannot move (an open change on it) is skipped and reported, the others still move, and running
 * it again attaches only what is still a guest's.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ChangeActionType, ContainerRegistrationKeys, OrderChangeStatus } from "@medusajs/framework/utils"
import { acceptOrderTransferWorkflow, requestOrderTransferWorkflow } from "@medusajs/medusa/core-flows"
import { CLAIM_MAX_ORDERS, type ClaimChannel } from "../../lib/guest-orders"

export interface GuestOrder {
  id: string
  display_id: number
}

/** Orders placed with `address` by a guest (no customer, or a customer without an account), not cancelled. */
export async function findGuestOrders(container: MedusaContainer, channel: ClaimChannel, address: string): Promise<GuestOrder[]> {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const match = channel === "email" ? pg.raw("lower(o.email) = ?", [address]) : pg.raw("a.phone = ?", [address])
  const rows = await pg
    .select("o.id", "o.display_id")
    .from({ o: "order" })
    .leftJoin({ c: "customer" }, "c.id", "o.customer_id")
    .leftJoin({ a: "order_address" }, "a.id", "o.shipping_address_id")
    .whereNull("o.deleted_at")
    .whereNot("o.status", "canceled")
    .where("o.is_draft_order", false)
    .where((q) => q.whereNull("c.id").orWhere("c.has_account", false))
    .where(match)
    .orderBy("o.created_at", "asc")
    .limit(CLAIM_MAX_ORDERS)
  return rows.map((r: { id: string; display_id: number | string }) => ({ id: r.id, display_id: Number(r.display_id) }))
}

async function pendingTransferToken(container: MedusaContainer, orderId: string, customerId: string): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order_change",
    fields: ["id", "change_type", "actions.action", "actions.details", "actions.reference_id"],
    filters: { order_id: orderId, status: [OrderChangeStatus.REQUESTED] },
  })
  for (const change of data as { change_type?: string; actions?: { action: string; details?: { token?: string }; reference_id?: string }[] }[]) {
    if (change.change_type !== "transfer") continue
    const action = change.actions?.find((a) => a.action === ChangeActionType.TRANSFER_CUSTOMER)
    if (action?.reference_id === customerId && action.details?.token) return action.details.token
  }
  return null
}

export async function attachGuestOrders(
  container: MedusaContainer,
  input: { customer_id: string; channel: ClaimChannel; address: string }
): Promise<{ attached: GuestOrder[]; skipped: GuestOrder[] }> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const attached: GuestOrder[] = []
  const skipped: GuestOrder[] = []
  for (const order of await findGuestOrders(container, input.channel, input.address)) {
    try {
      let token = await pendingTransferToken(container, order.id, input.customer_id)
      if (!token) {
        await requestOrderTransferWorkflow(container).run({
          input: {
            order_id: order.id,
            customer_id: input.customer_id,
            logged_in_user: input.customer_id,
            description: input.channel === "email" ? "Gắn đơn của khách vãng lai (đã xác nhận email)" : "Gắn đơn của khách vãng lai (đã xác nhận số điện thoại)",
          },
        })
        token = await pendingTransferToken(container, order.id, input.customer_id)
      }
      if (!token) throw new Error("no transfer token after the request")
      await acceptOrderTransferWorkflow(container).run({ input: { order_id: order.id, token } })
      attached.push(order)
    } catch (e) {
      logger.warn(`[guest-orders] order ${order.id} not attached to ${input.customer_id}: ${(e as Error).message}`)
      skipped.push(order)
    }
  }
  return { attached, skipped }
}
