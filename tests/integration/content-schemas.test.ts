/**
 * A story or event that names an unknown cooperative or product, lacks cover alt text or has a
 * bad date must fail the build, naming the file and the field. Runs `astro sync` (the content
 * step of a build) on fixture content written to a temporary folder, checked against the real
 * Medusa of the test stack.
 */
import { spawnSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import sharp from "sharp"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { DEMO_COOPERATIVES } from "../../commerce/src/scripts/demo-catalog/cooperatives"
import { stack } from "../support/api"

const root = fs.mkdtempSync(path.join(os.tmpdir(), "cho-htx-content-"))
const activeCooperative = DEMO_COOPERATIVES.find((c) => c.status === "active")!.handle

const story = (fields: Record<string, string>) =>
  [
    "---",
    ...Object.entries({
      title: "Câu chuyện thử nghiệm",
      summary: "Một câu chuyện dùng để kiểm tra lược đồ nội dung của cửa hàng.",
      cooperative: activeCooperative,
      area: "Xã Tu Bông",
      author: "Kiểm thử",
      publishedOn: "2026-01-15",
      cover: "./cover.webp",
      coverAlt: "Ảnh bìa thử nghiệm",
      ...fields,
    })
      .filter(([, v]) => v !== "")
      .map(([k, v]) => `${k}: ${v}`),
    "---",
    "",
    "Nội dung.",
  ].join("\n")

async function fixture(name: string, storyFields: Record<string, string>) {
  const dir = path.join(root, name)
  fs.mkdirSync(path.join(dir, "stories", "thu-nghiem"), { recursive: true })
  fs.mkdirSync(path.join(dir, "events"), { recursive: true })
  fs.mkdirSync(path.join(dir, "pages"), { recursive: true })
  fs.writeFileSync(path.join(dir, "stories", "thu-nghiem", "index.md"), story(storyFields))
  await sharp({ create: { width: 32, height: 18, channels: 3, background: "#0b5d5a" } }).webp().toFile(path.join(dir, "stories", "thu-nghiem", "cover.webp"))
  return dir
}

function astroSync(contentDir: string) {
  const { medusaUrl, publishableKey } = stack()
  const result = spawnSync(process.execPath, [path.resolve("node_modules/astro/bin/astro.mjs"), "sync"], {
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      ASTRO_CACHE_DIR: path.join(contentDir, ".cache"),
      MEDUSA_BACKEND_URL: medusaUrl,
      MEDUSA_PUBLISHABLE_KEY: publishableKey,
      CONTENT_REFERENCES: "required",
      ASTRO_TELEMETRY_DISABLED: "1",
    },
    encoding: "utf8",
    timeout: 120_000,
  })
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` }
}

beforeAll(() => fs.mkdirSync(root, { recursive: true }))
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

describe("content that the build refuses, with the file and the field named", () => {
  it("accepts a valid story (the fixture itself is sound)", async () => {
    const { status, output } = astroSync(await fixture("valid", {}))
    expect(status, output).toBe(0)
  })

  it("a story naming a cooperative that is not in the shop", async () => {
    const { status, output } = astroSync(await fixture("unknown-cooperative", { cooperative: "htx-khong-ton-tai" }))
    expect(status).not.toBe(0)
    expect(output).toMatch(/stories\/thu-nghiem\/index\.md: cooperative: không có hợp tác xã đang hoạt động với mã "htx-khong-ton-tai"/)
  })

  it("a story naming a product that is not on sale", async () => {
    const { status, output } = astroSync(await fixture("unknown-product", { products: "[san-pham-khong-ton-tai]" }))
    expect(status).not.toBe(0)
    expect(output).toMatch(/stories\/thu-nghiem\/index\.md: products: không có sản phẩm đang bán với mã "san-pham-khong-ton-tai"/)
  })

  it("a cover without alt text", async () => {
    const { status, output } = astroSync(await fixture("missing-alt", { coverAlt: "" }))
    expect(status).not.toBe(0)
    expect(output).toContain("thu-nghiem")
    expect(output).toContain("coverAlt")
  })

  it("a publication date that is not a date", async () => {
    const { status, output } = astroSync(await fixture("bad-date", { publishedOn: "31/02/2026" }))
    expect(status).not.toBe(0)
    expect(output).toContain("thu-nghiem")
    expect(output).toContain("publishedOn")
  })
})
