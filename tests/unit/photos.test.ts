import sharp from "sharp"
import { describe, expect, it } from "vitest"
import { inspectPhoto, PHOTO_LIMITS, PhotoError, processPhoto } from "../../commerce/src/lib/photos"

/** A "phone photo": left half red, right half blue, stored sideways with EXIF orientation 6 and a GPS position. */
async function sidewaysPhoneJpeg(width = 1200, height = 800): Promise<Buffer> {
  const half = Math.floor(width / 2)
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="${half}" height="${height}" fill="#e00000"/><rect x="${half}" width="${width - half}" height="${height}" fill="#0000e0"/></svg>`
  return sharp(Buffer.from(svg))
    .jpeg({ quality: 90 })
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Make: "DemoPhone", Model: "X1" },
      // GPS IFD as the phone writes it: Nha Trang.
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "12/1 14/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "109/1 11/1 0/1" },
    })
    .toBuffer()
}

async function refusal(input: Buffer): Promise<PhotoError> {
  try {
    await processPhoto(input)
  } catch (e) {
    if (e instanceof PhotoError) return e
    throw e
  }
  throw new Error("the photo was accepted")
}

describe("product photos from a phone", () => {
  it("the test input really carries orientation and GPS (so the next tests can fail)", async () => {
    const meta = await sharp(await sidewaysPhoneJpeg()).metadata()
    expect(meta.orientation).toBe(6)
    expect(meta.exif?.toString("latin1")).toContain("DemoPhone")
    expect(meta.exif!.length).toBeGreaterThan(100)
  })

  it("applies the EXIF orientation: a sideways 1200×800 photo comes out upright, 800 wide and 1200 high", async () => {
    const photo = await processPhoto(await sidewaysPhoneJpeg())
    expect(photo.width).toBe(800)
    expect(photo.height).toBe(1200)
    const largestWebp = photo.variants.find((v) => v.format === "webp" && v.width === 800)!
    // Orientation 6 = rotate 90° clockwise: the left (red) half ends up on top.
    const { data, info } = await sharp(largestWebp.content).raw().toBuffer({ resolveWithObject: true })
    const pixel = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)]
    const [rTop, , bTop] = pixel(400, 100)
    const [rBottom, , bBottom] = pixel(400, 1100)
    expect(rTop).toBeGreaterThan(180)
    expect(bTop).toBeLessThan(60)
    expect(bBottom).toBeGreaterThan(180)
    expect(rBottom).toBeLessThan(60)
  })

  it("strips EXIF (GPS position, camera) and orientation from every output", async () => {
    const photo = await processPhoto(await sidewaysPhoneJpeg())
    for (const v of photo.variants) {
      const meta = await sharp(v.content).metadata()
      expect(meta.exif, `${v.format} ${v.width}`).toBeUndefined()
      expect(meta.xmp).toBeUndefined()
      expect(meta.orientation ?? 1).toBe(1)
      expect(v.content.includes(Buffer.from("DemoPhone"))).toBe(false)
    }
  })

  it("encodes AVIF and WebP at 480, 960 and 1600 px from a large photo, never upscaling a small one", async () => {
    const big = await processPhoto(await sharp({ create: { width: 4000, height: 3000, channels: 3, background: "#5a8" } }).jpeg().toBuffer())
    const got = big.variants.map((v) => `${v.format}@${v.width}`).sort()
    expect(got).toEqual(["avif@1600", "avif@480", "avif@960", "webp@1600", "webp@480", "webp@960"])
    for (const v of big.variants) {
      const meta = await sharp(v.content).metadata()
      expect(meta.format).toBe(v.format === "avif" ? "heif" : "webp")
      expect(meta.width).toBe(v.width)
      expect(v.height).toBe(Math.round((v.width * 3) / 4))
    }
    const small = await processPhoto(await sharp({ create: { width: 700, height: 500, channels: 3, background: "#a85" } }).png().toBuffer())
    expect(small.variants.map((v) => `${v.format}@${v.width}`).sort()).toEqual(["avif@480", "avif@700", "webp@480", "webp@700"])
  })

  it("refuses a file that is not an image, whatever its name, with a clear Vietnamese message", async () => {
    const e = await refusal(Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n"))
    expect(e.reason).toBe("not_image")
    expect(e.message).toBe("Tệp này không phải ảnh (JPEG, PNG, WebP, HEIC hoặc AVIF).")
    // a JPEG whose pixel data is cut off is not a usable photo either
    const jpeg = await sidewaysPhoneJpeg()
    expect((await refusal(jpeg.subarray(0, 600))).reason).toBe("not_image")
  })

  it("refuses an oversized file before decoding it", async () => {
    const huge = Buffer.concat([await sidewaysPhoneJpeg(), Buffer.alloc(PHOTO_LIMITS.maxBytes)])
    const e = await refusal(huge)
    expect(e.reason).toBe("too_large")
    expect(e.message).toMatch(/^Ảnh quá lớn: tối đa 15 MB/)
  })

  it("refuses an image bomb: a small PNG that would decode to 60 megapixels", async () => {
    const bomb = await sharp({ create: { width: 10_000, height: 6_000, channels: 3, background: "#000" } }).png({ compressionLevel: 9 }).toBuffer()
    expect(bomb.length).toBeLessThan(1024 * 1024)
    const e = await refusal(bomb)
    expect(e.reason).toBe("too_many_pixels")
    expect(e.message).toContain("10000×6000")
    await expect(inspectPhoto(bomb)).rejects.toBeInstanceOf(PhotoError)
  })

  it("refuses an empty upload and a thumbnail-sized picture", async () => {
    expect((await refusal(Buffer.alloc(0))).reason).toBe("empty")
    expect((await refusal(await sharp({ create: { width: 120, height: 90, channels: 3, background: "#fff" } }).png().toBuffer())).reason).toBe("too_small")
  })
})
