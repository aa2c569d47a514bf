/**
 * Linkage requests as each party may see them — read through Query across the read-only links
 * (src/links/linkage-*.ts), then cut to what that party is allowed:
 *  - the buyer: her own requests with every answer they received (cooperatives' names, prices);
 *  - a cooperative: the requests routed to it, the buyer's need without her phone or e-mail, and only
 *    its own answer — never another cooperative's price;
 *  - the Union: everything.
 */
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { getProvince } from "../../lib/administrative-units"
import { contractValue, isQuoteOpen } from "../../lib/linkage/rules"
import { LINKAGE_LABELS, LINKAGE_UNIT_LABELS, type LinkageQuoteStatus, type LinkageRequestStatus, type LinkageRouteReason, type LinkageUnit } from "../../lib/linkage/units"
import { vietnamDate } from "../../lib/plan-indicators/period"

type Scope = { resolve: (key: string) => any }
type Named = { id: string; name?: string; handle?: string; title?: string; thumbnail?: string | null } | null | undefined

export interface RequestRow {
  id: string
  customer_id: string
  product_id: string | null
  category_id: string | null
  title: string
  quantity: number
  unit: LinkageUnit
  wanted_on: string
  province_code: string
  ward_code: string
  ward_name: string
  street_address: string | null
  contact_name: string
  phone: string
  email: string
  company_name: string | null
  budget_vnd: number | null
  invoice_needed: boolean
  note: string | null
  status: LinkageRequestStatus
  accepted_quote_id: string | null
  order_id: string | null
  accepted_at: string | null
  cancelled_at: string | null
  created_at: string
  product?: Named
  product_category?: Named
  order?: { id: string; display_id: number; total?: unknown } | null
  routes?: ({ id: string; cooperative_id: string; reason: LinkageRouteReason; routed_by_name: string | null; created_at: string; cooperative?: Named } | null)[]
  quotes?: (QuoteRow | null)[]
}

export interface QuoteRow {
  id: string
  cooperative_id: string
  status: LinkageQuoteStatus
  product_id: string | null
  unit_price_vnd: number | null
  quantity: number | null
  delivery_fee_vnd: number | null
  delivery_on: string | null
  valid_until: string | null
  note: string | null
  decline_reason: string | null
  staff_name: string | null
  answered_at: string
  accepted_at: string | null
  created_at: string
  cooperative?: Named
  product?: Named
}

const FIELDS = [
  "*",
  "product.id",
  "product.title",
  "product.handle",
  "product_category.id",
  "product_category.name",
  "product_category.handle",
  "order.id",
  "order.display_id",
  "routes.*",
  "routes.cooperative.id",
  "routes.cooperative.name",
  "routes.cooperative.handle",
  "quotes.*",
  "quotes.cooperative.id",
  "quotes.cooperative.name",
  "quotes.cooperative.handle",
  "quotes.product.id",
  "quotes.product.title",
  "quotes.product.handle",
  "quotes.product.thumbnail",
]

export async function loadRequests(
  scope: Scope,
  filters: Record<string, unknown>,
  page?: { skip: number; take: number }
): Promise<{ rows: RequestRow[]; count: number }> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "linkage_request",
    fields: FIELDS,
    filters,
    pagination: { ...(page ?? {}), order: { created_at: "DESC" } },
  })
  return { rows: data as RequestRow[], count: Number(metadata?.count ?? (data as unknown[]).length) }
}

const today = () => vietnamDate(new Date())

function need(r: RequestRow) {
  return {
    id: r.id,
    title: r.title,
    product: r.product ? { id: r.product.id, title: r.product.title ?? r.title, handle: r.product.handle ?? null } : null,
    category: r.product_category ? { id: r.product_category.id, name: r.product_category.name ?? r.title, handle: r.product_category.handle ?? null } : null,
    quantity: r.quantity,
    unit: r.unit,
    unit_label: LINKAGE_UNIT_LABELS[r.unit],
    wanted_on: r.wanted_on,
    province_code: r.province_code,
    province_name: getProvince(r.province_code)?.name ?? r.province_code,
    ward_code: r.ward_code,
    ward_name: r.ward_name,
    company_name: r.company_name,
    budget_vnd: r.budget_vnd,
    invoice_needed: r.invoice_needed,
    note: r.note,
    status: r.status,
    status_label: LINKAGE_LABELS.requestStatus[r.status],
    created_at: r.created_at,
  }
}

function quoteView(q: QuoteRow, day: string) {
  const priced = q.status !== "declined"
  return {
    id: q.id,
    status: q.status,
    status_label: LINKAGE_LABELS.quoteStatus[q.status],
    cooperative: q.cooperative ? { id: q.cooperative.id, name: q.cooperative.name ?? "", handle: q.cooperative.handle ?? "" } : null,
    product: priced && q.product ? { id: q.product.id, title: q.product.title ?? "", handle: q.product.handle ?? "", thumbnail: q.product.thumbnail ?? null } : null,
    unit_price_vnd: q.unit_price_vnd,
    quantity: q.quantity,
    delivery_fee_vnd: q.delivery_fee_vnd,
    total_vnd: priced ? contractValue(q) : null,
    delivery_on: q.delivery_on,
    valid_until: q.valid_until,
    /** still acceptable today (quoted, within its validity in Vietnam) */
    open: isQuoteOpen(q, day),
    expired: q.status === "quoted" && !!q.valid_until && q.valid_until < day,
    note: q.note,
    decline_reason: q.decline_reason,
    answered_at: q.answered_at,
    accepted_at: q.accepted_at,
  }
}

const present = <T>(list: (T | null)[] | undefined): T[] => (list ?? []).filter((x): x is T => !!x)

/** The buyer's view of her own request: every answer it received, cheapest total first. */
export function buyerView(r: RequestRow) {
  const day = today()
  const quotes = present(r.quotes)
    .map((q) => quoteView(q, day))
    .sort((a, b) => Number(a.status === "declined") - Number(b.status === "declined") || (a.total_vnd ?? 0) - (b.total_vnd ?? 0))
  return {
    ...need(r),
    street_address: r.street_address,
    contact_name: r.contact_name,
    phone: r.phone,
    email: r.email,
    accepted_quote_id: r.accepted_quote_id,
    accepted_at: r.accepted_at,
    order: r.order ? { id: r.order.id, display_id: r.order.display_id } : null,
    routed_count: present(r.routes).length,
    quotes,
  }
}

/**
 * A cooperative's view of a request routed to it: the need (no phone, e-mail or street: those come
 * with the order if its quote is chosen), why it was routed there, and its own answer only. Whether
 * the request went to another cooperative is "closed", without naming who.
 */
export function cooperativeView(r: RequestRow, cooperativeId: string) {
  const route = present(r.routes).find((x) => x.cooperative_id === cooperativeId)
  const own = present(r.quotes).find((q) => q.cooperative_id === cooperativeId)
  const ownAccepted = r.status === "accepted" && own?.status === "accepted"
  return {
    ...need(r),
    contact_name: r.contact_name,
    routed_at: route?.created_at ?? null,
    route_reason: route?.reason ?? null,
    route_reason_label: route ? LINKAGE_LABELS.routeReason[route.reason] : null,
    /** open: it can still answer; won: the buyer chose its quote; closed: chosen elsewhere or cancelled */
    state: r.status === "open" ? "open" : ownAccepted ? "won" : "closed",
    quote: own ? quoteView(own, today()) : null,
    order_display_id: ownAccepted ? (r.order?.display_id ?? null) : null,
  }
}

/** The Union's view: the whole request, where it went, every answer and the outcome. */
export function unionView(r: RequestRow) {
  const day = today()
  const quotes = present(r.quotes).map((q) => ({ ...quoteView(q, day), staff_name: q.staff_name }))
  const accepted = quotes.find((q) => q.status === "accepted")
  return {
    ...buyerView(r),
    customer_id: r.customer_id,
    quotes,
    routes: present(r.routes).map((x) => ({
      cooperative: x.cooperative ? { id: x.cooperative.id, name: x.cooperative.name ?? "", handle: x.cooperative.handle ?? "" } : { id: x.cooperative_id, name: x.cooperative_id, handle: "" },
      reason: x.reason,
      reason_label: LINKAGE_LABELS.routeReason[x.reason],
      routed_by_name: x.routed_by_name,
      routed_at: x.created_at,
      answered: quotes.some((q) => q.cooperative?.id === x.cooperative_id),
    })),
    contract_value_vnd: accepted?.total_vnd ?? null,
  }
}
