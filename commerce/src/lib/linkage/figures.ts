/**
 * Linkage figures the Union reports ("kết nối tiêu thụ"): per cooperative and period, how many
 * requests reached it, how many it quoted or declined, how many of its quotes became contracts and
 * what they are worth. Pure; dates are calendar days in Vietnam ("YYYY-MM-DD"), so they compare as
 * strings. A request reached a cooperative on the day it was routed there; a quote counts on the day
 * it was first given; a contract on the day the buyer accepted it.
 */
import { contractValue } from "./rules"
import type { LinkageQuoteStatus } from "./units"

export interface FigureRequest {
  created_on: string
  status: string
}

export interface FigureRoute {
  cooperative_id: string
  routed_on: string
}

export interface FigureQuote {
  cooperative_id: string
  status: LinkageQuoteStatus
  answered_on: string
  accepted_on: string | null
  unit_price_vnd: number | null
  quantity: number | null
  delivery_fee_vnd: number | null
}

export interface CooperativeFigures {
  cooperative_id: string
  /** requests routed to it in the period */
  requests: number
  /** requests it gave a price for (first answered in the period) */
  quotes: number
  /** requests it declined */
  declined: number
  /** its quotes accepted by buyers in the period */
  contracts: number
  /** what those contracts are worth: goods at the quoted price + the quoted delivery fee, in đồng */
  value_vnd: number
}

export interface LinkageFigures {
  /** requests buyers made in the period (whatever became of them) */
  requests: number
  /** of those, accepted so far */
  requests_accepted: number
  quotes: number
  declined: number
  contracts: number
  value_vnd: number
  cooperatives: CooperativeFigures[]
}

const within = (day: string | null, b: { start: string; end: string }) => !!day && day >= b.start && day <= b.end

export function linkageFigures(requests: FigureRequest[], routes: FigureRoute[], quotes: FigureQuote[], b: { start: string; end: string }): LinkageFigures {
  const rows = new Map<string, CooperativeFigures>()
  const row = (id: string) => {
    let r = rows.get(id)
    if (!r) rows.set(id, (r = { cooperative_id: id, requests: 0, quotes: 0, declined: 0, contracts: 0, value_vnd: 0 }))
    return r
  }
  for (const route of routes) if (within(route.routed_on, b)) row(route.cooperative_id).requests += 1
  for (const q of quotes) {
    if (within(q.answered_on, b)) {
      if (q.status === "declined") row(q.cooperative_id).declined += 1
      else row(q.cooperative_id).quotes += 1
    }
    if (q.status === "accepted" && within(q.accepted_on, b)) {
      const r = row(q.cooperative_id)
      r.contracts += 1
      r.value_vnd += contractValue(q)
    }
  }
  const cooperatives = [...rows.values()].sort((a, c) => c.value_vnd - a.value_vnd || c.requests - a.requests || a.cooperative_id.localeCompare(c.cooperative_id))
  const inPeriod = requests.filter((r) => within(r.created_on, b))
  const sum = (k: "quotes" | "declined" | "contracts" | "value_vnd") => cooperatives.reduce((n, r) => n + r[k], 0)
  return {
    requests: inPeriod.length,
    requests_accepted: inPeriod.filter((r) => r.status === "accepted").length,
    quotes: sum("quotes"),
    declined: sum("declined"),
    contracts: sum("contracts"),
    value_vnd: sum("value_vnd"),
    cooperatives,
  }
}
