/** Vietnamese text handling, in one place. */

/** Vietnamese arrives as NFC or NFD depending on keyboard and copy-paste. */
export function nfc(text: string): string {
  return text.normalize("NFC")
}

/** "Nước mắm Đặc biệt" → "nuoc-mam-dac-biet": for URLs of tags and areas. */
export function slugify(text: string): string {
  return nfc(text)
    .toLowerCase()
    .replace(/đ/g, "d")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
}
