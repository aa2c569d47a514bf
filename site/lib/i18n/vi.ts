/**
 * All storefront copy in Vietnamese, in one object; ./en.ts has the same shape (`Messages`).
 * Views and components read it through `t(locale)` from ./index; no UI strings in .astro files.
 */
import type { CooperativeKind, ManagementRoleKind, Ocop, ProductSort } from "../types"
import { PARCEL_STATUS_LABELS } from "../../../commerce/src/lib/order-labels"
import { PAYMENT_STATE_LABELS } from "../../../commerce/src/lib/payment-state"

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
    menu: "Menu",
    menuOpen: "Mở menu",
    menuClose: "Đóng menu",
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
    /** one short line under the header */
    demoBanner: "Bản trình diễn: hợp tác xã, sản phẩm đều hư cấu",
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
    quantityLess: "Bớt một",
    quantityMore: "Thêm một",
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
  },

  search: {
    title: "Tìm kiếm sản phẩm",
    titleFor: (q: string) => `Kết quả cho “${q}”`,
    description: "Tìm đặc sản, sản phẩm OCOP và đồ thủ công của các hợp tác xã phụ nữ Khánh Hòa — gõ có dấu hay không dấu đều được.",
    boxLabel: "Tìm sản phẩm",
    placeholder: "Tìm nước mắm, yến sào, gốm…",
    submit: "Tìm",
    suggestionsLabel: "Gợi ý tìm kiếm",
    searchFor: (q: string) => `Tìm “${q}”`,
    inCategory: "Danh mục",
    count: (n: number) => (n === 0 ? "Không có sản phẩm nào" : `${n.toLocaleString("vi-VN")} sản phẩm`),
    approximate: (q: string) => `Không có kết quả khớp đúng “${q}”. Đây là các sản phẩm gần giống:`,
    filtersTitle: "Lọc kết quả",
    filtersSubmit: "Lọc",
    clearFilters: "Bỏ tất cả bộ lọc",
    facet: { category: "Danh mục", cooperative: "Hợp tác xã", area: "Khu vực", stars: "Hạng OCOP", in_stock: "Tình trạng" },
    starsValue: (n: number) => `${n} sao`,
    inStockOnly: "Chỉ hàng còn",
    sortLabel: "Sắp xếp theo",
    sort: {
      relevance: "Phù hợp nhất",
      price_asc: "Giá tăng dần",
      price_desc: "Giá giảm dần",
      newest: "Mới nhất",
      ocop: "Hạng OCOP cao nhất",
    },
    empty: (q: string) => (q ? `Không tìm thấy sản phẩm nào cho “${q}”.` : "Không có sản phẩm nào khớp bộ lọc."),
    emptyHint: "Thử gõ ít chữ hơn, bỏ bớt bộ lọc, hoặc xem theo danh mục:",
    unavailable: "Tìm kiếm đang tạm gián đoạn, vui lòng thử lại sau ít phút.",
    unavailableHint: "Trong lúc chờ, bạn vẫn xem được sản phẩm theo danh mục:",
    loading: "Đang tìm…",
    resultsLabel: "Kết quả tìm kiếm",
  },

  cart: {
    title: "Giỏ hàng",
    headerLabel: (count: number) => (count ? `Giỏ hàng, ${count} sản phẩm` : "Giỏ hàng"),
    empty: "Giỏ hàng của bạn đang trống.",
    emptyAction: "Xem sản phẩm",
    quantity: "Số lượng",
    update: "Cập nhật",
    remove: "Xóa",
    removeLabel: (title: string) => `Xóa ${title} khỏi giỏ hàng`,
    quantityLabel: (title: string) => `Số lượng ${title}`,
    add: "Thêm vào giỏ hàng",
    added: "Đã thêm vào giỏ hàng",
    makerHeading: (name: string) => `Từ ${name}`,
    makerUnknown: "Sản phẩm khác",
    makerNote: "Mỗi hợp tác xã tự đóng gói và gửi phần hàng của mình.",
    itemTotal: "Tạm tính",
    shipping: "Phí giao hàng",
    shippingParcels: (n: number) => (n > 1 ? `Phí giao hàng (${n} gói)` : "Phí giao hàng"),
    parcelFee: "Phí giao gói này",
    parcelTotal: "Cộng gói này",
    shippingLater: "Tính ở bước đặt hàng",
    total: "Tổng cộng",
    checkout: "Tiến hành đặt hàng",
    continueShopping: "Tiếp tục mua sắm",
    viewCart: "Xem giỏ hàng",
    close: "Đóng",
    drawerTitle: "Giỏ hàng của bạn",
    errors: {
      outOfStock: "Rất tiếc, sản phẩm này không còn đủ hàng cho số lượng bạn chọn (hết hàng).",
      outOfStockLeft: (left: number) => (left > 0 ? `Rất tiếc, sản phẩm này chỉ còn ${left} — không đủ cho số lượng bạn chọn.` : "Rất tiếc, sản phẩm này đã hết hàng."),
      quantity: `Số lượng phải là số nguyên từ 1 đến 999.`,
      unknownVariant: "Vui lòng chọn loại sản phẩm.",
      cartGone: "Giỏ hàng đã hết hạn hoặc đã được đặt. Vui lòng thêm lại sản phẩm.",
      unavailable: "Chưa cập nhật được giỏ hàng. Vui lòng thử lại sau ít phút.",
      notOnSale: "Sản phẩm này hiện không bán trên cửa hàng.",
      busy: "Nhiều người đang mua cùng lúc nên giỏ hàng chưa được cập nhật. Vui lòng thử lại sau vài giây.",
    },
  },

  checkout: {
    title: "Đặt hàng",
    contactTitle: "Thông tin người nhận",
    fullName: "Họ và tên",
    phone: "Số điện thoại di động",
    phoneHint: "Ví dụ: 0905 123 456. Người giao hàng sẽ gọi số này.",
    email: "Email (không bắt buộc)",
    emailHint: "Để nhận xác nhận đơn hàng qua email.",
    addressTitle: "Địa chỉ nhận hàng",
    province: "Tỉnh/Thành phố",
    ward: "Phường/Xã/Đặc khu",
    wardPlaceholder: "Chọn phường/xã",
    street: "Số nhà, tên đường, thôn/tổ",
    note: "Ghi chú cho người giao hàng (không bắt buộc)",
    deliveryTitle: "Cách nhận hàng",
    delivery: {
      province: "Giao trong tỉnh Khánh Hòa",
      nationwide: "Giao toàn quốc",
      pickup: "Nhận tại điểm trưng bày của Hội LHPN tỉnh",
    },
    deliveryHint: {
      province: "Giao trong 1–2 ngày",
      nationwide: "Giao trong 3–5 ngày",
      pickup: "Nhận hàng trong giờ hành chính, không cần địa chỉ",
    },
    free: "Miễn phí",
    paymentTitle: "Thanh toán",
    payment: {
      cod: "Thanh toán khi nhận hàng (COD)",
      vietqr: "Chuyển khoản ngân hàng (VietQR)",
      stripe: "Thẻ quốc tế (Stripe)",
    },
    paymentHint: {
      cod: "Trả tiền mặt cho người giao hàng hoặc khi nhận tại điểm trưng bày.",
      vietqr: "Quét mã QR bằng ứng dụng ngân hàng sau khi đặt hàng; số tiền và nội dung chuyển khoản có sẵn.",
      stripe: "Visa, Mastercard… qua Stripe.",
    },
    summaryTitle: "Đơn hàng của bạn",
    parcelsNote: (n: number) =>
      n > 1
        ? `Đơn của bạn gồm ${n} gói: mỗi hợp tác xã tự gửi phần hàng của mình, mỗi gói tính một phí giao.`
        : "Hợp tác xã gửi đơn của bạn thành một gói, tính một phí giao.",
    perParcel: "/ gói",
    parcelFrom: "Gói của",
    unionParcel: "Gói của Hội LHPN tỉnh",
    parcelGoods: "tiền hàng",
    parcelFee: "phí giao",
    place: "Đặt hàng",
    placing: "Đang đặt hàng…",
    updating: "Đang cập nhật…",
    agree: "Khi đặt hàng, bạn đồng ý để hợp tác xã liên hệ qua số điện thoại trên để giao hàng.",
    noScript: "Trang này cần JavaScript để chọn phường/xã ngoài tỉnh Khánh Hòa; trong tỉnh bạn vẫn đặt được bình thường.",
    cardTitle: "Thông tin thẻ",
    payByCard: "Thanh toán",
    errors: {
      title: "Vui lòng kiểm tra lại:",
      fullName: "Vui lòng nhập họ và tên (2–100 ký tự).",
      phone: "Số điện thoại di động chưa đúng (10 số, bắt đầu bằng 03, 05, 07, 08 hoặc 09).",
      email: "Email chưa đúng định dạng.",
      province: "Vui lòng chọn tỉnh/thành phố.",
      ward: "Vui lòng chọn phường/xã thuộc tỉnh/thành phố đã chọn.",
      street: "Vui lòng nhập số nhà, tên đường (tối đa 200 ký tự).",
      note: "Ghi chú tối đa 500 ký tự.",
      delivery: "Vui lòng chọn cách nhận hàng phù hợp với địa chỉ.",
      payment: "Vui lòng chọn cách thanh toán.",
      outOfStock: "Rất tiếc, một số sản phẩm trong giỏ vừa hết hàng. Vui lòng xem lại giỏ hàng.",
      empty: "Giỏ hàng đang trống.",
      cardUnavailable: "Chưa kết nối được cổng thanh toán thẻ. Vui lòng chọn cách thanh toán khác.",
      failed: "Chưa đặt được đơn hàng. Giỏ hàng của bạn vẫn được giữ nguyên — vui lòng thử lại.",
      /** `detail`: the backend's sentence naming the products, e.g. “"Nước mắm…" hiện không bán trên cửa hàng” */
      notOnSale: (detail: string | null) =>
        `${detail ?? "Một sản phẩm trong giỏ hiện không bán trên cửa hàng"}. Vui lòng bỏ sản phẩm này khỏi giỏ hàng rồi đặt lại.`,
      busy: "Nhiều người đang đặt cùng sản phẩm này cùng lúc nên đơn hàng chưa được ghi. Giỏ hàng của bạn vẫn được giữ nguyên — vui lòng bấm “Đặt hàng” lại sau vài giây.",
      parcelsChanged: "Giỏ hàng vừa thay đổi nên phí giao của từng gói cần tính lại. Vui lòng xem lại tổng tiền rồi bấm “Đặt hàng”.",
    },
  },

  order: {
    title: (n: number) => `Đơn hàng #${n}`,
    thanks: "Cảm ơn bạn! Đơn hàng đã được ghi nhận.",
    number: "Mã đơn hàng",
    placedOn: "Ngày đặt",
    keepNumber: "Hãy giữ mã đơn hàng và số điện thoại để tra cứu đơn.",
    partsTitle: "Sản phẩm theo hợp tác xã",
    partNote: "Hợp tác xã sẽ gọi điện xác nhận và tự gửi phần hàng của mình.",
    deliveryTitle: "Giao hàng",
    paymentTitle: "Thanh toán",
    codAmount: (amount: string) => `Bạn sẽ trả ${amount} khi nhận hàng.`,
    codParcels: "Các gói đến riêng: bạn trả cho người giao mỗi gói đúng số tiền “Cộng gói này” của gói đó.",
    transferTitle: "Chuyển khoản bằng VietQR",
    transferLead: "Mở ứng dụng ngân hàng, chọn quét mã QR: số tiền và nội dung đã điền sẵn.",
    qrAlt: (amount: string) => `Mã VietQR chuyển khoản ${amount}`,
    bank: "Ngân hàng",
    account: "Số tài khoản",
    accountName: "Chủ tài khoản",
    amount: "Số tiền",
    transferText: "Nội dung chuyển khoản",
    transferAfter: "Đơn hàng được xử lý khi Hội nhận được tiền (thường trong giờ hành chính).",
    parcelStatus: Object.fromEntries(Object.entries(PARCEL_STATUS_LABELS).map(([k, v]) => [k, v.vi])) as Record<string, string>,
    paymentState: Object.fromEntries(Object.entries(PAYMENT_STATE_LABELS).map(([k, v]) => [k, v.vi])) as Record<string, string>,
    parcelStatusTitle: "Tình trạng gói",
    tracking: "Vận chuyển",
    shippedOn: (date: string) => `Gửi ngày ${date}`,
    deliveredOn: (date: string) => `Giao ngày ${date}`,
    cancelledReason: (reason: string) => `Lý do huỷ: ${reason}`,
    codCollect: (amount: string) => `Trả người giao gói này: ${amount}`,
    codCollected: (amount: string) => `Đã trả khi nhận: ${amount}`,
    orderCancelled: "Đơn hàng này đã được huỷ.",
    transferDueTitle: "Chưa nhận được chuyển khoản",
    amountDue: "Số tiền cần chuyển",
    saveQr: "Lưu ảnh mã QR",
    saveQrHint: "Lưu ảnh về điện thoại rồi mở ứng dụng ngân hàng, chọn quét QR từ ảnh.",
    copy: "Sao chép",
    copied: "Đã sao chép",
    copyLabel: (what: string) => `Sao chép ${what.toLowerCase()}`,
    copyHint: "Chạm vào số tài khoản, số tiền hoặc nội dung để chọn cả dòng rồi sao chép.",
    status: {
      not_paid: "Chưa thanh toán",
      awaiting: "Chờ thanh toán",
      authorized: "Chờ thu tiền",
      captured: "Đã thanh toán",
      partially_captured: "Đã thanh toán một phần",
      refunded: "Đã hoàn tiền",
      canceled: "Đã hủy",
      not_fulfilled: "Đang chuẩn bị hàng",
      partially_fulfilled: "Đã gửi một phần",
      fulfilled: "Đã đóng gói",
      shipped: "Đang giao",
      partially_shipped: "Đang giao một phần",
      delivered: "Đã giao",
      partially_delivered: "Đã giao một phần",
    } as Record<string, string>,
    awaitingTransfer: "Chờ chuyển khoản",
    collectOnDelivery: "Thu tiền khi giao hàng",
    lookupLink: "Tra cứu đơn hàng",
    notFound: "Không tìm thấy đơn hàng trên trình duyệt này. Bạn có thể tra cứu bằng mã đơn và số điện thoại.",
  },

  lookup: {
    title: "Tra cứu đơn hàng",
    lead: "Nhập mã đơn hàng (ví dụ 1024) và số điện thoại đã dùng khi đặt hàng.",
    orderNumber: "Mã đơn hàng",
    phone: "Số điện thoại",
    submit: "Tra cứu",
    notFound: "Không tìm thấy đơn hàng với mã và số điện thoại này.",
    tooMany: (minutes: number) => `Bạn đã thử quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`,
    invalid: "Vui lòng nhập mã đơn hàng (chỉ gồm chữ số) và số điện thoại.",
    unavailable: "Chưa tra cứu được lúc này. Vui lòng thử lại sau.",
    cancelTitle: "Huỷ đơn hàng",
    cancelLead: "Bạn có thể tự huỷ đơn khi chưa hợp tác xã nào bắt đầu đóng gói và bạn chưa thanh toán. Hàng giữ cho đơn được trả lại.",
    cancelReason: "Lý do (không bắt buộc)",
    cancelConfirm: "Tôi muốn huỷ đơn hàng này",
    cancelSubmit: "Huỷ đơn hàng",
    cancelDone: "Đơn hàng đã được huỷ. Các hợp tác xã sẽ không gửi hàng.",
    cancelRefused: "Không huỷ được đơn hàng này. Vui lòng liên hệ Hội LHPN tỉnh.",
    cancelReasonInvalid: "Lý do huỷ quá dài (tối đa 300 ký tự).",
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
