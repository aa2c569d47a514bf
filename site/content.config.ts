/**
 * Editorial content: stories about model cooperatives, events (fairs, markets, trade forums)
 * and information pages. Markdown under content/, images next to it. Stories and events name
 * cooperatives and products by handle; those handles are checked against Medusa when the site
 * is built (see lib/content-references.ts).
 */
import { defineCollection } from "astro:content"
import { glob } from "astro/loaders"
import { z } from "astro/zod"
import { withReferenceCheck } from "./lib/content-references"

const contentDir = process.env.CONTENT_DIR || "./content"
const handle = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "phải là mã đường dẫn (chữ thường không dấu, số, gạch ngang)" })
const isoDate = z.coerce.date({ error: "ngày không hợp lệ — dùng dạng YYYY-MM-DD" })

const stories = defineCollection({
  loader: withReferenceCheck(glob({ base: `${contentDir}/stories`, pattern: "**/*.md" }), (data) => [
    { field: "cooperative", kind: "cooperative", handles: [data.cooperative as string] },
    { field: "products", kind: "product", handles: (data.products as string[] | undefined) ?? [] },
  ]),
  schema: ({ image }) =>
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
    }),
})

const events = defineCollection({
  loader: withReferenceCheck(glob({ base: `${contentDir}/events`, pattern: "**/*.md" }), (data) => [
    { field: "cooperatives", kind: "cooperative", handles: (data.cooperatives as string[] | undefined) ?? [] },
  ]),
  schema: z
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
    .refine((e) => e.endsOn.getTime() >= e.startsOn.getTime(), { error: "ngày kết thúc phải sau ngày bắt đầu", path: ["endsOn"] }),
})

const pages = defineCollection({
  loader: glob({ base: `${contentDir}/pages`, pattern: "**/*.md" }),
  schema: z.object({
    title: z.string().min(3).max(120),
    description: z.string().min(20).max(300),
    lang: z.enum(["vi", "en"]),
    /** URL path segment: /<slug> in Vietnamese, /en/<slug> in English */
    slug: handle,
    /** the same page in the other language shares this key */
    translationKey: z.string().min(2),
    /** order in the footer menu */
    order: z.number().int().default(100),
  }),
})

export const collections = { stories, events, pages }
