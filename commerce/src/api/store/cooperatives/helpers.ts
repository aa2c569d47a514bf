import { deriveWomenInManagement, type ManagementSeat } from "../../../lib/women-in-management"

type CooperativeRow = {
  management_roles?: (ManagementSeat | null)[] | null
  workers_total: number
  workers_women: number
}

/** A cooperative as the store API shows it: its record plus the derived women-in-management flags. */
export function toStoreCooperative<T extends CooperativeRow>(row: T) {
  const { products: _products, status: _status, ...rest } = row as T & { products?: unknown; status?: unknown }
  const seats = (row.management_roles ?? []).filter((s): s is ManagementSeat => !!s)
  return { ...rest, ...deriveWomenInManagement({ ...row, management_roles: seats }) }
}
