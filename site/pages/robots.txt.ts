import type { APIRoute } from "astro"

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL("/sitemap.xml", site ?? "http://localhost:4321").href
  return new Response(`User-agent: *\nAllow: /\nDisallow: /kenh-htx\nDisallow: /bien-tap\nDisallow: /keystatic\nDisallow: /api/keystatic\n\nSitemap: ${sitemap}\n`, { headers: { "content-type": "text/plain; charset=utf-8" } })
}
