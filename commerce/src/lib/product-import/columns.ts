/**
 * The columns of a product import spreadsheet. Headers are Vietnamese; the English alias is
 * accepted too, and both are matched without regard to case, tones or extra spaces.
 * One row = one variant; rows with the same handle (or, without handle, the same title) are
 * one product. Product-level cells may be left empty on a product's second and later rows.
 */
export const IMPORT_COLUMNS = [
  { key: "handle", vi: "Mã sản phẩm", en: "handle", level: "product", required: false, example: "nuoc-mam-ca-com-demo", help: "Đường dẫn sản phẩm (chữ thường không dấu, gạch nối). Bỏ trống: tạo từ tên." },
  { key: "title", vi: "Tên sản phẩm", en: "title", level: "product", required: true, example: "Nước mắm cá cơm 40 độ đạm (demo)", help: "Bắt buộc." },
  { key: "description", vi: "Mô tả", en: "description", level: "product", required: false, example: "Ủ chượp 12 tháng trong thùng gỗ.", help: "Văn bản thuần, không HTML." },
  { key: "category", vi: "Danh mục", en: "category", level: "product", required: true, example: "Nước mắm & gia vị", help: "Tên hoặc mã (handle) của một danh mục có sẵn." },
  { key: "variant", vi: "Loại", en: "variant", level: "variant", required: false, example: "Chai 500 ml", help: "Tên loại (dung tích, khối lượng, kích cỡ). Bỏ trống: “Mặc định”." },
  { key: "sku", vi: "SKU", en: "sku", level: "variant", required: true, example: "NMVN-500", help: "Mã hàng, duy nhất trong cả cửa hàng." },
  { key: "price", vi: "Giá (đồng)", en: "price", level: "variant", required: true, example: "85000", help: "Số đồng, không lẻ; chấp nhận 85.000 hoặc 85000." },
  { key: "stock", vi: "Tồn kho", en: "stock", level: "variant", required: true, example: "120", help: "Số nguyên từ 0, tại kho của Hội." },
  { key: "ocop_stars", vi: "Hạng OCOP (sao)", en: "ocop_stars", level: "product", required: false, example: "4", help: "3, 4 hoặc 5; bỏ trống nếu chưa có OCOP." },
  { key: "ocop_certificate_number", vi: "Số giấy chứng nhận OCOP", en: "ocop_certificate_number", level: "product", required: false, example: "OCOP-KH-2025-0123", help: "Bắt buộc khi có hạng OCOP." },
  { key: "ocop_issuing_level", vi: "Cấp công nhận OCOP", en: "ocop_issuing_level", level: "product", required: false, example: "tỉnh", help: "“tỉnh” (3–4 sao) hoặc “trung ương” (5 sao); bỏ trống: theo hạng sao." },
  { key: "ocop_issued_on", vi: "Ngày công nhận OCOP", en: "ocop_issued_on", level: "product", required: false, example: "15/03/2025", help: "dd/mm/yyyy; bắt buộc khi có hạng OCOP." },
  { key: "images", vi: "Ảnh", en: "images", level: "product", required: false, example: "nuoc-mam-1.jpg; nuoc-mam-2.jpg", help: "Tên tệp ảnh (JPEG, PNG, WebP), cách nhau bởi dấu chấm phẩy; ảnh đầu là ảnh đại diện." },
] as const

export type ImportColumnKey = (typeof IMPORT_COLUMNS)[number]["key"]

export const COLUMN_BY_KEY: Record<ImportColumnKey, (typeof IMPORT_COLUMNS)[number]> = Object.fromEntries(
  IMPORT_COLUMNS.map((c) => [c.key, c])
) as never

/** Limits of one import: a whole file is validated in memory before anything is written. */
export const IMPORT_LIMITS = {
  maxFileBytes: 10 * 1024 * 1024,
  maxRows: 25_000,
  /** one picture: the photo pipeline's own limit (PHOTO_LIMITS.maxBytes in lib/photos.ts), a phone photo */
  maxImageBytes: 15 * 1024 * 1024,
  maxImagesBytes: 200 * 1024 * 1024,
}
