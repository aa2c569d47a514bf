/**
 * All storefront copy in English, the same shape as ./vi.ts (`Messages`): the type checker reports a key
 * missing here as soon as one is added there. Written for international visitors; Vietnamese proper nouns
 * (places, the Union, Đề án 01, OCOP) stay as they are so they match labels, certificates and maps.
 */
import type { Messages } from "./vi"

const PROVINCE = "Khánh Hòa"

export const en: Messages = {
  site: {
    name: "Khánh Hòa Cooperative Market",
    tagline: "Products from cooperatives with women in management",
    description:
      "An online shop window for products made by cooperatives and cooperative groups with women in management in Khánh Hòa, Viet Nam.",
    skipLink: "Skip to main content",
    breadcrumbLabel: "Breadcrumb",
    navLabel: "Main navigation",
    switchLanguage: "Tiếng Việt",
    nav: {
      home: "Home",
      products: "Products",
      cooperatives: "Cooperatives",
      stories: "Stories",
      events: "Events",
    },
    demoBanner: "Demonstration data: the cooperatives and products on this site are fictional.",
    footer: {
      organiser: "Khánh Hòa Provincial Women's Union (Hội Liên hiệp Phụ nữ tỉnh Khánh Hòa)",
      programme:
        "Part of Programme 01 (Đề án 01), “Supporting cooperatives with women in management and creating jobs for women workers until 2030”.",
      demoNote: "Demonstration: every cooperative, product and figure on this site is fictional.",
      infoNavLabel: "Information",
    },
  },

  common: {
    outOfStock: "Out of stock",
    inStock: "In stock",
    lowStock: "Only {n} left",
    priceOnRequest: "Price on request",
    priceFrom: (price: string) => `From ${price}`,
    productCount: (count: number) => (count === 1 ? "1 product" : `${count} products`),
    female: "woman",
  },

  home: {
    heroTitle: "Products from the women of Khánh Hòa's cooperatives",
    heroLead:
      "The Khánh Hòa Provincial Women's Union presents products from cooperatives and cooperative groups where women take part in management — part of Programme 01 (Đề án 01), “Supporting cooperatives with women in management and creating jobs for women workers until 2030”.",
    heroCta: "Browse products",
    heroCtaSecondary: "Meet the cooperatives",
    featuredTitle: "Featured OCOP products",
    featuredLead: "Products certified under OCOP (One Commune One Product) with three stars or more.",
    featuredEmpty: "There are no OCOP products to feature yet.",
    categoriesTitle: "Product categories",
    cooperativesTitle: "The cooperatives",
    cooperativesLead: "Cooperatives and cooperative groups where women invest, work and take on management roles.",
    cooperativesAll: (count: number) => (count === 1 ? "See the cooperative" : `See all ${count} cooperatives`),
  },

  products: {
    title: "Products",
    description: "All products from cooperatives with women in management in Khánh Hòa.",
    categoryNavLabel: "Filter by category",
    allCategories: "All",
    sortLabel: "Sort by",
    sortSubmit: "Apply",
    empty: "There are no products in this section yet.",
    emptyAction: "See all products",
    pageSuffix: (page: number) => `page ${page}`,
  },

  product: {
    galleryLabel: "Product images",
    thumbnailLabel: (index: number, total: number, alt: string) => `Show image ${index} of ${total}: ${alt}`,
    noImage: "No image yet",
    priceLabel: "Price",
    variantsDefaultLegend: "Options",
    contactZalo: "Order via Zalo",
    contactCooperative: "Contact the cooperative to order",
    descriptionTitle: "Description",
    provenanceTitle: "Origin and certification",
    originWard: "Made in",
    certifications: "Certifications",
    shelfLife: "Shelf life",
    shelfLifeDays: (days: number) => (days === 1 ? "1 day" : `${days} days`),
    makerTitle: "Made by",
    makerLink: (name: string) => `View the profile of ${name}`,
  },

  ocop: {
    title: "OCOP certificate",
    badge: (stars: number) => `OCOP ${"★".repeat(stars)}`,
    badgeLabel: (stars: number) => `${stars}-star OCOP product`,
    stars: "Rating",
    starsValue: (stars: number) => `${stars} stars`,
    certificateNumber: "Certificate number",
    issuingLevel: "Certification level",
    issuedOn: "Issued on",
    expiresOn: "Valid until",
    expired: "Expired",
    expiredNote: (date: string) => `This OCOP certificate expired on ${date}.`,
    about: "OCOP — One Commune One Product, Viet Nam's national programme; certificates are valid for 36 months.",
  },

  cooperatives: {
    title: "Cooperatives",
    description: "Cooperatives and cooperative groups with women in management in Khánh Hòa.",
    lead: "The cooperatives, cooperative groups and household businesses selling their products on this market.",
    count: (count: number) => (count === 1 ? "1 cooperative" : `${count} cooperatives`),
    empty: "There are no cooperatives yet.",
  },

  cooperative: {
    logoAlt: (name: string) => `${name} logo`,
    wardWithFormer: (ward: string, formerDistrict: string) =>
      formerDistrict ? `${ward} (formerly ${formerDistrict})` : ward,
    /** "Thôn Tân Phước, Xã Tu Bông, Khánh Hòa (formerly Huyện Vạn Ninh)" */
    fullAddress: (street: string | null, ward: string, formerDistrict: string) =>
      [street, ward, PROVINCE].filter(Boolean).join(", ") + (formerDistrict ? ` (formerly ${formerDistrict})` : ""),
    badges: {
      womanLed: "Woman-led",
      womenInManagement: "Women in management",
      womenMajorityWorkforce: "Mostly women workers",
    },
    facts: "Key facts",
    address: "Address",
    foundedOn: "Founded",
    registrationNumber: "Registration number",
    aboutTitle: "About",
    contactTitle: "Contact",
    phone: "Phone",
    zalo: "Chat on Zalo",
    facebook: "Facebook page",
    email: "Email",
    noContact: "The cooperative has not provided contact details yet.",
    productsTitle: "Products from this cooperative",
    productsEmpty: "The cooperative has not listed any products yet.",
  },

  womenInManagement: {
    title: "Women in management",
    members: "Members",
    workers: "Workers",
    ofWhichWomen: (women: number, percent: string) => `of whom women: ${women} (${percent})`,
    people: (count: number) => (count === 1 ? "1 person" : `${count} people`),
    managementTitle: "Board and management",
    managementEmpty: "No information about the board and management yet.",
    womenManagerShare: (women: number, total: number) => `${women} of ${total} management positions held by women`,
    assessmentTitle: "Assessment under Programme 01 (Đề án 01)",
    womenInManagementYes: "Women take part in managing and running the cooperative.",
    womenInManagementNo: "There are no women on the board or in management yet.",
    womanLedYes: "Woman-led: the chair or the director is a woman.",
    womanLedNo: "Neither the chair nor the director is a woman at present.",
    womenMajorityYes: "Most workers are women (more than 50% of the workforce).",
    womenMajorityNo: "Women do not yet make up more than half of the workforce.",
  },

  pagination: {
    label: "Pagination",
    previous: "Previous",
    next: "Next",
    page: (page: number) => `Page ${page}`,
    ellipsis: "…",
  },

  notFound: {
    title: "Page not found",
    heading: "We couldn't find that page",
    lead: "The page may have moved, the product may no longer be sold, or the address may have been mistyped.",
    suggestions: "You can:",
    home: "Go to the home page",
    products: "Browse all products",
    cooperatives: "See the cooperatives",
  },

  labels: {
    cooperativeKind: {
      hop_tac_xa: "Cooperative (HTX)",
      to_hop_tac: "Cooperative group (THT)",
      to_lien_ket: "Linked group (tổ liên kết)",
      ho_kinh_doanh: "Household business",
    },
    managementRole: {
      chair: "Chair of the board",
      board_member: "Board member",
      director: "Director",
      deputy_director: "Deputy director",
      supervisory_board: "Supervisory board",
    },
    ocopLevel: {
      province: "Provincial",
      central: "National",
    },
    sort: {
      newest: "Newest",
      price_asc: "Price: low to high",
      price_desc: "Price: high to low",
      title: "Name A–Z",
    },
  },

  // stories, events, sharing
  stories: {
    title: "Cooperative stories",
    description: "Stories of the women who run cooperatives in Khánh Hòa, and of what they make.",
    eyebrow: "Story",
    all: "All",
    byTag: "Topics",
    byArea: "Areas",
    filteredTag: (tag: string) => `Topic: ${tag}`,
    filteredArea: (area: string) => `Area: ${area}`,
    count: (n: number) => `${n} ${n === 1 ? "story" : "stories"}`,
    readMore: "Read on",
    by: "By",
    published: "Published",
    area: "Area",
    tags: "Topics",
    maker: "The cooperative in this story",
    visitCooperative: "See the cooperative",
    products: "Products in this story",
    empty: "No stories yet.",
    makerStory: "The makers' story",
    cooperativeStories: "Stories about this cooperative",
  },
  events: {
    title: "Events and fairs",
    description: "Fairs, markets and trade forums where Khánh Hòa's women-led cooperatives take part.",
    upcoming: "Upcoming",
    past: "Past",
    none: "No upcoming events.",
    when: "When",
    where: "Where",
    attending: "Cooperatives attending",
    upcomingForCooperative: "Meet them at",
  },
  share: {
    title: "Share",
    zalo: "Share on Zalo",
    facebook: "Share on Facebook",
    copy: "Copy link",
    copied: "Link copied",
    zaloHint: "Link copied — paste it into Zalo to send it.",
    chatZalo: "Chat on Zalo",
  }
}
