/**
 * Reading a posted form (urlencoded or multipart) on a page. A body that cannot be parsed — a
 * malformed or cut-off multipart upload, a wrong boundary, a bad content type — is the sender's
 * problem: `readForm` throws `UnreadableFormError`, which the middleware (site/middleware.ts) answers
 * with a 400 page in Vietnamese and English instead of Astro's 500.
 */
export class UnreadableFormError extends Error {
  readonly status = 400
  constructor(cause: unknown) {
    super("Không đọc được dữ liệu biểu mẫu gửi lên. / The submitted form data could not be read.", { cause })
    this.name = "UnreadableFormError"
  }
}

export async function readForm(request: Request): Promise<FormData> {
  try {
    return await request.formData()
  } catch (e) {
    throw new UnreadableFormError(e)
  }
}

export function isUnreadableForm(e: unknown): e is UnreadableFormError {
  return e instanceof UnreadableFormError || (e as { name?: string } | null)?.name === "UnreadableFormError"
}

const escape = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)

/** The answer to an unreadable form: 400, what happened, what to do, and the way back to the page. */
export function unreadableFormResponse(url: URL): Response {
  const back = escape(url.pathname + url.search)
  const html = `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Không đọc được biểu mẫu</title></head>
<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;line-height:1.5">
<h1>Không đọc được dữ liệu gửi lên</h1>
<p>Biểu mẫu hoặc tệp gửi lên bị hỏng hoặc không đầy đủ (có thể do mạng bị gián đoạn khi đang tải lên). Chưa có gì được lưu. Vui lòng quay lại trang và gửi lại.</p>
<p lang="en">The submitted form or file was malformed or incomplete (perhaps the connection dropped during the upload). Nothing was saved. Please go back to the page and send it again.</p>
<p><a href="${back}">Quay lại trang / Back to the page</a></p>
</body>
</html>`
  return new Response(html, {
    status: 400,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      // a page built here, not by Astro: its own policy (nothing runs; its one style attribute applies)
      "content-security-policy": "default-src 'none'; style-src-attr 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    },
  })
}
