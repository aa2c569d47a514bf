/**
 * Languages and URLs. Vietnamese is the default at `/`; English lives under `/en/…` with
 * English path names. `alternatePath` maps any storefront URL to the same page in the other
 * language, for the language switch and hreflang links.
 */
import { en } from "./en"
import { vi } from "./vi"

export type Locale = "vi" | "en"
export const LOCALES: Locale[] = ["vi", "en"]
export type Messages = typeof vi

export function t(locale: Locale): Messages {
  return locale === "en" ? en : vi
}

/** Path words that differ between languages: Vietnamese → English. */
export const SECTIONS: Record<string, string> = {
  "san-pham": "products",
  "hop-tac-xa": "cooperatives",
  "cau-chuyen": "stories",
  "su-kien": "events",
  "chu-de": "topics",
  "khu-vuc": "areas",
  "gio-hang": "cart",
  "dat-hang": "checkout",
  "don-hang": "orders",
  "tra-cuu-don-hang": "order-lookup",
  "tim-kiem": "search",
  // buyer accounts and linkage (lib/account-page.ts)
  "tai-khoan": "account",
  "dang-nhap": "sign-in",
  "dang-ky": "sign-up",
  "ket-noi": "linkage",
}
const SECTIONS_EN: Record<string, string> = Object.fromEntries(Object.entries(SECTIONS).map(([v, e]) => [e, v]))

/** Own keys only: a path segment such as "constructor" must not pick up Object.prototype members. */
function translateSection(table: Record<string, string>, name: string): string {
  return Object.hasOwn(table, name) ? table[name] : name
}

export const paths = {
  home: (l: Locale) => (l === "en" ? "/en" : "/"),
  products: (l: Locale) => section(l, "san-pham"),
  product: (l: Locale, handle: string) => `${section(l, "san-pham")}/${encodeURIComponent(handle)}`,
  cooperatives: (l: Locale) => section(l, "hop-tac-xa"),
  cooperative: (l: Locale, handle: string) => `${section(l, "hop-tac-xa")}/${encodeURIComponent(handle)}`,
  stories: (l: Locale) => section(l, "cau-chuyen"),
  story: (l: Locale, slug: string) => `${section(l, "cau-chuyen")}/${encodeURIComponent(slug)}`,
  storiesByTag: (l: Locale, tagSlug: string) => `${section(l, "cau-chuyen")}/${l === "en" ? "topics" : "chu-de"}/${tagSlug}`,
  storiesByArea: (l: Locale, areaSlug: string) => `${section(l, "cau-chuyen")}/${l === "en" ? "areas" : "khu-vuc"}/${areaSlug}`,
  events: (l: Locale) => section(l, "su-kien"),
  cart: (l: Locale) => section(l, "gio-hang"),
  checkout: (l: Locale) => section(l, "dat-hang"),
  order: (l: Locale, id: string) => `${section(l, "don-hang")}/${encodeURIComponent(id)}`,
  orderLookup: (l: Locale) => section(l, "tra-cuu-don-hang"),
  search: (l: Locale) => section(l, "tim-kiem"),
  /** information pages (content/pages): slugs differ per language, see pageAlternates */
  page: (l: Locale, slug: string) => (l === "en" ? `/en/${slug}` : `/${slug}`),
}

function section(l: Locale, vietnamese: string): string {
  return l === "en" ? `/en/${SECTIONS[vietnamese]}` : `/${vietnamese}`
}

export function localeOf(pathname: string): Locale {
  return pathname === "/en" || pathname.startsWith("/en/") ? "en" : "vi"
}

/**
 * The same page in the other language. Information pages have different slugs per language;
 * their routes pass the alternate explicitly, so this only handles the shared sections.
 */
export function alternatePath(pathname: string, search = ""): string {
  const parts = pathname.split("/").filter(Boolean)
  if (parts[0] === "en") {
    const [, sectionName, ...rest] = parts
    if (!sectionName) return "/" + stripSearch(search)
    return `/${[sectionName, ...rest].map((p) => translateSection(SECTIONS_EN, p)).join("/")}${stripSearch(search)}`
  }
  if (!parts.length) return "/en" + stripSearch(search)
  return `/en/${parts.map((p) => translateSection(SECTIONS, p)).join("/")}${stripSearch(search)}`
}

/** Query strings carry filters and pages that mean the same in both languages. */
function stripSearch(search: string): string {
  return search && search !== "?" ? search : ""
}
