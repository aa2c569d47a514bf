/**
 * The sitemap, built on request so that new products and cooperatives appear at once. Every URL
 * lists its Vietnamese and English versions (hreflang alternates).
 */
import type { APIRoute } from "astro"
import { listCooperatives, listProductHandles } from "../lib/catalog"
import { listInfoPages, listStories, storyAreas, storyTags } from "../lib/content"
import { alternatePath, paths } from "../lib/i18n"

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")

export const GET: APIRoute = async ({ site }) => {
  const base = site ?? new URL("http://localhost:4321")
  const abs = (p: string) => new URL(p, base).href
  const urls: { vi: string; en: string; lastmod?: string }[] = []
  const both = (viPath: string, lastmod?: string) => urls.push({ vi: viPath, en: alternatePath(viPath), lastmod })

  for (const p of [paths.home("vi"), paths.products("vi"), paths.cooperatives("vi"), paths.stories("vi"), paths.events("vi")]) both(p)
  const [products, cooperatives, stories, viPages, enPages] = await Promise.all([
    listProductHandles(),
    listCooperatives(),
    listStories(),
    listInfoPages("vi"),
    listInfoPages("en"),
  ])
  for (const p of products) both(paths.product("vi", p.handle), p.updatedAt?.slice(0, 10))
  for (const c of cooperatives) both(paths.cooperative("vi", c.handle))
  for (const s of stories) both(paths.story("vi", s.id), s.data.publishedOn.toISOString().slice(0, 10))
  for (const f of storyTags(stories)) both(paths.storiesByTag("vi", f.slug))
  for (const f of storyAreas(stories)) both(paths.storiesByArea("vi", f.slug))
  for (const page of viPages) {
    const en = enPages.find((e) => e.data.translationKey === page.data.translationKey)
    urls.push({ vi: paths.page("vi", page.data.slug), en: en ? paths.page("en", en.data.slug) : paths.home("en") })
  }

  const entry = (loc: string, u: (typeof urls)[number]) =>
    `<url><loc>${escape(abs(loc))}</loc>${u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ""}` +
    `<xhtml:link rel="alternate" hreflang="vi" href="${escape(abs(u.vi))}"/><xhtml:link rel="alternate" hreflang="en" href="${escape(abs(u.en))}"/></url>`
  const body =
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n` +
    urls.flatMap((u) => [entry(u.vi, u), entry(u.en, u)]).join("\n") +
    "\n</urlset>\n"
  return new Response(body, { headers: { "content-type": "application/xml; charset=utf-8", "cache-control": "public, max-age=300" } })
}
