import { deriveWomenInManagement, type ManagementSeat } from "../../../lib/women-in-management"

type CooperativeRow = {
  management_roles?: ((ManagementSeat & { ended_on?: unknown }) | null)[] | null
  workers_total: number
  workers_women: number
}

/** A cooperative as the store API shows it: its record plus the derived women-in-management flags. */
export function toStoreCooperative<T extends CooperativeRow>(row: T) {
  const { products: _products, status: _status, ...rest } = row as T & { products?: unknown; status?: unknown }
  // Today's management: seats whose term has ended stay in the registry's history only.
  const seats = (row.management_roles ?? [])
    .filter((s): s is ManagementSeat & { ended_on?: unknown } => !!s && !s.ended_on)
    .map(({ ended_on: _ended, ...s }) => s)
  return { ...rest, management_roles: seats, ...deriveWomenInManagement({ ...row, management_roles: seats }) }
}
