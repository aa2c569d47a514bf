/** Copy for stories, events, information pages and sharing, per language. */
import type { Locale } from "./index"

const vi = {
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
  pages: {
    footerTitle: "Thông tin",
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
}

export type ContentMessages = typeof vi

const en: ContentMessages = {
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
  pages: {
    footerTitle: "Information",
  },
  share: {
    title: "Share",
    zalo: "Share on Zalo",
    facebook: "Share on Facebook",
    copy: "Copy link",
    copied: "Link copied",
    zaloHint: "Link copied — paste it into Zalo to send it.",
    chatZalo: "Chat on Zalo",
  },
}

export function contentMessages(locale: Locale): ContentMessages {
  return locale === "en" ? en : vi
}
