/**
 * Open Graph / Twitter share images (1200×630 JPEG) for product, story and cooperative pages.
 *
 * Layout: the text sits in a left column on sand (badge pill, title ≤ 3 lines, subtitle ≤ 2 lines,
 * price), with a thin lotus-pink rule and the site name at the bottom left; the photo fills the
 * right column (square for products and cooperatives, a taller cover crop for stories) or, without
 * a photo, a decorative teal panel with a lotus.
 *
 * Text is set with sharp's Pango text input and the Be Vietnam Pro TTFs from
 * `@expo-google-fonts/be-vietnam-pro`, so the output does not depend on the fonts installed on the
 * server. Characters the font lacks are dropped (Pango would otherwise fall back to whatever system
 * font exists, or draw boxes); the OCOP stars "★" are drawn as shapes for that reason.
 */
import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import sharp, { type OverlayOptions, type Sharp } from "sharp"

export interface ShareImageInput {
  kind: "product" | "story" | "cooperative"
  /** Vietnamese, may be long: wrapped to ≤ 3 lines, ellipsis after */
  title: string
  /** e.g. the cooperative's name or "Hợp tác xã · Xã Tu Bông"; 1–2 lines */
  subtitle?: string | null
  /** e.g. "OCOP ★★★★" or "Câu chuyện" — a small pill */
  badge?: string | null
  /** already formatted, e.g. "95.000 ₫" */
  price?: string | null
  /** product photo / story cover / cooperative logo, any format sharp reads */
  photo?: Buffer | null
}

export const SHARE_IMAGE_WIDTH = 1200
export const SHARE_IMAGE_HEIGHT = 630
/** Zalo and Facebook fetch the image on every share; keep it light. */
export const SHARE_IMAGE_MAX_BYTES = 150 * 1024

const W = SHARE_IMAGE_WIDTH
const H = SHARE_IMAGE_HEIGHT

const COLORS = {
  teal: "#0b5d5a",
  darkTeal: "#073f3d",
  lotus: "#b3265e",
  sand: "#f7f0e3",
  ink: "#073f3d",
  muted: "#4f6f6c",
  star: "#f4c04e",
} as const

const SITE_NAME = "Chợ Hợp tác xã Khánh Hòa"

/* ------------------------------------------------------------------ fonts */

type Weight = "Regular" | "Medium" | "SemiBold" | "Bold"

const FONT_FILES: Record<Weight, string> = {
  Regular: "400Regular/BeVietnamPro_400Regular.ttf",
  Medium: "500Medium/BeVietnamPro_500Medium.ttf",
  SemiBold: "600SemiBold/BeVietnamPro_600SemiBold.ttf",
  Bold: "700Bold/BeVietnamPro_700Bold.ttf",
}

let fontDir: string | undefined
function fontFile(weight: Weight): string {
  fontDir ??= path.dirname(
    createRequire(import.meta.url).resolve("@expo-google-fonts/be-vietnam-pro/package.json"),
  )
  return path.join(fontDir, FONT_FILES[weight])
}

/** Pango font description; Regular is the family's default weight (no style word). */
function fontDescription(weight: Weight, size: number): string {
  return `Be Vietnam Pro${weight === "Regular" ? "" : ` ${weight}`} ${size}`
}

let coverage: Set<number> | undefined
/** Code points the font maps (format 4 and 12 cmap subtables); all weights share one character set. */
function fontCoverage(): Set<number> {
  if (coverage) return coverage
  const set = new Set<number>()
  try {
    const b = readFileSync(fontFile("Regular"))
    const numTables = b.readUInt16BE(4)
    let cmap = -1
    for (let i = 0; i < numTables; i++) {
      const rec = 12 + i * 16
      if (b.toString("latin1", rec, rec + 4) === "cmap") cmap = b.readUInt32BE(rec + 8)
    }
    if (cmap >= 0) {
      const subtables = b.readUInt16BE(cmap + 2)
      for (let i = 0; i < subtables; i++) {
        const off = cmap + b.readUInt32BE(cmap + 4 + i * 8 + 4)
        const format = b.readUInt16BE(off)
        if (format === 4) {
          const segX2 = b.readUInt16BE(off + 6)
          const ends = off + 14
          const starts = ends + segX2 + 2
          for (let s = 0; s < segX2 / 2; s++) {
            const end = b.readUInt16BE(ends + s * 2)
            for (let c = b.readUInt16BE(starts + s * 2); c <= end && c < 0xffff; c++) set.add(c)
          }
        } else if (format === 12) {
          const groups = b.readUInt32BE(off + 12)
          for (let g = 0; g < groups; g++) {
            const rec = off + 16 + g * 12
            const end = Math.min(b.readUInt32BE(rec + 4), 0x10ffff)
            for (let c = b.readUInt32BE(rec); c <= end; c++) set.add(c)
          }
        }
      }
    }
  } catch {
    // Unreadable font: leave the set empty, which disables the filter below.
  }
  coverage = set
  return set
}

/* ------------------------------------------------------------------ text */

const STAR_RUN = /([★☆⭐]+)/u

/**
 * NFC (NFD input from macOS / some keyboards would otherwise render as base letter + loose marks),
 * one line, no control / zero-width / bidi characters, only characters the font has.
 */
export function cleanText(value: string | null | undefined): string {
  if (!value) return ""
  const set = fontCoverage()
  const text = value
    .normalize("NFC")
    .toWellFormed()
    .replace(/[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g, " ")
  let out = ""
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0
    if (ch === " " || set.size === 0 || set.has(cp)) out += ch
    else if (/\s/u.test(ch)) out += ch === "\u202f" || ch === "\u2007" ? "\u00a0" : " "
    // anything else the font lacks (emoji, symbols) is dropped
  }
  return out.replace(/[ \t\n\r\f\v\u2028\u2029]+/g, " ").trim()
}

/** Cut at a word boundary so that at most `max` characters remain, then add "…". */
export function truncateWords(text: string, max: number): string {
  const chars = Array.from(text)
  if (chars.length <= max) return text
  const head = chars.slice(0, max - 1).join("")
  const space = head.lastIndexOf(" ")
  const cut = space >= max * 0.5 ? head.slice(0, space) : head
  return `${trimForEllipsis(cut)}…`
}

/** Keep "·", "—", "|" at the end of a line rather than at the start of the next: "A · B" → "A\u00a0· B". */
function bindSeparators(text: string): string {
  return text.replace(/ ([·•—–|/])(?= )/gu, "\u00a0$1")
}

function trimForEllipsis(text: string): string {
  return text.replace(/[\s,.;:·•\-–—(/]+$/u, "")
}

/** Escape user text for Pango markup. */
export function escapeMarkup(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
}

interface TextImage {
  data: Buffer
  width: number
  height: number
}

async function renderText(
  text: string,
  weight: Weight,
  size: number,
  color: string,
  /** wrap width in pixels; omitted for a single unwrapped line */
  width?: number,
): Promise<TextImage> {
  const { data, info } = await sharp({
    text: {
      text: `<span foreground="${color}">${escapeMarkup(text)}</span>`,
      font: fontDescription(weight, size),
      fontfile: fontFile(weight),
      ...(width ? { width, wrap: "word-char" as const } : {}),
      rgba: true,
    },
  })
    .raw()
    .toBuffer({ resolveWithObject: true })
  return { data, width: info.width, height: info.height }
}

const lineHeights = new Map<string, number>()
/**
 * Line pitch for a font and size. sharp crops text images to the ink, so n lines measure
 * (n − 1) × pitch + the ink height of one line; the difference of one and two lines is the pitch.
 */
async function lineHeight(weight: Weight, size: number): Promise<number> {
  const key = `${weight}/${size}`
  let pitch = lineHeights.get(key)
  if (pitch === undefined) {
    const one = await renderText("Ag", weight, size, "#000000")
    const two = await renderText("Ag\nAg", weight, size, "#000000")
    pitch = two.height - one.height
    lineHeights.set(key, pitch)
  }
  return pitch
}

interface FitOptions {
  text: string
  weight: Weight
  color: string
  /** font sizes to try, largest first */
  sizes: number[]
  width: number
  maxLines: number
  /** false: return null instead of truncating when no size fits */
  ellipsis?: boolean
}

interface FittedText extends TextImage {
  size: number
  /** the text as rendered, "…" included */
  text: string
}

/**
 * Render `text` wrapped to `width`, in the largest size whose result stays within `maxLines`
 * lines and the width; at the smallest size, drop words from the end (then characters) and add "…".
 * The line limit is checked on the rendered height: one line's ink is at most ≈ 1.1 × the pitch
 * (stacked Vietnamese marks above, descenders below), one more line adds a full pitch.
 */
async function fitText(opts: FitOptions): Promise<FittedText | null> {
  const { text, weight, color, sizes, width, maxLines } = opts
  if (!text) return null
  const attempt = async (candidate: string, size: number): Promise<FittedText | null> => {
    const img = await renderText(candidate, weight, size, color, width)
    const pitch = await lineHeight(weight, size)
    const fits = img.height <= (maxLines + 0.25) * pitch && img.width <= width
    return fits ? { ...img, size, text: candidate } : null
  }
  for (const size of sizes) {
    const fitted = await attempt(text, size)
    if (fitted) return fitted
  }
  if (opts.ellipsis === false) return null
  const size = sizes[sizes.length - 1] ?? 24
  // Largest prefix (in words, or in characters when even one word is too long) that fits with "…".
  const words = text.split(" ")
  const search = async (units: string[], joiner: string): Promise<FittedText | null> => {
    let lo = 1
    let hi = units.length - 1
    let best: FittedText | null = null
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const fitted = await attempt(`${trimForEllipsis(units.slice(0, mid).join(joiner))}…`, size)
      if (fitted) {
        best = fitted
        lo = mid + 1
      } else hi = mid - 1
    }
    return best
  }
  return (
    (words.length > 1 ? await search(words, " ") : null) ??
    (await search(Array.from(words[0] ?? ""), "")) ??
    (await attempt("…", size))
  )
}

/* ------------------------------------------------------------------ shapes */

function starPath(cx: number, cy: number, r: number): string {
  const points: string[] = []
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? r : r * 0.45
    const angle = -Math.PI / 2 + (i * Math.PI) / 5
    points.push(`${(cx + radius * Math.cos(angle)).toFixed(2)},${(cy + radius * Math.sin(angle)).toFixed(2)}`)
  }
  return `M${points.join("L")}Z`
}

function petal(width: number, height: number, angle: number, fill: string, opacity: number): string {
  const w = width / 2
  const d =
    `M0 0 C${-w} ${-height * 0.3} ${-w * 0.75} ${-height * 0.8} 0 ${-height} ` +
    `C${w * 0.75} ${-height * 0.8} ${w} ${-height * 0.3} 0 0Z`
  return `<path d="${d}" transform="rotate(${angle})" fill="${fill}" fill-opacity="${opacity}"/>`
}

/** Teal panel with ripples and a stylised lotus, used when there is no photo. */
function decorativePanel(width: number, height: number): Buffer {
  const cx = width / 2
  const cy = height * 0.58
  const ripples = [90, 150, 215, 285, 360, 440, 525]
    .map((r) => `<circle cx="${cx}" cy="${cy}" r="${r}"/>`)
    .join("")
  const dots: string[] = []
  for (let y = 28; y < height; y += 36) {
    for (let x = 28; x < width; x += 36) dots.push(`<circle cx="${x}" cy="${y}" r="1.6"/>`)
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="${COLORS.teal}"/>
      <stop offset="1" stop-color="${COLORS.darkTeal}"/>
    </linearGradient>
    <radialGradient id="glow" cx="${cx}" cy="${cy - 40}" r="260" gradientUnits="userSpaceOnUse">
      <stop offset="0" stop-color="${COLORS.sand}" stop-opacity="0.16"/>
      <stop offset="1" stop-color="${COLORS.sand}" stop-opacity="0"/>
    </radialGradient>
  </defs>
  <rect width="${width}" height="${height}" fill="url(#bg)"/>
  <g fill="${COLORS.sand}" fill-opacity="0.07">${dots.join("")}</g>
  <g fill="none" stroke="${COLORS.sand}" stroke-opacity="0.09" stroke-width="2">${ripples}</g>
  <rect width="${width}" height="${height}" fill="url(#glow)"/>
  <g transform="translate(${cx} ${cy})">
    ${petal(120, 190, -78, COLORS.sand, 0.22)}
    ${petal(120, 190, 78, COLORS.sand, 0.22)}
    ${petal(130, 225, -50, COLORS.sand, 0.35)}
    ${petal(130, 225, 50, COLORS.sand, 0.35)}
    ${petal(140, 250, -24, "#d9477f", 0.9)}
    ${petal(140, 250, 24, "#d9477f", 0.9)}
    ${petal(150, 270, 0, COLORS.lotus, 1)}
    <g fill="none" stroke="${COLORS.sand}" stroke-linecap="round" stroke-opacity="0.45" stroke-width="5">
      <path d="M-170 34 Q-85 14 0 34 T170 34"/>
      <path d="M-120 66 Q-60 50 0 66 T120 66" stroke-opacity="0.3"/>
    </g>
  </g>
</svg>`
  return Buffer.from(svg)
}

/* ------------------------------------------------------------------ photo */

interface Region {
  left: number
  width: number
}

/** Right column: a full-height square for products and cooperatives, a wider cover for stories. */
function photoRegion(kind: ShareImageInput["kind"]): Region {
  return kind === "story" ? { left: 560, width: W - 560 } : { left: W - H, width: H }
}

async function preparePhoto(photo: Buffer, kind: ShareImageInput["kind"], region: Region): Promise<Buffer | null> {
  try {
    const image = sharp(photo, { failOn: "error", limitInputPixels: 80_000_000 }).rotate()
    const meta = await image.metadata()
    if (kind === "cooperative" && meta.hasAlpha) {
      // A logo with transparency: show it whole on white rather than cropping its lettering.
      const inner = Math.round(region.width * 0.72)
      const logo = await image
        .resize(inner, inner, { fit: "contain", background: { r: 255, g: 255, b: 255, alpha: 0 } })
        .png()
        .toBuffer()
      return await sharp({ create: { width: region.width, height: H, channels: 3, background: "#ffffff" } })
        .composite([{ input: logo, gravity: "centre" }])
        .png({ compressionLevel: 1 })
        .toBuffer()
    }
    return await image
      .flatten({ background: "#ffffff" })
      .resize(region.width, H, {
        fit: "cover",
        position: kind === "cooperative" ? "centre" : sharp.strategy.attention,
      })
      .removeAlpha()
      .png({ compressionLevel: 1 })
      .toBuffer()
  } catch {
    // Unreadable or corrupt upload: fall back to the decorative panel instead of failing the page.
    return null
  }
}

/* ------------------------------------------------------------------ badge */

async function renderBadge(badge: string, maxWidth: number): Promise<TextImage | null> {
  const parts = badge
    .normalize("NFC")
    .split(STAR_RUN)
    .map((part) => (STAR_RUN.test(part) ? Array.from(part).slice(0, 7).join("") : cleanText(part)))
    .filter((part) => part.length > 0)
  if (parts.length === 0) return null

  const height = 44
  const padX = 20
  const gap = 8
  const starSize = 20
  const fontSize = 22
  const starsWidth = parts
    .filter((part) => STAR_RUN.test(part))
    .reduce((sum, part) => sum + Array.from(part).length * (starSize + 2) - 2 + gap, 0)
  const textBudget = Math.max(80, maxWidth - 2 * padX - starsWidth)
  // Cap height centred in the pill; the baseline is found from the ink below it.
  const capHeight = (await renderText("H", "SemiBold", fontSize, "#000000")).height
  const baseline = Math.round((height + capHeight) / 2)

  const layers: OverlayOptions[] = []
  const stars: string[] = []
  let x = padX
  for (const [index, part] of parts.entries()) {
    if (index > 0) x += gap
    if (STAR_RUN.test(part)) {
      for (const star of Array.from(part)) {
        const filled = star !== "☆"
        stars.push(
          `<path d="${starPath(x + starSize / 2, height / 2, starSize / 2)}" ${
            filled ? `fill="${COLORS.star}"` : `fill="none" stroke="${COLORS.star}" stroke-width="1.6"`
          }/>`,
        )
        x += starSize + 2
      }
      x -= 2
    } else {
      const text = await fitText({
        text: part,
        weight: "SemiBold",
        color: COLORS.sand,
        sizes: [fontSize],
        width: Math.round(textBudget),
        maxLines: 1,
      })
      if (!text) continue
      const below = await inkBelowBaseline(text.text, "SemiBold", fontSize)
      const top = Math.max(0, Math.min(height - text.height, baseline - (text.height - below)))
      layers.push({ input: text.data, raw: { width: text.width, height: text.height, channels: 4 }, left: x, top })
      x += text.width
    }
  }
  const width = Math.round(x + padX)
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="${width}" height="${height}" rx="${height / 2}" fill="${COLORS.teal}"/>${stars.join("")}</svg>`
  const { data, info } = await sharp(Buffer.from(svg))
    .composite(layers)
    .raw()
    .toBuffer({ resolveWithObject: true })
  return { data, width: info.width, height: info.height }
}

/**
 * How far a single line's ink reaches below the baseline (descenders, dots below, the bar of "₫").
 * Text images are cropped to ink, so: prefix a tall glyph that sits on the baseline and compare.
 */
async function inkBelowBaseline(text: string, weight: Weight, size: number): Promise<number> {
  if (!text) return 0
  const probe = "Ẫ"
  const [alone, joined, deepest] = await Promise.all([
    renderText(probe, weight, size, "#000000"),
    renderText(`${probe}${text}`, weight, size, "#000000"),
    renderText(`${probe}gjpqyỵ₫`, weight, size, "#000000"),
  ])
  return Math.max(0, Math.min(joined.height - alone.height, deepest.height - alone.height))
}

/* ------------------------------------------------------------------ main */

const PAD_X = 64
const PAD_TOP = 60
const FOOTER_TOP = 532

export async function renderShareImage(input: ShareImageInput): Promise<Buffer> {
  const kind = input.kind
  const region = photoRegion(kind)
  const textWidth = region.left - PAD_X - 48

  const title = bindSeparators(truncateWords(cleanText(input.title), 90)) || SITE_NAME
  const subtitle = bindSeparators(truncateWords(cleanText(input.subtitle), 100))
  const price = truncateWords(cleanText(input.price), 24)

  const photoPromise = input.photo ? preparePhoto(input.photo, kind, region) : Promise.resolve(null)
  const badgePromise = input.badge ? renderBadge(input.badge, textWidth) : Promise.resolve(null)

  const titleSizes = [58, 54, 50, 46, 42]
  let titleImg = await fitText({ text: title, weight: "Bold", color: COLORS.ink, sizes: titleSizes, width: textWidth, maxLines: 3 })
  // A subtitle reads better on one slightly smaller line than as a line and an orphan.
  let subtitleImg =
    (await fitText({ text: subtitle, weight: "Medium", color: COLORS.teal, sizes: [28, 26, 24], width: textWidth, maxLines: 1, ellipsis: false })) ??
    (await fitText({ text: subtitle, weight: "Medium", color: COLORS.teal, sizes: [28, 26, 24], width: textWidth, maxLines: 2 }))
  const priceImg = await fitText({ text: price, weight: "Bold", color: COLORS.lotus, sizes: [40, 36, 32, 28], width: textWidth, maxLines: 1 })
  const footer = await renderText(SITE_NAME, "SemiBold", 22, COLORS.darkTeal)
  const [photo, badge] = await Promise.all([photoPromise, badgePromise])

  // Vertical stack between the top padding and the footer; gaps are between inks.
  const gapAfterBadge = 30
  const gapAfterTitle = 26
  const gapBeforePrice = 30
  const available = FOOTER_TOP - 36 - PAD_TOP
  const stackHeight = () =>
    (badge ? badge.height + gapAfterBadge : 0) +
    (titleImg?.height ?? 0) +
    (subtitleImg ? gapAfterTitle + subtitleImg.height : 0) +
    (priceImg ? gapBeforePrice + priceImg.height : 0)
  if (stackHeight() > available && subtitleImg) {
    subtitleImg = await fitText({ text: subtitle, weight: "Medium", color: COLORS.teal, sizes: [24], width: textWidth, maxLines: 1 })
  }
  if (stackHeight() > available) {
    titleImg = await fitText({ text: title, weight: "Bold", color: COLORS.ink, sizes: [40], width: textWidth, maxLines: 2 })
  }

  const raw = (img: TextImage, left: number, top: number): OverlayOptions => ({
    input: img.data,
    raw: { width: img.width, height: img.height, channels: 4 },
    left: Math.round(left),
    top: Math.round(top),
  })
  const svg = (width: number, height: number, body: string): Buffer =>
    Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${body}</svg>`)

  const textLayers: OverlayOptions[] = []
  // A lotus-pink seam between the columns.
  textLayers.push({ input: svg(6, H, `<rect width="6" height="${H}" fill="${COLORS.lotus}"/>`), left: region.left - 3, top: 0 })

  // Left column, vertically centred in the space above the footer (but never above the padding).
  let y = PAD_TOP + Math.max(0, Math.round((available - stackHeight()) / 2))
  if (badge) {
    textLayers.push(raw(badge, PAD_X, y))
    y += badge.height + gapAfterBadge
  }
  if (titleImg) {
    textLayers.push(raw(titleImg, PAD_X, y))
    y += titleImg.height
  }
  if (subtitleImg) {
    y += gapAfterTitle
    textLayers.push(raw(subtitleImg, PAD_X, y))
    y += subtitleImg.height
  }
  if (priceImg) {
    y += gapBeforePrice
    textLayers.push(raw(priceImg, PAD_X, y))
  }

  // Footer: a thin lotus-pink rule, a small lotus mark and the site name on one baseline.
  textLayers.push({ input: svg(textWidth, 3, `<rect width="${textWidth}" height="3" fill="${COLORS.lotus}"/>`), left: PAD_X, top: FOOTER_TOP })
  const footerBaseline = FOOTER_TOP + 56
  const footerTop = footerBaseline - (footer.height - (await inkBelowBaseline(SITE_NAME, "SemiBold", 22)))
  textLayers.push({ input: lotusMark(30), left: PAD_X, top: footerBaseline - 24 })
  textLayers.push(raw(footer, PAD_X + 40, footerTop))

  const compose = async (photoLayer: Buffer | null): Promise<Sharp> => {
    const { data, info } = await sharp({ create: { width: W, height: H, channels: 3, background: COLORS.sand } })
      .composite([
        { input: photoLayer ?? decorativePanel(region.width, H), left: region.left, top: 0 },
        ...textLayers,
      ])
      .raw()
      .toBuffer({ resolveWithObject: true })
    return sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
  }

  // q≈80; step down only if a very detailed photo would push the file over the limit.
  let canvas = await compose(photo)
  for (const quality of [80, 74, 68, 60, 52]) {
    const out = await canvas.clone().jpeg({ quality, mozjpeg: true }).toBuffer()
    if (out.length <= SHARE_IMAGE_MAX_BYTES) return out
  }
  // Last resort (noise-like photos): soften the photo, keep the text crisp.
  if (photo) {
    const softened = await sharp(photo).blur(1.5).png({ compressionLevel: 1 }).toBuffer()
    canvas = await compose(softened)
  }
  return canvas.jpeg({ quality: 50, mozjpeg: true }).toBuffer()
}

/** The site's lotus as a small mark for the footer, `size` px wide. */
function lotusMark(size: number): Buffer {
  const h = Math.round(size * 0.8)
  return Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${h}" viewBox="-50 -80 100 80">
  <g transform="translate(0 -2)">
    ${petal(38, 62, -52, COLORS.teal, 0.9)}
    ${petal(38, 62, 52, COLORS.teal, 0.9)}
    ${petal(40, 70, -24, "#d9477f", 1)}
    ${petal(40, 70, 24, "#d9477f", 1)}
    ${petal(44, 78, 0, COLORS.lotus, 1)}
  </g></svg>`)
}
