/**
 * All storefront copy in Vietnamese, in one object; ./en.ts has the same shape (`Messages`).
 * Views and components read it through `t(locale)` from ./index; no UI strings in .astro files.
 */
import type { CooperativeKind, ManagementRoleKind, Ocop, ProductSort } from "../types"

/** Since 1 July 2025 addresses run province → ward/commune; the storefront is one province's. */
const PROVINCE = "Khánh Hòa"

export const vi = {
  site: {
    name: "Chợ Hợp tác xã Khánh Hòa",
    tagline: "Sản phẩm của hợp tác xã do phụ nữ tham gia quản lý",
    description:
      "Gian hàng trực tuyến giới thiệu sản phẩm của các hợp tác xã, tổ hợp tác do phụ nữ tham gia quản lý tại Khánh Hòa.",
    skipLink: "Bỏ qua đến nội dung chính",
    breadcrumbLabel: "Đường dẫn",
    navLabel: "Điều hướng chính",
    /** the link to the same page in the other language, written in that language */
    switchLanguage: "English",
    nav: {
      home: "Trang chủ",
      products: "Sản phẩm",
      cooperatives: "Hợp tác xã",
      stories: "Câu chuyện",
      events: "Sự kiện",
    },
    demoBanner: "Dữ liệu trình diễn: các hợp tác xã và sản phẩm trên trang này là hư cấu.",
    footer: {
      organiser: "Hội Liên hiệp Phụ nữ tỉnh Khánh Hòa",
      programme:
        "Thực hiện Đề án 01 “Hỗ trợ hợp tác xã do phụ nữ tham gia quản lý, tạo việc làm cho lao động nữ đến năm 2030”.",
      demoNote: "Bản trình diễn: mọi hợp tác xã, sản phẩm và số liệu trên trang đều là hư cấu.",
      infoNavLabel: "Thông tin",
    },
  },

  common: {
    outOfStock: "Hết hàng",
    inStock: "Còn hàng",
    /** `{n}` is filled in by the product page's script too, hence a template rather than a function */
    lowStock: "Chỉ còn {n} sản phẩm",
    priceOnRequest: "Liên hệ để biết giá",
    priceFrom: (price: string) => `Từ ${price}`,
    productCount: (count: number) => `${count} sản phẩm`,
    female: "nữ",
  },

  home: {
    heroTitle: "Sản phẩm của chị em hợp tác xã Khánh Hòa",
    heroLead:
      "Hội Liên hiệp Phụ nữ tỉnh Khánh Hòa giới thiệu sản phẩm của các hợp tác xã, tổ hợp tác do phụ nữ tham gia quản lý, điều hành — một phần của Đề án 01 “Hỗ trợ hợp tác xã do phụ nữ tham gia quản lý, tạo việc làm cho lao động nữ đến năm 2030”.",
    heroCta: "Xem sản phẩm",
    heroCtaSecondary: "Tìm hiểu các hợp tác xã",
    featuredTitle: "Sản phẩm OCOP nổi bật",
    featuredLead: "Sản phẩm đạt chứng nhận OCOP (Mỗi xã một sản phẩm) từ 3 sao trở lên.",
    featuredEmpty: "Chưa có sản phẩm OCOP nào để giới thiệu.",
    categoriesTitle: "Danh mục sản phẩm",
    cooperativesTitle: "Các hợp tác xã",
    cooperativesLead: "Những hợp tác xã, tổ hợp tác nơi phụ nữ góp vốn, làm việc và giữ vai trò quản lý.",
    cooperativesAll: (count: number) => `Xem tất cả ${count} hợp tác xã`,
  },

  products: {
    title: "Sản phẩm",
    description: "Tất cả sản phẩm của các hợp tác xã do phụ nữ tham gia quản lý tại Khánh Hòa.",
    categoryNavLabel: "Lọc theo danh mục",
    allCategories: "Tất cả",
    sortLabel: "Sắp xếp theo",
    sortSubmit: "Áp dụng",
    empty: "Chưa có sản phẩm nào trong mục này.",
    emptyAction: "Xem tất cả sản phẩm",
    pageSuffix: (page: number) => `trang ${page}`,
  },

  product: {
    galleryLabel: "Hình ảnh sản phẩm",
    thumbnailLabel: (index: number, total: number, alt: string) => `Xem ảnh ${index}/${total}: ${alt}`,
    noImage: "Chưa có ảnh",
    priceLabel: "Giá",
    variantsDefaultLegend: "Phân loại",
    contactZalo: "Liên hệ đặt hàng qua Zalo",
    contactCooperative: "Liên hệ hợp tác xã để đặt hàng",
    descriptionTitle: "Mô tả sản phẩm",
    provenanceTitle: "Nguồn gốc và chứng nhận",
    originWard: "Nơi sản xuất",
    certifications: "Chứng nhận",
    shelfLife: "Hạn sử dụng",
    shelfLifeDays: (days: number) => `${days} ngày`,
    makerTitle: "Hợp tác xã sản xuất",
    makerLink: (name: string) => `Xem hồ sơ ${name}`,
  },

  ocop: {
    title: "Chứng nhận OCOP",
    badge: (stars: number) => `OCOP ${"★".repeat(stars)}`,
    badgeLabel: (stars: number) => `Sản phẩm OCOP ${stars} sao`,
    stars: "Hạng",
    starsValue: (stars: number) => `${stars} sao`,
    certificateNumber: "Số giấy chứng nhận",
    issuingLevel: "Cấp công nhận",
    issuedOn: "Ngày cấp",
    expiresOn: "Có hiệu lực đến",
    expired: "Đã hết hiệu lực",
    expiredNote: (date: string) => `Giấy chứng nhận OCOP này đã hết hiệu lực từ ngày ${date}.`,
    about: "OCOP — Chương trình Mỗi xã một sản phẩm; giấy chứng nhận có hiệu lực 36 tháng.",
  },

  cooperatives: {
    title: "Các hợp tác xã",
    description: "Danh sách hợp tác xã, tổ hợp tác do phụ nữ tham gia quản lý tại Khánh Hòa.",
    lead: "Các hợp tác xã, tổ hợp tác và hộ sản xuất kinh doanh đang bày bán sản phẩm trên chợ.",
    count: (count: number) => `${count} hợp tác xã`,
    empty: "Chưa có hợp tác xã nào.",
  },

  cooperative: {
    logoAlt: (name: string) => `Logo ${name}`,
    wardWithFormer: (ward: string, formerDistrict: string) =>
      formerDistrict ? `${ward} (trước đây: ${formerDistrict})` : ward,
    /** "Thôn Tân Phước, Xã Tu Bông, Khánh Hòa (trước đây: Huyện Vạn Ninh)" */
    fullAddress: (street: string | null, ward: string, formerDistrict: string) =>
      [street, ward, PROVINCE].filter(Boolean).join(", ") + (formerDistrict ? ` (trước đây: ${formerDistrict})` : ""),
    badges: {
      womanLed: "Phụ nữ làm chủ",
      womenInManagement: "Phụ nữ tham gia quản lý",
      womenMajorityWorkforce: "Đa số lao động là nữ",
    },
    facts: "Thông tin chung",
    address: "Địa chỉ",
    foundedOn: "Ngày thành lập",
    registrationNumber: "Số đăng ký",
    aboutTitle: "Giới thiệu",
    contactTitle: "Liên hệ",
    phone: "Điện thoại",
    zalo: "Chat qua Zalo",
    facebook: "Trang Facebook",
    email: "Thư điện tử",
    noContact: "Hợp tác xã chưa cung cấp thông tin liên hệ.",
    productsTitle: "Sản phẩm của hợp tác xã",
    productsEmpty: "Hợp tác xã chưa đăng sản phẩm nào.",
  },

  womenInManagement: {
    title: "Phụ nữ tham gia quản lý",
    members: "Thành viên",
    workers: "Người lao động",
    ofWhichWomen: (women: number, percent: string) => `trong đó nữ: ${women} (${percent})`,
    people: (count: number) => `${count} người`,
    managementTitle: "Ban quản lý, điều hành",
    managementEmpty: "Chưa có thông tin về ban quản lý.",
    womenManagerShare: (women: number, total: number) => `${women}/${total} vị trí quản lý do nữ đảm nhiệm`,
    assessmentTitle: "Đánh giá theo Đề án 01",
    womenInManagementYes: "Có phụ nữ tham gia quản lý, điều hành hợp tác xã.",
    womenInManagementNo: "Chưa có phụ nữ trong ban quản lý, điều hành.",
    womanLedYes: "Phụ nữ làm chủ: chủ tịch hoặc giám đốc là nữ.",
    womanLedNo: "Chủ tịch và giám đốc hiện chưa phải là nữ.",
    womenMajorityYes: "Đa số lao động là nữ (trên 50% người lao động).",
    womenMajorityNo: "Lao động nữ chưa chiếm quá nửa số người lao động.",
  },

  pagination: {
    label: "Phân trang",
    previous: "Trang trước",
    next: "Trang sau",
    page: (page: number) => `Trang ${page}`,
    ellipsis: "…",
  },

  notFound: {
    title: "Không tìm thấy trang",
    heading: "Không tìm thấy trang bạn cần",
    lead: "Trang này có thể đã được đổi địa chỉ, sản phẩm đã ngừng bán, hoặc đường dẫn bị gõ nhầm.",
    suggestions: "Bạn có thể:",
    home: "Về trang chủ",
    products: "Xem tất cả sản phẩm",
    cooperatives: "Xem các hợp tác xã",
  },

  labels: {
    cooperativeKind: {
      hop_tac_xa: "Hợp tác xã",
      to_hop_tac: "Tổ hợp tác",
      to_lien_ket: "Tổ liên kết",
      ho_kinh_doanh: "Hộ sản xuất kinh doanh",
    } satisfies Record<CooperativeKind, string>,
    managementRole: {
      chair: "Chủ tịch HĐQT",
      board_member: "Thành viên HĐQT",
      director: "Giám đốc",
      deputy_director: "Phó giám đốc",
      supervisory_board: "Ban kiểm soát",
    } satisfies Record<ManagementRoleKind, string>,
    ocopLevel: {
      province: "Cấp tỉnh",
      central: "Cấp Trung ương",
    } satisfies Record<Ocop["issuingLevel"], string>,
    sort: {
      newest: "Mới nhất",
      price_asc: "Giá tăng dần",
      price_desc: "Giá giảm dần",
      title: "Tên A–Z",
    } satisfies Record<ProductSort, string>,
  },

  // stories, events, sharing
  stories: {
    title: "Câu chuyện hợp tác xã",
    description: "Câu chuyện của những người phụ nữ làm chủ hợp tác xã ở Khánh Hòa và sản phẩm của họ.",
    eyebrow: "Câu chuyện",
    all: "Tất cả",
    byTag: "Chủ đề",
    byArea: "Khu vực",
    filteredTag: (tag: string) => `Chủ đề: ${tag}`,
    filteredArea: (area: string) => `Khu vực: ${area}`,
    count: (n: number) => `${n} câu chuyện`,
    readMore: "Đọc tiếp",
    by: "Bài viết",
    published: "Đăng ngày",
    area: "Khu vực",
    tags: "Chủ đề",
    maker: "Hợp tác xã trong câu chuyện",
    visitCooperative: "Xem hồ sơ hợp tác xã",
    products: "Sản phẩm trong câu chuyện",
    empty: "Chưa có câu chuyện nào.",
    makerStory: "Câu chuyện người làm ra sản phẩm",
    cooperativeStories: "Câu chuyện về hợp tác xã",
  },
  events: {
    title: "Sự kiện, hội chợ",
    description: "Hội chợ, phiên chợ và diễn đàn xúc tiến thương mại có các hợp tác xã của phụ nữ Khánh Hòa tham gia.",
    upcoming: "Sắp diễn ra",
    past: "Đã diễn ra",
    none: "Chưa có sự kiện sắp tới.",
    when: "Thời gian",
    where: "Địa điểm",
    attending: "Hợp tác xã tham gia",
    upcomingForCooperative: "Sắp gặp tại hội chợ",
  },
  share: {
    title: "Chia sẻ",
    zalo: "Chia sẻ qua Zalo",
    facebook: "Chia sẻ lên Facebook",
    copy: "Sao chép liên kết",
    copied: "Đã sao chép liên kết",
    zaloHint: "Đã sao chép liên kết — hãy dán vào Zalo để gửi.",
    chatZalo: "Chat qua Zalo",
  }
}

/** The shape every language file must have. */
export type Messages = typeof vi

// Vietnamese-only shorthands kept for existing callers; views and components use `t(locale).labels`.

export function cooperativeKindLabel(kind: CooperativeKind): string {
  return vi.labels.cooperativeKind[kind] ?? kind
}

export function managementRoleLabel(role: ManagementRoleKind): string {
  return vi.labels.managementRole[role] ?? role
}

export function ocopLevelLabel(level: Ocop["issuingLevel"]): string {
  return vi.labels.ocopLevel[level] ?? level
}

export function sortLabel(sort: ProductSort): string {
  return vi.labels.sort[sort] ?? sort
}
