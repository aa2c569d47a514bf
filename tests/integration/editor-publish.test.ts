/**
 * Saving and publishing in the editor against the real stack: what a save may write, drafts
 * never public, a publish checked against Medusa (the message names the file and the field), a
 * stale save refused, a failed rebuild leaving the live site serving, and publishes in a row
 * coalescing into one background rebuild that goes live without a restart, recorded as git
 * commits with the editor as author.
 */
import { execFileSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import sharp from "sharp"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { DEMO_COOPERATIVES } from "../../commerce/src/scripts/demo-catalog/cooperatives"
import { DEMO_PRODUCTS } from "../../commerce/src/scripts/demo-catalog/products"
import { admin, page, stack } from "../support/api"
import { base64, editorFetch, editorSignIn, keystatic } from "../support/editor"

const BUILD_WAIT = { timeout: 170_000, interval: 1000 }
const cooperative = DEMO_COOPERATIVES.find((c) => c.status === "active")!.handle
const product = DEMO_PRODUCTS.filter((p) => p.status === "published" && p.cooperative_handle === cooperative).at(-1)!.handle
const tag = Date.now().toString(36)

const storyMarkdown = (title: string, extra: Record<string, string> = {}) =>
  [
    "---",
    `title: ${JSON.stringify(title)}`,
    'summary: "Câu chuyện kiểm thử trang biên tập: soạn, xem trước và xuất bản từ trình duyệt."',
    `cooperative: ${extra.cooperative ?? cooperative}`,
    `products:\n  - ${extra.product ?? product}`,
    'area: "Xã Tu Bông"',
    'author: "Kiểm thử"',
    "publishedOn: 2026-11-30",
    "cover: ./cover.jpg",
    'coverAlt: "Ảnh bìa thử nghiệm: bãi biển buổi sớm"',
    "tags:\n  - kiểm thử",
    "draft: false",
    "---",
    "",
    extra.body ?? "Đoạn mở đầu của câu chuyện kiểm thử.",
    "",
  ].join("\n")

const jpeg = (opts: { width?: number; height?: number; exif?: boolean } = {}) => {
  let img = sharp({ create: { width: opts.width ?? 640, height: opts.height ?? 360, channels: 3, background: "#0b5d5a" } }).jpeg()
  // stored sideways (EXIF orientation 6) with a GPS position, as phones do
  if (opts.exif) img = img.withMetadata({ orientation: 6 }).withExifMerge({ IFD3: { GPSLatitudeRef: "N", GPSLatitude: "12/1 15/1 0/1" } })
  return img.toBuffer()
}

async function saveStory(cookie: string, slug: string, markdown: string) {
  await keystatic.tree(cookie)
  return keystatic.update(cookie, {
    additions: [
      { path: `stories/${slug}/index.md`, contents: base64(markdown) },
      { path: `stories/${slug}/cover.jpg`, contents: base64(await jpeg()) },
    ],
    deletions: [],
  })
}

const publish = (cookie: string, entry: string) =>
  editorFetch("/bien-tap/api/xuat-ban", { method: "POST", cookie, headers: { "content-type": "application/json" }, body: JSON.stringify({ entry }) })
const status = async (cookie: string) => (await editorFetch("/bien-tap/api/trang-thai", { cookie })).json as { builds: number; requests: { id: string; state: string; error?: string; recorded?: string; seconds?: number }[] }
const requestState = async (cookie: string, id: string) => (await status(cookie)).requests.find((r) => r.id === id)

let cookie: string
beforeAll(async () => {
  cookie = await editorSignIn()
})

describe("saving in the editor", () => {
  it("writes only the collections' files: path tricks and other folders are refused and nothing is written", async () => {
    await keystatic.tree(cookie)
    for (const bad of ["../package.json", "stories/../../site/pages/x.astro", "site/pages/x.astro", "stories/x/cover.svg", "stories/X Y/index.md", "/etc/passwd"]) {
      const res = await keystatic.update(cookie, { additions: [{ path: bad, contents: base64("x") }], deletions: [] })
      expect(res.status, bad).toBe(400)
      expect(res.text, bad).toMatch(/Không được ghi/)
    }
    const del = await keystatic.update(cookie, { additions: [], deletions: [{ path: "../package.json" }] })
    expect(del.status).toBe(400)
    expect(fs.existsSync(path.join(stack().editorDir, "site"))).toBe(false)
    expect(fs.existsSync(path.resolve("package.json"))).toBe(true)
  })

  it("sniffs covers: a text file named .jpg and a PNG named .jpg are refused; a phone photo is stored upright without its GPS", async () => {
    await keystatic.tree(cookie)
    const md = base64(storyMarkdown("Ảnh bìa kiểm thử"))
    const fake = await keystatic.update(cookie, { additions: [{ path: `stories/anh-${tag}/index.md`, contents: md }, { path: `stories/anh-${tag}/cover.jpg`, contents: base64("<svg onload=alert(1)>") }], deletions: [] })
    expect(fake.status).toBe(400)
    expect(fake.text).toMatch(/không phải ảnh/)
    const png = await sharp({ create: { width: 400, height: 300, channels: 3, background: "#fff" } }).png().toBuffer()
    const mismatch = await keystatic.update(cookie, { additions: [{ path: `stories/anh-${tag}/index.md`, contents: md }, { path: `stories/anh-${tag}/cover.jpg`, contents: base64(png) }], deletions: [] })
    expect(mismatch.status).toBe(400)
    expect(mismatch.text).toMatch(/PNG/)
    expect(fs.existsSync(path.join(stack().editorDir, "workspace", "stories", `anh-${tag}`))).toBe(false)

    const photo = await jpeg({ width: 800, height: 600, exif: true })
    const ok = await keystatic.update(cookie, { additions: [{ path: `stories/anh-${tag}/index.md`, contents: md }, { path: `stories/anh-${tag}/cover.jpg`, contents: base64(photo) }], deletions: [] })
    expect(ok.status, ok.text).toBe(200)
    const stored = await sharp(fs.readFileSync(path.join(stack().editorDir, "workspace", "stories", `anh-${tag}`, "cover.jpg"))).metadata()
    expect(stored.exif).toBeUndefined()
    expect([stored.width, stored.height]).toEqual([600, 800])
  })

  it("refuses a save based on an outdated version of the same entry instead of overwriting someone else's work", async () => {
    const other = await editorSignIn()
    const slug = `hai-nguoi-${tag}`
    expect((await saveStory(cookie, slug, storyMarkdown("Bản đầu tiên"))).status).toBe(200)
    await keystatic.tree(cookie)
    await keystatic.tree(other)
    const theirs = await keystatic.update(other, { additions: [{ path: `stories/${slug}/index.md`, contents: base64(storyMarkdown("Bản của người thứ hai")) }], deletions: [] })
    expect(theirs.status).toBe(200)
    const mine = await keystatic.update(cookie, { additions: [{ path: `stories/${slug}/index.md`, contents: base64(storyMarkdown("Bản cũ ghi đè")) }], deletions: [] })
    expect(mine.status).toBe(409)
    expect(mine.text).toMatch(/đã được người khác lưu sau khi bạn mở/)
    expect(fs.readFileSync(path.join(stack().editorDir, "workspace", "stories", slug, "index.md"), "utf8")).toContain("Bản của người thứ hai")
    // after reloading (a fresh view) the save goes through
    await keystatic.tree(cookie)
    expect((await keystatic.update(cookie, { additions: [{ path: `stories/${slug}/index.md`, contents: base64(storyMarkdown("Bản sau khi tải lại")) }], deletions: [] })).status).toBe(200)
  })
})

describe("publishing", () => {
  it("keeps a draft off the site and out of the sitemap; staff see it on the preview, with raw HTML and javascript: links neutralised", async () => {
    const slug = `nhap-${tag}`
    const body = "Xin chào <script>alert(1)</script> [bấm](javascript:alert(1)) [Hội](https://example.vn)"
    expect((await saveStory(cookie, slug, storyMarkdown("Bản nháp chưa công khai", { body }))).status).toBe(200)
    expect((await page(`/cau-chuyen/${slug}`)).status).toBe(404)
    expect((await page("/cau-chuyen")).html).not.toContain(slug)
    expect((await page("/sitemap.xml")).html).not.toContain(slug)
    const anonymous = await page(`/bien-tap/xem-truoc/stories/${slug}`)
    expect(anonymous.status).toBe(303)
    const preview = await editorFetch(`/bien-tap/xem-truoc/stories/${slug}`, { cookie })
    expect(preview.status).toBe(200)
    expect(preview.text).toContain("Bản nháp chưa công khai")
    expect(preview.text).toContain('name="robots" content="noindex"')
    expect(preview.text).not.toMatch(/<script>alert|href="javascript:/i)
    expect(preview.text).toContain("&lt;script&gt;alert(1)&lt;/script&gt;")
    expect(preview.text).toContain('href="https://example.vn"')
  })

  it("cannot publish a story naming an unknown cooperative: the answer names the file and the field", async () => {
    const slug = `la-${tag}`
    expect((await saveStory(cookie, slug, storyMarkdown("Hợp tác xã không có thật", { cooperative: "htx-khong-ton-tai" }))).status).toBe(200)
    const res = await publish(cookie, `stories/${slug}`)
    expect(res.status).toBe(400)
    expect(res.json.problems).toContain(`stories/${slug}/index.md: cooperative: không có hợp tác xã đang hoạt động với mã "htx-khong-ton-tai" / no cooperative "htx-khong-ton-tai" in the shop`)
    expect((await status(cookie)).requests.some((r) => r.id.includes(slug))).toBe(false)
  })

  it("a rebuild that fails leaves the live site serving the old build and says which file and field; the next publish goes live without a restart", async () => {
    const slug = `san-pham-an-${tag}`
    const headBefore = execFileSync("git", ["rev-parse", "HEAD"], { cwd: stack().contentDir, encoding: "utf8" })
    expect((await saveStory(cookie, slug, storyMarkdown("Sản phẩm ngừng bán giữa chừng"))).status).toBe(200)
    const res = await publish(cookie, `stories/${slug}`)
    expect(res.status, res.text).toBe(202)
    // the product stops being sold before the background build checks it
    const { body } = await admin<{ products: { id: string }[] }>(`/admin/products?handle=${product}&fields=id`)
    const productId = body.products[0].id
    try {
      expect((await admin(`/admin/products/${productId}`, { method: "POST", body: JSON.stringify({ status: "draft" }) })).status).toBe(200)
      await expect.poll(async () => (await requestState(cookie, res.json.id))?.state, BUILD_WAIT).toBe("failed")
      const failed = await requestState(cookie, res.json.id)
      expect(failed?.error).toContain(`stories/${slug}/index.md: products: không có sản phẩm đang bán với mã "${product}"`)
      // the site kept serving, without the story, and the content folder is as it was
      expect((await page("/cau-chuyen")).status).toBe(200)
      expect((await page(`/cau-chuyen/${slug}`)).status).toBe(404)
      expect(fs.existsSync(path.join(stack().contentDir, "stories", slug))).toBe(false)
      expect(execFileSync("git", ["rev-parse", "HEAD"], { cwd: stack().contentDir, encoding: "utf8" })).toBe(headBefore)
      const home = await editorFetch("/bien-tap", { cookie })
      expect(home.text).toContain("Xuất bản không thành")
    } finally {
      await admin(`/admin/products/${productId}`, { method: "POST", body: JSON.stringify({ status: "published" }) })
    }

    // two publishes in a row: one background build, both live, each a commit by the editor
    const second = `them-${tag}`
    expect((await saveStory(cookie, second, storyMarkdown("Câu chuyện thứ hai cùng đợt"))).status).toBe(200)
    const buildsBefore = (await status(cookie)).builds
    const a = await publish(cookie, `stories/${slug}`)
    const b = await publish(cookie, `stories/${second}`)
    expect([a.status, b.status]).toEqual([202, 202])
    await expect.poll(async () => (await requestState(cookie, b.json.id))?.state, BUILD_WAIT).toMatch(/live|failed/)
    const done = await status(cookie)
    for (const id of [a.json.id, b.json.id]) expect(done.requests.find((r) => r.id === id), JSON.stringify(done.requests[0])).toMatchObject({ state: "live", recorded: expect.stringMatching(/^git commit/) })
    expect(done.builds - buildsBefore).toBe(1)
    for (const s of [slug, second]) {
      expect((await page(`/cau-chuyen/${s}`)).status).toBe(200)
      expect((await page("/sitemap.xml")).html).toContain(`/cau-chuyen/${s}<`)
    }
    const log = execFileSync("git", ["log", "--format=%an <%ae>|%s", "-2"], { cwd: stack().contentDir, encoding: "utf8" })
    expect(log).toContain(`Quản trị Demo <admin@cho-htx.demo>|Xuất bản Câu chuyện “Câu chuyện thứ hai cùng đợt” (stories/${second})`)
    expect(log).toContain(`(stories/${slug})`)
    // the workspace copy is now the published one
    const entries = await editorFetch("/bien-tap", { cookie })
    expect(entries.text).toMatch(new RegExp(`data-entry="stories/${second}" data-state="published"`))
  })
})

afterAll(async () => {
  // drafts of this file are removed from the workspace (published ones stay in the test content copy)
  for (const dir of fs.readdirSync(path.join(stack().editorDir, "workspace", "stories"))) {
    if (dir.endsWith(tag) && !fs.existsSync(path.join(stack().contentDir, "stories", dir))) fs.rmSync(path.join(stack().editorDir, "workspace", "stories", dir), { recursive: true, force: true })
  }
})
