/**
 * `npm run bench` — publishing from the editor: seconds from "Xuất bản" to the story being served
 * by the storefront (target ≤ 90 s on the 2-core machine), for a new story with a cover, for an
 * edit of its title, and for two stories published in a row (one background build). Drives the
 * running bench shop through the same HTTP calls as the editor's pages and Keystatic's app.
 */
import sharp from "sharp"

interface Options {
  storefrontUrl: string
  cooperative: string
  product: string
}

export async function publishBench(o: Options): Promise<Record<string, number>> {
  const url = (p: string) => new URL(p, o.storefrontUrl).href
  const login = await fetch(url("/bien-tap/dang-nhap"), {
    method: "POST",
    redirect: "manual",
    headers: { origin: o.storefrontUrl, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email: process.env.IMPORT_ADMIN_EMAIL || "admin@cho-htx.demo", password: process.env.IMPORT_ADMIN_PASSWORD || "demo-admin-2025" }),
  })
  const cookie = login.headers.getSetCookie().find((c) => c.startsWith("bien_tap="))?.split(";")[0]
  if (!cookie) throw new Error(`editor sign-in failed: ${login.status}`)
  const call = async (path: string, init: RequestInit = {}) => {
    const res = await fetch(url(path), { ...init, redirect: "manual", headers: { cookie, origin: o.storefrontUrl, "no-cors": "1", "content-type": "application/json", ...(init.headers ?? {}) } })
    const text = await res.text()
    if (res.status >= 400) throw new Error(`${path}: ${res.status} ${text.slice(0, 500)}`)
    return text ? JSON.parse(text) : null
  }
  const cover = await sharp({ create: { width: 1800, height: 1200, channels: 3, background: "#808080", noise: { type: "gaussian", mean: 128, sigma: 40 } } })
    .blur(1.5)
    .jpeg({ quality: 88 })
    .toBuffer()
  const markdown = (title: string) =>
    `---\ntitle: ${JSON.stringify(title)}\nsummary: "Câu chuyện đo thời gian xuất bản từ trang biên tập tới khi lên cửa hàng."\ncooperative: ${o.cooperative}\nproducts:\n  - ${o.product}\narea: "Xã Tu Bông"\nauthor: "Đo hiệu năng"\npublishedOn: 2026-12-01\ncover: ./cover.jpg\ncoverAlt: "Ảnh bìa đo hiệu năng"\ntags:\n  - đo hiệu năng\ndraft: false\n---\n\nNội dung câu chuyện đo hiệu năng.\n`
  const save = async (slug: string, title: string, withCover: boolean) => {
    await call("/api/keystatic/tree")
    const additions = [{ path: `stories/${slug}/index.md`, contents: Buffer.from(markdown(title)).toString("base64") }]
    if (withCover) additions.push({ path: `stories/${slug}/cover.jpg`, contents: cover.toString("base64") })
    await call("/api/keystatic/update", { method: "POST", body: JSON.stringify({ additions, deletions: [] }) })
  }
  const publishAndWait = async (slugs: string[], live: (slug: string) => Promise<boolean>) => {
    const t0 = performance.now()
    for (const slug of slugs) await call("/bien-tap/api/xuat-ban", { method: "POST", body: JSON.stringify({ entry: `stories/${slug}` }) })
    const deadline = t0 + 600_000
    for (const slug of slugs) {
      while (!(await live(slug))) {
        const status = await call("/bien-tap/api/trang-thai")
        const failed = status.requests.find((r: { entry: string; state: string }) => r.entry === `stories/${slug}` && r.state === "failed")
        if (failed) throw new Error(`publish failed: ${failed.error}`)
        if (performance.now() > deadline) throw new Error("not live after 10 minutes")
        await new Promise((r) => setTimeout(r, 500))
      }
    }
    return +((performance.now() - t0) / 1000).toFixed(1)
  }
  const served = (slug: string, text?: string) => async () => {
    const res = await fetch(url(`/cau-chuyen/${slug}`))
    return res.status === 200 && (!text || (await res.text()).includes(text))
  }
  const run = Date.now().toString(36)
  const builds = async () => (await call("/bien-tap/api/trang-thai")).builds as number

  const a = `do-xuat-ban-${run}`
  await save(a, "Câu chuyện đo xuất bản", true)
  const newStory = await publishAndWait([a], (s) => served(s)())
  console.log(`  new story with a 1800×1200 cover   ${newStory} s from "Xuất bản" to served   (target ≤ 90 s)`)

  await save(a, "Câu chuyện đo xuất bản — tiêu đề đã sửa", false)
  const edit = await publishAndWait([a], () => served(a, "tiêu đề đã sửa")())
  console.log(`  title edited                       ${edit} s`)

  const b = `do-xuat-ban-b-${run}`
  const c = `do-xuat-ban-c-${run}`
  await save(b, "Câu chuyện đo xuất bản B", true)
  await save(c, "Câu chuyện đo xuất bản C", true)
  const before = await builds()
  const both = await publishAndWait([b, c], (s) => served(s)())
  // the pages are served as soon as the new build is switched to; the publisher counts the build
  // after recording the git commits, so wait for both requests to read "live" before counting
  const recorded = async () => {
    const status = await call("/bien-tap/api/trang-thai")
    return [b, c].every((s) => status.requests.some((r: { entry: string; state: string }) => r.entry === `stories/${s}` && r.state === "live"))
  }
  for (let i = 0; i < 120 && !(await recorded()); i++) await new Promise((r) => setTimeout(r, 500))
  const used = (await builds()) - before
  console.log(`  two stories published in a row    ${both} s, ${used} build${used === 1 ? "" : "s"}`)
  return { newStorySeconds: newStory, editSeconds: edit, twoInARowSeconds: both, twoInARowBuilds: used, targetSeconds: 90 }
}
