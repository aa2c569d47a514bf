/** Public fields only: registry details such as member counts are public, contact e-mail is not. */
const publicCooperativeFields = [
  "id",
  "handle",
  "name",
  "kind",
  "province_code",
  "ward_code",
  "ward_name",
  "former_district",
  "street_address",
  "founded_on",
  "members_total",
  "members_women",
  "workers_total",
  "workers_women",
  "phone",
  "zalo_phone",
  "facebook_url",
  "description",
  "logo_url",
  "is_demo",
  "management_roles.role",
  "management_roles.holder_name",
  "management_roles.holder_gender",
  // only to leave out seats whose term has ended (toStoreCooperative drops it)
  "management_roles.ended_on",
]

export const storeCooperativesQueryConfig = {
  defaults: publicCooperativeFields,
  allowed: publicCooperativeFields,
  defaultLimit: 50,
  isList: true,
}

export const storeCooperativeQueryConfig = {
  defaults: [...publicCooperativeFields, "registration_number", "email"],
  allowed: [...publicCooperativeFields, "registration_number", "email"],
  isList: false,
}
