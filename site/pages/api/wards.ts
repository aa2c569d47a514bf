/** GET /api/wards?province=56 — the wards/communes of a province (2025 units), for the checkout's address picker. */
import type { APIRoute } from "astro"
import { provinceName, wardsOf } from "../../lib/address"

export const prerender = false

export const GET: APIRoute = ({ url }) => {
  const code = url.searchParams.get("province") ?? ""
  if (!provinceName(code)) {
    return Response.json({ message: "Mã tỉnh/thành phố không đúng. / Unknown province code." }, { status: 400 })
  }
  // The units change by resolution, not by the hour: let browsers and proxies keep them a day.
  return Response.json(wardsOf(code), { headers: { "cache-control": "public, max-age=86400" } })
}
