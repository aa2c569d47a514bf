/** Events of the linkage flow (subscribers/linkage-notifications.ts tells the people concerned). */
export const LINKAGE_EVENTS = {
  /** a request reached cooperatives: `{ id, cooperative_ids }` */
  routed: "linkage_request.routed",
  /** a cooperative quoted or declined: `{ request_id, quote_id }` */
  answered: "linkage_quote.answered",
  /** the buyer accepted a quote: `{ request_id, quote_id, order_id }` */
  accepted: "linkage_quote.accepted",
  /** the buyer withdrew her open request: `{ id, cooperative_ids }` */
  cancelled: "linkage_request.cancelled",
} as const
