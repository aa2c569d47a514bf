/**
 * The front matter of the editorial collections, in one place: site/content.config.ts builds the
 * Astro collections from these, the editor checks an entry against them before it is published
 * (site/lib/editor/validate.ts), and a test holds the editor's fields (site/editor/fields.ts) to
 * them (tests/unit/editor-schema-parity.test.ts). No `astro:` imports, so the server can use them
 * at run time too.
 */
import { z } from "astro/zod"

export const HANDLE_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/
export const handle = z.string().regex(HANDLE_PATTERN, { error: "phải là mã đường dẫn (chữ thường không dấu, số, gạch ngang)" })
const dateError = { error: "ngày không hợp lệ — dùng dạng YYYY-MM-DD" }

/** "2025-10-15" is a day on the calendar; "2025-02-30" and "2025-13-01" are not. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const d = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value
}

/** A YAML date (2025-10-15, read as a Date) or the same as a quoted string; a day not on the calendar is refused. */
export const isoDate = z
  .union([z.date(), z.string().refine(isCalendarDate, dateError)], dateError)
  .pipe(z.coerce.date(dateError))
  .refine((d) => !Number.isNaN(d.getTime()), dateError)

/** `image` is Astro's `image()` at build time; a check of the file name when the editor validates a draft. */
export const storySchema = <Image extends z.ZodType>(image: () => Image) =>
  z.object({
    title: z.string().min(5, { error: "tiêu đề quá ngắn" }).max(120),
    summary: z.string().min(20, { error: "tóm tắt quá ngắn" }).max(300),
    cooperative: handle,
    products: z.array(handle).default([]),
    /** ward/commune or area, e.g. "Xã Ninh Phước" */
    area: z.string().min(2),
    author: z.string().min(2),
    publishedOn: isoDate,
    cover: image(),
    coverAlt: z.string().trim().min(5, { error: "ảnh bìa cần mô tả (alt) cho người khiếm thị" }),
    tags: z.array(z.string().min(2)).default([]),
    draft: z.boolean().default(false),
  })

export const eventSchema = z
  .object({
    name: z.string().min(5).max(160),
    startsOn: isoDate,
    endsOn: isoDate,
    place: z.string().min(3),
    /** ward/commune of the place, for filtering and JSON-LD */
    area: z.string().min(2),
    cooperatives: z.array(handle).default([]),
    summary: z.string().min(20).max(300),
  })
  .refine((e) => e.endsOn.getTime() >= e.startsOn.getTime(), { error: "ngày kết thúc phải sau ngày bắt đầu", path: ["endsOn"] })

export const pageSchema = z.object({
  title: z.string().min(3).max(120),
  description: z.string().min(20).max(300),
  lang: z.enum(["vi", "en"]),
  /** URL path segment: /<slug> in Vietnamese, /en/<slug> in English */
  slug: handle,
  /** the same page in the other language shares this key */
  translationKey: z.string().min(2),
  /** order in the footer menu */
  order: z.number().int().default(100),
})
