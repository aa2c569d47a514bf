/**
 * The people of a linkage are told through Medusa's notification module (the local provider logs the
 * message; an e-mail or SMS provider sends it in production): a cooperative's staff when a request
 * reaches it, when the buyer chooses its quote and when she cancels the request; the buyer when a
 * cooperative answers.
 */
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { quoteAcceptedMessage, quoteAnsweredMessage, requestCancelledMessage, requestRoutedMessage, type RequestSummary } from "../lib/linkage/messages"
import { LINKAGE_MODULE } from "../modules/linkage"
import type LinkageModuleService from "../modules/linkage/service"
import { LINKAGE_EVENTS } from "../workflows/linkage/events"

type Data = { id?: string; cooperative_ids?: string[]; request_id?: string; quote_id?: string; order_id?: string }

export default async function linkageNotifications({ event, container }: SubscriberArgs<Data>) {
  const linkage: LinkageModuleService = container.resolve(LINKAGE_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const notifications = container.resolve(Modules.NOTIFICATION)
  const storefront = (process.env.STOREFRONT_URL || "http://localhost:4321").replace(/\/$/, "")
  const requestId = event.data.id ?? event.data.request_id
  if (!requestId) return
  const [request] = await linkage.listLinkageRequests({ id: requestId })
  if (!request) return
  const summary = request as unknown as RequestSummary

  const staffOf = async (cooperativeIds: string[]) => {
    if (!cooperativeIds.length) return []
    const { data } = await query.graph({ entity: "cooperative_staff", fields: ["email"], filters: { cooperative_id: cooperativeIds } })
    return (data as { email: string }[]).map((s) => s.email)
  }
  const send = (to: string[], template: string, message: { subject: string; text: string }) =>
    to.length
      ? notifications.createNotifications(
          to.map((email) => ({ to: email, channel: "email", template, data: { ...message, linkage_request_id: request.id }, resource_id: request.id, resource_type: "linkage_request" }))
        )
      : undefined

  if (event.name === LINKAGE_EVENTS.routed) {
    await send(await staffOf(event.data.cooperative_ids ?? []), "linkage-request-routed", requestRoutedMessage(summary, storefront))
    return
  }
  if (event.name === LINKAGE_EVENTS.cancelled) {
    await send(await staffOf(event.data.cooperative_ids ?? []), "linkage-request-cancelled", requestCancelledMessage(summary, storefront))
    return
  }
  const [quote] = event.data.quote_id ? await linkage.listLinkageQuotes({ id: event.data.quote_id }) : []
  if (!quote) return
  if (event.name === LINKAGE_EVENTS.answered) {
    const { data } = await query.graph({ entity: "cooperative", fields: ["name"], filters: { id: quote.cooperative_id } })
    const cooperative = (data[0] as { name: string } | undefined)?.name ?? "Một hợp tác xã"
    await send([request.email], "linkage-quote-answered", quoteAnsweredMessage(summary, { ...quote, cooperative }, storefront))
    return
  }
  if (event.name === LINKAGE_EVENTS.accepted && event.data.order_id) {
    const { data } = await query.graph({ entity: "order", fields: ["display_id"], filters: { id: event.data.order_id } })
    const displayId = String((data[0] as { display_id?: unknown } | undefined)?.display_id ?? "")
    await send(await staffOf([quote.cooperative_id]), "linkage-quote-accepted", quoteAcceptedMessage(summary, displayId, storefront))
  }
}

export const config: SubscriberConfig = {
  event: [LINKAGE_EVENTS.routed, LINKAGE_EVENTS.answered, LINKAGE_EVENTS.accepted, LINKAGE_EVENTS.cancelled],
}
