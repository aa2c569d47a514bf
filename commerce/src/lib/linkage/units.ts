/**
 * What a business buyer asks for is counted in trade units (200 kg, 50 thùng, 300 hộp quà), not in
 * the shop's retail packs: a quote's price is per one of these units, and the order line created from
 * an accepted quote carries the quantity in it.
 */
export const LINKAGE_UNITS = ["kg", "tan", "lit", "chai", "hop", "goi", "thung", "cai", "bo", "suat"] as const
export type LinkageUnit = (typeof LINKAGE_UNITS)[number]

export const LINKAGE_UNIT_LABELS: Record<LinkageUnit, { vi: string; en: string }> = {
  kg: { vi: "kg", en: "kg" },
  tan: { vi: "tấn", en: "tonne" },
  lit: { vi: "lít", en: "litre" },
  chai: { vi: "chai", en: "bottle" },
  hop: { vi: "hộp", en: "box" },
  goi: { vi: "gói", en: "pack" },
  thung: { vi: "thùng", en: "carton" },
  cai: { vi: "cái", en: "piece" },
  bo: { vi: "bộ", en: "set" },
  suat: { vi: "suất", en: "portion" },
}

export const LINKAGE_REQUEST_STATUSES = ["open", "accepted", "cancelled"] as const
export type LinkageRequestStatus = (typeof LINKAGE_REQUEST_STATUSES)[number]

/**
 * A cooperative's answer: `quoted` (a price it stands by until `valid_until`), `declined` (with a
 * reason), `accepted` (the buyer chose it: an order exists) or `not_chosen` (the buyer chose another).
 */
export const LINKAGE_QUOTE_STATUSES = ["quoted", "declined", "accepted", "not_chosen"] as const
export type LinkageQuoteStatus = (typeof LINKAGE_QUOTE_STATUSES)[number]

/** Why a request reached a cooperative: it makes the product, it sells in the category, or the Union sent it. */
export const LINKAGE_ROUTE_REASONS = ["maker", "category", "union"] as const
export type LinkageRouteReason = (typeof LINKAGE_ROUTE_REASONS)[number]

export const LINKAGE_LABELS = {
  requestStatus: {
    open: { vi: "Đang chờ báo giá", en: "Awaiting quotes" },
    accepted: { vi: "Đã chốt", en: "Agreed" },
    cancelled: { vi: "Đã huỷ", en: "Cancelled" },
  } satisfies Record<LinkageRequestStatus, { vi: string; en: string }>,
  quoteStatus: {
    quoted: { vi: "Đã báo giá", en: "Quoted" },
    declined: { vi: "Từ chối", en: "Declined" },
    accepted: { vi: "Được chọn", en: "Accepted" },
    not_chosen: { vi: "Không được chọn", en: "Not chosen" },
  } satisfies Record<LinkageQuoteStatus, { vi: string; en: string }>,
  routeReason: {
    maker: { vi: "Làm ra sản phẩm này", en: "Makes this product" },
    category: { vi: "Bán trong nhóm hàng này", en: "Sells in this category" },
    union: { vi: "Hội LHPN tỉnh chuyển đến", en: "Sent by the Women's Union" },
  } satisfies Record<LinkageRouteReason, { vi: string; en: string }>,
}

/** "200 kg", "1.500 hộp" */
export function quantityWithUnit(quantity: number, unit: LinkageUnit, locale: "vi" | "en" = "vi"): string {
  const n = locale === "vi" ? quantity.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".") : quantity.toLocaleString("en-GB")
  return `${n} ${LINKAGE_UNIT_LABELS[unit][locale]}`
}
