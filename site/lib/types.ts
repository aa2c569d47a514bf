/**
 * What pages receive from the data layer: plain objects in the storefront's own terms,
 * never Medusa's response shapes (those stay inside site/lib).
 */

export type CooperativeKind = "hop_tac_xa" | "to_hop_tac" | "to_lien_ket" | "ho_kinh_doanh"
export type ManagementRoleKind = "chair" | "board_member" | "director" | "deputy_director" | "supervisory_board"

export interface CooperativeSummary {
  handle: string
  name: string
  kind: CooperativeKind
  /** "Xã Vạn Ninh" — ward/commune under the units in force since 1 July 2025 */
  wardName: string
  /** "Huyện Vạn Ninh" — district before 1 July 2025 */
  formerDistrict: string
  logoUrl: string | null
  isDemo: boolean
  womenInManagement: boolean
  womanLed: boolean
  womenMajorityWorkforce: boolean
}

export interface ManagementRole {
  role: ManagementRoleKind
  holderName: string
  holderGender: "female" | "male"
}

export interface CooperativeProfile extends CooperativeSummary {
  description: string | null
  streetAddress: string | null
  registrationNumber: string | null
  foundedOn: string | null
  membersTotal: number
  membersWomen: number
  workersTotal: number
  workersWomen: number
  managementRoles: ManagementRole[]
  womenManagerCount: number
  managerCount: number
  phone: string | null
  /** https://zalo.me/<phone> when the cooperative has Zalo */
  zaloUrl: string | null
  facebookUrl: string | null
  email: string | null
  /** "vi" on an English page when the profile text has no English version */
  descriptionLang?: "vi"
}

export interface Ocop {
  stars: 3 | 4 | 5
  certificateNumber: string
  issuingLevel: "province" | "central"
  /** ISO date */
  issuedOn: string
  /** ISO date, 36 months after issue */
  expiresOn: string
  /** false once the certificate has expired */
  isValid: boolean
}

export interface Provenance {
  ocop: Ocop | null
  originWardName: string | null
  certifications: string[]
  shelfLifeDays: number | null
}

export interface ProductCard {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  /** the thumbnail as AVIF and WebP at several widths, when the photo pipeline made it */
  thumbnailSources?: PhotoSource[]
  /** "vi" on an English page when the title has no English version */
  titleLang?: "vi"
  /** lowest variant price in whole đồng, null when unpriced */
  priceFrom: number | null
  /** true when variants have different prices ("từ 85.000 ₫") */
  hasPriceRange: boolean
  inStock: boolean
  ocopStars: 3 | 4 | 5 | null
  cooperative: { handle: string; name: string } | null
}

export interface ProductVariant {
  id: string
  title: string
  sku: string | null
  /** whole đồng */
  price: number | null
  inStock: boolean
  /** units available, null when stock is not tracked */
  quantity: number | null
  /** "vi" on an English page when the name has no English version */
  titleLang?: "vi"
  /** wholesale quantity tiers Medusa applies in the cart: from `minQuantity` items on, each costs `price` */
  tiers?: { minQuantity: number; maxQuantity: number | null; price: number }[]
}

/** One encoding of a photo at one width (the photo pipeline makes AVIF and WebP at a few widths). */
export interface PhotoSource {
  format: "avif" | "webp"
  width: number
  height: number
  url: string
}

export interface ProductImage {
  url: string
  alt: string
  /** the same photo as AVIF and WebP at several widths, for `<picture>`; empty for photos stored as one file */
  sources?: PhotoSource[]
}

export interface ProductDetail extends ProductCard {
  subtitle: string | null
  description: string | null
  images: ProductImage[]
  /** name of the option variants differ by, e.g. "Dung tích" */
  optionTitle: string | null
  variants: ProductVariant[]
  categories: Category[]
  tags: string[]
  provenance: Provenance | null
  cooperativeProfile: CooperativeProfile | null
  /** on an English page, the texts that have no English version (shown in Vietnamese, marked lang="vi") */
  viOnly?: ("title" | "subtitle" | "description" | "optionTitle")[]
}

export interface Category {
  handle: string
  name: string
  description: string | null
  /** "vi" on an English page when the name has no English version */
  nameLang?: "vi"
}

export type ProductSort = "newest" | "price_asc" | "price_desc" | "title"

export interface ProductListQuery {
  categoryHandle?: string
  sort?: ProductSort
  /** 1-based */
  page?: number
  pageSize?: number
}

export interface Page<T> {
  items: T[]
  total: number
  page: number
  pageCount: number
  pageSize: number
}

// ---- buying ------------------------------------------------------------------------------------

export interface CooperativeRef {
  handle: string
  name: string
}

/** One line of a cart or an order. Amounts are whole đồng and always Medusa's. */
export interface OrderLine {
  id: string
  variantId: string | null
  productHandle: string | null
  productTitle: string
  /** null when the product has only its default variant */
  variantTitle: string | null
  thumbnail: string | null
  quantity: number
  unitPrice: number
  total: number
}

/** Lines made by one cooperative: each cooperative packs and ships its own part, a parcel with its own delivery fee. */
export interface LineGroup {
  cooperative: CooperativeRef | null
  lines: OrderLine[]
  subtotal: number
  /** this parcel's delivery fee, once a delivery is chosen (Medusa's shipping method for the parcel) */
  shippingTotal?: number
  /** subtotal + shippingTotal: what the buyer pays for this parcel */
  parcelTotal?: number
  /** where the parcel is, once it is part of an order */
  progress?: ParcelProgress
}

/** Where one parcel of an order is (commerce/src/lib/parcel-tracking.ts), as the buyer sees it. */
export interface ParcelProgress {
  status: "new" | "packing" | "shipped" | "delivered" | "cancelled"
  trackingNote: string | null
  shippedAt: string | null
  deliveredAt: string | null
  cancelledAt: string | null
  cancelReason: string | null
  /** cash on delivery: what this parcel's courier collects; else 0 */
  codAmount: number
  /** cash on delivery: what was collected when it was delivered */
  codCollected: number | null
  /** awaiting_transfer | paid | cash_on_delivery | refunded; null for a cancelled parcel */
  paymentState: string | null
}

/** One parcel as the checkout shows it while the buyer chooses (amounts are Medusa's). */
export interface ParcelSummary {
  /** the cooperative that ships it; null: the Union's own goods */
  cooperative: CooperativeRef | null
  itemTotal: number
  shippingTotal: number
  total: number
}

export interface Cart {
  id: string
  groups: LineGroup[]
  itemCount: number
  itemTotal: number
  shippingTotal: number
  total: number
  shippingOptionId: string | null
  provinceCode: string | null
}

export type DeliveryKind = "province" | "nationwide" | "pickup"

export interface DeliveryOption {
  id: string
  kind: DeliveryKind
  /** Medusa's name (Vietnamese); views use the localized label for `kind` */
  name: string
  amount: number
  /** where to collect, for pickup */
  pickupAddress: string | null
}

export type PaymentMethod = "cod" | "vietqr" | "stripe"

export interface VietQrTransfer {
  payload: string
  bankName: string
  accountNumber: string
  accountName: string
  amount: number
  reference: string
}

export interface OrderSummary {
  id: string
  displayId: number
  createdAt: string
  email: string | null
  groups: LineGroup[]
  itemTotal: number
  shippingTotal: number
  total: number
  deliveryName: string | null
  address: { name: string; phone: string; street: string; wardName: string; provinceName: string } | null
  courierNote: string | null
  paymentMethod: PaymentMethod | null
  paymentStatus: string | null
  fulfillmentStatus: string | null
  /** awaiting_transfer | paid | cash_on_delivery | refunded (commerce/src/lib/payment-state.ts) */
  paymentState: string | null
  cancelled: boolean
  /** the transfer still to make (VietQR, not yet received), for the amount still due */
  vietQr: VietQrTransfer | null
}
