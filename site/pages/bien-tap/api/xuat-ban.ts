import type { APIRoute } from "astro"
import { parseEntryKey } from "../../../lib/editor/entries"
import { PublishRefused, requestPublish } from "../../../lib/editor/publish"

/**
 * POST /bien-tap/api/xuat-ban {"entry": "stories/<slug>"} — publish a draft (or a removal): 202 with
 * the request id once it is queued for the background rebuild; 400 with the problems, each naming
 * the file and the field, when the draft cannot be published.
 */
export const POST: APIRoute = async ({ request, locals }) => {
  const body = (await request.json().catch(() => null)) as { entry?: unknown } | null
  const ref = typeof body?.entry === "string" ? parseEntryKey(body.entry) : null
  if (!ref) return Response.json({ message: "Thiếu hoặc sai mã bài (ví dụ: stories/ten-bai).", message_en: "Missing or malformed entry." }, { status: 400 })
  try {
    const queued = await requestPublish(ref, locals.editor!.user)
    return Response.json({ id: queued.id, entry: queued.entry, action: queued.action }, { status: 202 })
  } catch (e) {
    if (!(e instanceof PublishRefused)) throw e
    return Response.json({ message: "Chưa xuất bản được. / Not published.", problems: e.problems }, { status: e.status })
  }
}
