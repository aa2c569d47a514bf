/** Reads of the editorial collections (content/): stories, events and information pages. */
import { getCollection, type CollectionEntry } from "astro:content"
import type { Locale } from "./i18n"
import { slugify } from "./text"

export type Story = CollectionEntry<"stories">
export type Event = CollectionEntry<"events">
export type InfoPage = CollectionEntry<"pages">

/** Published stories (drafts never reach the site), newest first. */
export async function listStories(): Promise<Story[]> {
  const stories = await getCollection("stories", (s) => !s.data.draft)
  return stories.sort((a, b) => b.data.publishedOn.getTime() - a.data.publishedOn.getTime())
}

export async function storiesForCooperative(handle: string): Promise<Story[]> {
  return (await listStories()).filter((s) => s.data.cooperative === handle)
}

/** The maker's story for a product page: one that features the product, else the cooperative's newest. */
export async function storyForProduct(productHandle: string, cooperativeHandle: string | undefined): Promise<Story | null> {
  const stories = await listStories()
  return stories.find((s) => s.data.products.includes(productHandle)) ?? stories.find((s) => s.data.cooperative === cooperativeHandle) ?? null
}

export interface Facet {
  label: string
  slug: string
  count: number
}

function facets(values: string[]): Facet[] {
  const counts = new Map<string, Facet>()
  for (const label of values) {
    const slug = slugify(label)
    const f = counts.get(slug) ?? { label, slug, count: 0 }
    f.count++
    counts.set(slug, f)
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, "vi"))
}

export const storyTags = (stories: Story[]) => facets(stories.flatMap((s) => s.data.tags))
export const storyAreas = (stories: Story[]) => facets(stories.map((s) => s.data.area))

/** Events split around `now` (an event is upcoming until its last day has passed). */
export async function listEvents(now = new Date()): Promise<{ upcoming: Event[]; past: Event[] }> {
  const events = await getCollection("events")
  const endOfLastDay = (e: Event) => e.data.endsOn.getTime() + 24 * 3600 * 1000
  const upcoming = events.filter((e) => endOfLastDay(e) > now.getTime()).sort((a, b) => a.data.startsOn.getTime() - b.data.startsOn.getTime())
  const past = events.filter((e) => endOfLastDay(e) <= now.getTime()).sort((a, b) => b.data.startsOn.getTime() - a.data.startsOn.getTime())
  return { upcoming, past }
}

export async function eventsForCooperative(handle: string, now = new Date()): Promise<Event[]> {
  return (await listEvents(now)).upcoming.filter((e) => e.data.cooperatives.includes(handle))
}

export async function listInfoPages(locale: Locale): Promise<InfoPage[]> {
  return (await getCollection("pages", (p) => p.data.lang === locale)).sort((a, b) => a.data.order - b.data.order)
}

/** The same information page in the other language, if it exists. */
export async function infoPageAlternate(page: InfoPage): Promise<InfoPage | undefined> {
  const other = page.data.lang === "vi" ? "en" : "vi"
  return (await getCollection("pages", (p) => p.data.lang === other && p.data.translationKey === page.data.translationKey))[0]
}

/** The cover's file on disk (for share images), from the story's own front matter. */
export async function storyCoverFile(story: Story): Promise<string | null> {
  if (!story.filePath) return null
  const { readFile } = await import("node:fs/promises")
  const path = await import("node:path")
  const source = await readFile(story.filePath, "utf8")
  const cover = /^cover:\s*["']?([^"'\n]+?)["']?\s*$/m.exec(source)?.[1]
  return cover ? path.resolve(path.dirname(story.filePath), cover) : null
}
