/** Suggestions for the header search box, as JSON with links ready to follow. */
import type { APIRoute } from "astro"
import { formatVnd } from "../../../lib/format"
import { paths, t } from "../../../lib/i18n"
import { suggestSearch } from "../../../lib/search"

export const prerender = false

export const GET: APIRoute = async ({ url }) => {
  const locale = url.searchParams.get("locale") === "en" ? "en" : "vi"
  const m = t(locale).search
  const searchPath = paths.search(locale)
  try {
    const s = await suggestSearch(url.searchParams.get("q") ?? "")
    return Response.json(
      {
        phrases: s.phrases.map((phrase) => ({ label: m.searchFor(phrase), href: `${searchPath}?q=${encodeURIComponent(phrase)}` })),
        categories: s.categories.map((c) => ({ label: `${m.inCategory}: ${c.name}`, href: `${searchPath}?category=${encodeURIComponent(c.handle)}` })),
        products: s.products.map((p) => ({
          label: p.title,
          href: paths.product(locale, p.handle),
          thumbnail: p.thumbnail,
          price: p.price === null ? null : formatVnd(p.price),
        })),
      },
      { headers: { "cache-control": "no-store" } }
    )
  } catch {
    // Suggestions are a convenience: when the backend is down the box still submits to the search page.
    return Response.json({ phrases: [], categories: [], products: [] }, { status: 503, headers: { "cache-control": "no-store" } })
  }
}
