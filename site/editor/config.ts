/**
 * The editor's collections (Keystatic): every field of site/lib/content-schemas.ts with a
 * Vietnamese label and help text. Shared by the browser app (site/editor/app.tsx, with the real
 * pickers) and the server (its API handler needs the paths; its pickers are never drawn there).
 * tests/unit/editor-schema-parity.test.ts fails when these fields and the content schemas drift.
 *
 * File layout as in content/ (site/lib/editor/entries.ts): stories/<slug>/index.md with its cover
 * beside it, events/<slug>.md, pages/vi|en/<slug>.md. Slugs come from the title with Vietnamese
 * folded to ASCII (the storefront's own slugify), and Keystatic refuses one already taken.
 */
import { collection, config, fields, type Config } from "@keystatic/core"
import { HANDLE_PATTERN } from "../lib/content-schemas"
import { slugify } from "../lib/text"
import { calendarDate, coverImage, handleList, handlePicker, trimmedText, type PickerInputs } from "./fields"

const slugRule = {
  length: { min: 1, max: 100 },
  pattern: { regex: HANDLE_PATTERN, message: "Chỉ chữ thường không dấu, số và gạch ngang (ví dụ: chi-em-lam-nuoc-mam)." },
}
const text = (label: string, description: string, min: number, max?: number, multiline = false) =>
  fields.text({ label, description, multiline, validation: { length: { min, max } } })
/** The storefront's slugify (Vietnamese folded to ASCII), at most 100 characters. */
export const generateSlug = (title: string) => slugify(title).slice(0, 100).replace(/-+$/, "")

const markdownBody = (description: string) =>
  fields.markdoc({
    label: "Nội dung",
    description,
    extension: "md",
    // What the storefront renders well: no raw HTML, tables, code or images inside the text.
    options: { image: false, table: false, codeBlock: false, code: false },
  })

const pageFields = (lang: "vi" | "en") => ({
  title: fields.slug({
    name: { label: "Tiêu đề trang", description: "3–120 ký tự; hiện trên thẻ trình duyệt và đầu trang.", validation: { length: { min: 3, max: 120 } } },
    slug: { label: "Tên tệp", description: "Tạo từ tiêu đề; nên giống đường dẫn bên dưới.", generate: generateSlug, validation: slugRule },
  }),
  description: text("Mô tả ngắn", "20–300 ký tự; dùng cho Google, Zalo và Facebook khi chia sẻ.", 20, 300, true),
  lang: fields.select({
    label: "Ngôn ngữ",
    description: "Cố định theo mục này.",
    options: lang === "vi" ? [{ label: "Tiếng Việt", value: "vi" }] : [{ label: "Tiếng Anh", value: "en" }],
    defaultValue: lang,
  }),
  slug: fields.text({
    label: "Đường dẫn",
    description: lang === "vi" ? "Trang có địa chỉ /<đường dẫn>, ví dụ lien-he → /lien-he." : "Trang có địa chỉ /en/<đường dẫn>, ví dụ contact → /en/contact.",
    validation: { length: { min: 1, max: 100 }, pattern: slugRule.pattern },
  }),
  translationKey: text("Mã ghép bản dịch", "Trang tiếng Việt và trang tiếng Anh của cùng một nội dung dùng chung mã này (ví dụ: contact).", 2, 60),
  order: fields.integer({ label: "Thứ tự ở chân trang", description: "Số nhỏ đứng trước; để trống là 100.", defaultValue: 100 }),
  body: markdownBody("Nội dung trang."),
})

export function editorCollections(inputs?: PickerInputs) {
  return {
    stories: collection({
      label: "Câu chuyện",
      path: "stories/*/",
      slugField: "title",
      format: { contentField: "body" },
      entryLayout: "content",
      columns: ["title", "publishedOn"],
      previewUrl: "/bien-tap/xem-truoc/stories/{slug}",
      schema: {
        title: fields.slug({
          name: { label: "Tiêu đề", description: "5–120 ký tự. Đường dẫn của câu chuyện được tạo từ tiêu đề.", validation: { length: { min: 5, max: 120 } } },
          slug: {
            label: "Đường dẫn",
            description: "Tạo tự động từ tiêu đề, bỏ dấu (ví dụ: “Chị em làm nước mắm” → chi-em-lam-nuoc-mam). Đổi đường dẫn của bài đã đăng sẽ làm hỏng các liên kết đã chia sẻ.",
            generate: generateSlug,
            validation: slugRule,
          },
        }),
        summary: text("Tóm tắt", "20–300 ký tự; hiện trong danh sách câu chuyện và khi chia sẻ lên Zalo, Facebook.", 20, 300, true),
        cooperative: handlePicker({
          kind: "cooperative",
          label: "Hợp tác xã",
          description: "Hợp tác xã mà câu chuyện kể về (chọn trong danh sách đang hoạt động trên cửa hàng).",
          inputs,
        }),
        products: handleList({
          kind: "product",
          label: "Sản phẩm giới thiệu",
          description: "Không bắt buộc. Sản phẩm đang bán hiện ở cuối câu chuyện và trên trang sản phẩm.",
          inputs,
        }),
        area: text("Địa bàn", "Xã, phường nơi hợp tác xã hoạt động, ví dụ: Xã Ninh Phước.", 2, 80),
        author: text("Người viết", "Tên người hoặc ban viết bài, ví dụ: Ban Tuyên giáo Hội LHPN tỉnh.", 2, 120),
        publishedOn: calendarDate({ label: "Ngày đăng", description: "Hiện dưới tiêu đề; câu chuyện mới nhất đứng đầu.", defaultValue: { kind: "today" }, validation: { isRequired: true } }),
        cover: coverImage({ label: "Ảnh bìa", description: "JPEG, PNG, WebP hoặc AVIF, tối đa 15 MB, cạnh ngắn ít nhất 200 điểm ảnh. Ảnh được xoay đúng chiều và xoá thông tin GPS khi lưu." }),
        coverAlt: trimmedText("Mô tả ảnh bìa (bắt buộc)", "Tả ngắn điều ảnh cho thấy, cho người khiếm thị và khi ảnh không tải được (ít nhất 5 ký tự).", 5),
        tags: fields.array(fields.text({ label: "Chủ đề", validation: { length: { min: 2, max: 40 } } }), {
          label: "Chủ đề",
          description: "Ví dụ: nước mắm, ocop, làng biển. Mỗi chủ đề có trang riêng.",
          itemLabel: (props) => props.value || "Chủ đề mới",
        }),
        draft: fields.checkbox({ label: "Ẩn khỏi trang công khai", description: "Giữ câu chuyện ẩn kể cả sau khi xuất bản.", defaultValue: false }),
        body: markdownBody("Nội dung câu chuyện. Dùng tiêu đề mục (##) cho từng phần."),
      },
    }),
    events: collection({
      label: "Sự kiện",
      path: "events/*",
      slugField: "name",
      format: { contentField: "body" },
      entryLayout: "content",
      columns: ["name", "startsOn"],
      previewUrl: "/bien-tap/xem-truoc/events/{slug}",
      schema: {
        name: fields.slug({
          name: { label: "Tên sự kiện", description: "5–160 ký tự.", validation: { length: { min: 5, max: 160 } } },
          slug: { label: "Tên tệp", description: "Tạo tự động từ tên sự kiện, bỏ dấu.", generate: generateSlug, validation: slugRule },
        }),
        startsOn: calendarDate({ label: "Ngày bắt đầu", validation: { isRequired: true } }),
        endsOn: calendarDate({ label: "Ngày kết thúc", description: "Không trước ngày bắt đầu; sự kiện một ngày thì giống ngày bắt đầu.", validation: { isRequired: true } }),
        place: text("Địa điểm", "Ví dụ: Nhà văn hóa phường Ninh Hòa.", 3, 160),
        area: text("Xã, phường", "Xã, phường nơi tổ chức.", 2, 80),
        cooperatives: handleList({
          kind: "cooperative",
          label: "Hợp tác xã tham gia",
          description: "Không bắt buộc. Sự kiện hiện trên trang của từng hợp tác xã.",
          inputs,
        }),
        summary: text("Tóm tắt", "20–300 ký tự.", 20, 300, true),
        body: markdownBody("Chương trình, gian hàng, giờ mở cửa…"),
      },
    }),
    "pages-vi": collection({
      label: "Trang thông tin (tiếng Việt)",
      path: "pages/vi/*",
      slugField: "title",
      format: { contentField: "body" },
      columns: ["title", "order"],
      previewUrl: "/bien-tap/xem-truoc/pages-vi/{slug}",
      schema: pageFields("vi"),
    }),
    "pages-en": collection({
      label: "Trang thông tin (tiếng Anh)",
      path: "pages/en/*",
      slugField: "title",
      format: { contentField: "body" },
      columns: ["title", "order"],
      previewUrl: "/bien-tap/xem-truoc/pages-en/{slug}",
      schema: pageFields("en"),
    }),
  }
}

export function editorConfig(inputs?: PickerInputs): Config<ReturnType<typeof editorCollections>, {}> {
  return config({
    storage: { kind: "local" },
    // Keystatic has no Vietnamese of its own: site/editor/keystatic-patches.ts adds its words; vi-VN also gives dd/mm/yyyy dates
    locale: "vi-VN" as "en-US",
    ui: { brand: { name: "Biên tập — Chợ HTX Khánh Hòa" } },
    collections: editorCollections(inputs),
  })
}
