import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { PortalActor } from "../../utils/portal-actor"

/** The cooperative's profile: what the cooperative edits, and the Union's registry data, read-only. */
export async function portalProfile(scope: { resolve: (k: string) => any }, actor: PortalActor) {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cooperative",
    fields: ["*", "management_roles.*"],
    filters: { id: actor.cooperativeId },
  })
  const c = data[0] as any
  return {
    editable: {
      phone: c.phone,
      zalo_phone: c.zalo_phone,
      email: c.email,
      facebook_url: c.facebook_url,
      street_address: c.street_address,
      description: c.description,
      logo_url: c.logo_url,
    },
    registry: {
      name: c.name,
      handle: c.handle,
      kind: c.kind,
      status: c.status,
      registration_number: c.registration_number,
      founded_on: c.founded_on,
      ward_name: c.ward_name,
      former_district: c.former_district,
      members_total: c.members_total,
      members_women: c.members_women,
      workers_total: c.workers_total,
      workers_women: c.workers_women,
      management_roles: (c.management_roles ?? []).filter((r: any) => r && !r.ended_on).map((r: any) => ({ role: r.role, holder_name: r.holder_name, holder_gender: r.holder_gender })),
    },
  }
}
