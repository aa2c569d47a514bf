import { markdownToHtml } from "satteri"
import { describe, expect, it } from "vitest"
import { isSafeUrl, safeHtml } from "../../site/lib/markdown"
import { serializeJsonLd } from "../../site/lib/seo"

const render = async (md: string): Promise<string> => {
  const out: unknown = await Promise.resolve(markdownToHtml(md, { hastPlugins: [safeHtml] }))
  return typeof out === "string" ? out : (out as { html: string }).html
}

describe("editorial Markdown cannot run code in a buyer's browser", () => {
  it("shows raw HTML, <script> included, as text", async () => {
    const html = await render('Ngon <script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n<iframe src="https://evil.example"></iframe>')
    expect(html).not.toMatch(/<script|<img src=x|<iframe/)
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;")
  })

  it("drops javascript:, vbscript: and data: links and images, also when disguised", async () => {
    const html = await render(
      "[a](javascript:alert(1)) [b](JAVASCRIPT:alert(1)) [c](vbscript:x) ![d](data:text/html;base64,PHNjcmlwdD4=) [e](java%0Ascript:alert(1))"
    )
    expect(html).not.toMatch(/href="(javascript|vbscript|data):/i)
    expect(html).not.toMatch(/src="data:/i)
    for (const bad of ["javascript:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)", "data:text/html,x"]) expect(isSafeUrl(bad), bad).toBe(false)
  })

  it("keeps ordinary links, images and formatting", async () => {
    const html = await render("## Tiêu đề\n\n**đậm** [Hội LHPN](https://example.vn/hoi) [gọi](tel:0258300000) [trang](/san-pham) ![ảnh](./anh.webp)")
    expect(html).toContain('<a href="https://example.vn/hoi">Hội LHPN</a>')
    expect(html).toContain('href="tel:0258300000"')
    expect(html).toContain('href="/san-pham"')
    expect(html).toContain("<strong>đậm</strong>")
  })
})

describe("JSON-LD", () => {
  it("cannot be closed early by text containing </script>", () => {
    const json = serializeJsonLd({ name: "</script><script>alert(1)</script>" })
    expect(json).not.toContain("</script>")
    expect(JSON.parse(json).name).toBe("</script><script>alert(1)</script>")
  })
})
