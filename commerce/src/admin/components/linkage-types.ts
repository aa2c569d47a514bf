import type { LinkageFigures as Figures } from "../../lib/linkage/figures"
/** Linkage requests as GET /admin/linkage-requests answers them (api/utils/linkage-views.ts, unionView). */
export type Label = { vi: string; en: string }

export type LinkageQuote = {
  id: string
  status: "quoted" | "declined" | "accepted" | "not_chosen"
  status_label: Label
  cooperative: { id: string; name: string; handle: string } | null
  product: { id: string; title: string; handle: string } | null
  unit_price_vnd: number | null
  quantity: number | null
  delivery_fee_vnd: number | null
  total_vnd: number | null
  delivery_on: string | null
  valid_until: string | null
  open: boolean
  expired: boolean
  note: string | null
  decline_reason: string | null
  answered_at: string
  staff_name: string | null
}

export type LinkageRequest = {
  id: string
  title: string
  product: { id: string; title: string; handle: string | null } | null
  category: { id: string; name: string } | null
  quantity: number
  unit_label: Label
  wanted_on: string
  province_name: string
  ward_name: string
  street_address: string | null
  contact_name: string
  phone: string
  email: string
  company_name: string | null
  budget_vnd: number | null
  invoice_needed: boolean
  note: string | null
  status: "open" | "accepted" | "cancelled"
  status_label: Label
  created_at: string
  order: { id: string; display_id: number } | null
  routes: { cooperative: { id: string; name: string; handle: string }; reason_label: Label; routed_by_name: string | null; routed_at: string; answered: boolean }[]
  quotes: LinkageQuote[]
  contract_value_vnd: number | null
}

/** GET /admin/linkage-figures: lib/linkage/figures.ts's figures for a period, each cooperative with its name. */
export type LinkageFigures = Omit<Figures, "cooperatives"> & {
  period: { label: string }
  cooperatives: (Figures["cooperatives"][number] & { cooperative: { name: string; former_district?: string } })[]
}

export const vnd = (n: number | null | undefined) => (n === null || n === undefined ? "—" : `${Math.round(n).toLocaleString("vi-VN")} ₫`)
/** "2026-12-20" → "20/12/2026" */
export const day = (d: string | null | undefined) => (d ? d.slice(0, 10).split("-").reverse().join("/") : "—")
export const STATUS_COLOR = { open: "orange", accepted: "green", cancelled: "grey" } as const
