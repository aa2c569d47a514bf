/**
 * Editorial content: stories about model cooperatives, events (fairs, markets, trade forums)
 * and information pages. Markdown under content/ (CONTENT_DIR), images next to it; the front
 * matter schemas live in lib/content-schemas.ts (shared with the editor at /bien-tap). Stories and
 * events name cooperatives and products by handle; those handles are checked against Medusa when
 * the site is built (see lib/content-references.ts).
 */
import { defineCollection } from "astro:content"
import { glob } from "astro/loaders"
import { eventSchema, pageSchema, storySchema } from "./lib/content-schemas"
import { eventReferences, storyReferences, withReferenceCheck } from "./lib/content-references"

const contentDir = process.env.CONTENT_DIR || "./content"

const stories = defineCollection({
  loader: withReferenceCheck(glob({ base: `${contentDir}/stories`, pattern: "**/*.md" }), storyReferences),
  schema: ({ image }) => storySchema(image),
})

const events = defineCollection({
  loader: withReferenceCheck(glob({ base: `${contentDir}/events`, pattern: "**/*.md" }), eventReferences),
  schema: eventSchema,
})

const pages = defineCollection({
  loader: glob({ base: `${contentDir}/pages`, pattern: "**/*.md" }),
  schema: pageSchema,
})

export const collections = { stories, events, pages }
