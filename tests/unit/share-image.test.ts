import sharp from "sharp"
import { describe, expect, it } from "vitest"
import {
  cleanText,
  escapeMarkup,
  renderShareImage,
  truncateWords,
  type ShareImageInput,
} from "../../site/lib/share-image"

const MAX_BYTES = 150 * 1024

/** A stand-in product photo: a bottle on a warm gradient, with some texture. */
async function makePhoto(width: number, height: number): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#e9d8b4"/><stop offset="1" stop-color="#a9773f"/>
    </linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    <rect x="${width * 0.38}" y="${height * 0.2}" width="${width * 0.24}" height="${height * 0.65}" rx="30" fill="#6b3b12"/>
    <rect x="${width * 0.4}" y="${height * 0.42}" width="${width * 0.2}" height="${height * 0.2}" fill="#f5efe0"/>
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 90 }).toBuffer()
}

async function expectShareJpeg(input: ShareImageInput): Promise<Buffer> {
  const out = await renderShareImage(input)
  const meta = await sharp(out).metadata()
  expect(meta.format).toBe("jpeg")
  expect(meta.width).toBe(1200)
  expect(meta.height).toBe(630)
  expect(out.length).toBeLessThanOrEqual(MAX_BYTES)
  return out
}

describe("share images (Open Graph, 1200×630 JPEG)", () => {
  it("renders a product with a photo", async () => {
    await expectShareJpeg({
      kind: "product",
      title: "Nước mắm cá cơm 40 độ đạm — HTX Vạn Phước Xanh",
      subtitle: "HTX Vạn Phước Xanh · Xã Vạn Ninh",
      badge: "OCOP ★★★★",
      price: "95.000\u00a0₫",
      photo: await makePhoto(1000, 800),
    })
  })

  it("renders a story without a photo", async () => {
    await expectShareJpeg({
      kind: "story",
      title: "Gốm Bàu Trúc: bàn tay người mẹ Chăm giữ lửa nghề qua ba thế hệ",
      subtitle: "Câu chuyện · Đặc sản Khánh Hòa",
      badge: "Câu chuyện",
      photo: null,
    })
  })

  it("renders a cooperative with a very long NFD-encoded name", async () => {
    const name =
      "Hợp tác xã Nông nghiệp Dịch vụ Tổng hợp Phụ nữ Khởi nghiệp Sản xuất Nước mắm Truyền thống " +
      "Vạn Phước Xanh Thị xã Ninh Hòa Tỉnh Khánh Hòa"
    const nfd = name.normalize("NFD")
    expect(nfd).not.toBe(name)
    await expectShareJpeg({
      kind: "cooperative",
      title: nfd,
      subtitle: "Hợp tác xã · Xã Tu Bông".normalize("NFD"),
      badge: "Hợp tác xã do phụ nữ lãnh đạo",
    })
  })

  it("does not choke on markup characters in user text", async () => {
    await expectShareJpeg({
      kind: "product",
      title: `Bánh <b>tráng</b> & "mắm" 'ruốc' </span><i>`,
      subtitle: `<span foreground="red">x</span> & co`,
      badge: "<OCOP> ★★★",
      price: "1.250.000\u00a0₫",
    })
  })

  it("falls back to the decorative panel when the photo is not an image", async () => {
    await expectShareJpeg({ kind: "product", title: "Gốm Bàu Trúc", photo: Buffer.from("not an image") })
  })
})

describe("share image text helpers", () => {
  it("escapes Pango markup", () => {
    expect(escapeMarkup(`<b>&"'`)).toBe("&lt;b&gt;&amp;&quot;&apos;")
  })

  it("normalises to NFC and drops characters the font cannot draw", () => {
    const cleaned = cleanText("Đặc sản\u0000 🌸 Gốm  Bàu Trúc".normalize("NFD"))
    expect(cleaned).toBe("Đặc sản Gốm Bàu Trúc")
    expect(cleaned).toBe(cleaned.normalize("NFC"))
  })

  it("cuts long titles at a word and adds an ellipsis", () => {
    const long = "Nước mắm cá cơm ".repeat(10).trim()
    const cut = truncateWords(long, 90)
    expect(Array.from(cut).length).toBeLessThanOrEqual(90)
    expect(cut.endsWith("…")).toBe(true)
    expect(long.startsWith(cut.slice(0, -1))).toBe(true)
    expect(truncateWords("Gốm Bàu Trúc", 90)).toBe("Gốm Bàu Trúc")
  })
})
