/** schema.org JSON-LD for search engines and link previews, built from the storefront's own types. */
import type { CooperativeProfile, ProductDetail } from "./types"

const PROVINCE = "Khánh Hòa"
export const ORGANISER = {
  "@type": "Organization",
  name: "Hội Liên hiệp Phụ nữ tỉnh Khánh Hòa",
} as const

/** JSON for a <script type="application/ld+json">: `<` is escaped so text cannot close the script. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029")
}

export function productJsonLd(product: ProductDetail, url: string) {
  const maker = product.cooperativeProfile
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.title,
    description: product.description ?? product.subtitle ?? undefined,
    url,
    image: product.images.map((i) => i.url),
    sku: product.variants[0]?.sku ?? undefined,
    category: product.categories[0]?.name,
    brand: maker ? { "@type": "Brand", name: maker.name } : undefined,
    manufacturer: maker ? { "@type": "Organization", name: maker.name } : undefined,
    offers: product.variants
      .filter((v) => v.price !== null)
      .map((v) => ({
        "@type": "Offer",
        name: v.title,
        sku: v.sku ?? undefined,
        price: v.price,
        priceCurrency: "VND",
        availability: v.inStock ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
        url,
      })),
  }
}

export function cooperativeJsonLd(c: CooperativeProfile, url: string) {
  return {
    "@context": "https://schema.org",
    "@type": "Organization",
    name: c.name,
    url,
    description: c.description ?? undefined,
    logo: c.logoUrl ?? undefined,
    foundingDate: c.foundedOn ? c.foundedOn.slice(0, 10) : undefined,
    telephone: c.phone ?? undefined,
    email: c.email ?? undefined,
    numberOfEmployees: c.workersTotal ? { "@type": "QuantitativeValue", value: c.workersTotal } : undefined,
    sameAs: [c.facebookUrl, c.zaloUrl].filter(Boolean),
    address: {
      "@type": "PostalAddress",
      streetAddress: c.streetAddress ?? undefined,
      addressLocality: c.wardName,
      addressRegion: PROVINCE,
      addressCountry: "VN",
    },
  }
}

export function storyJsonLd(story: { title: string; summary: string; author: string; publishedOn: Date; cooperativeName?: string }, url: string, imageUrl: string) {
  return {
    "@context": "https://schema.org",
    "@type": "Article",
    headline: story.title,
    description: story.summary,
    datePublished: story.publishedOn.toISOString().slice(0, 10),
    author: { "@type": "Organization", name: story.author },
    publisher: ORGANISER,
    image: [imageUrl],
    mainEntityOfPage: url,
    about: story.cooperativeName ? { "@type": "Organization", name: story.cooperativeName } : undefined,
    inLanguage: "vi",
  }
}

export function eventJsonLd(event: { name: string; summary: string; startsOn: Date; endsOn: Date; place: string; area: string }, url: string) {
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: event.name,
    description: event.summary,
    startDate: event.startsOn.toISOString().slice(0, 10),
    endDate: event.endsOn.toISOString().slice(0, 10),
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    eventStatus: "https://schema.org/EventScheduled",
    location: {
      "@type": "Place",
      name: event.place,
      address: { "@type": "PostalAddress", addressLocality: event.area, addressRegion: PROVINCE, addressCountry: "VN" },
    },
    organizer: ORGANISER,
    url,
  }
}
