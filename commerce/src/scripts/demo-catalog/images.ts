/**
 * Generated placeholder pictures for the demo catalog: flat, text-free SVG
 * illustrations rendered by sharp (librsvg) and encoded as WebP.
 *
 * Nothing is downloaded and no fonts are used. Every value placed into the SVG
 * is either a number produced here or a colour re-serialised from validated
 * RGB components, so no input string ever reaches the markup.
 */

import sharp from "sharp"
import type { ImageMotif } from "./types"

// ---------------------------------------------------------------------------
// Colours
// ---------------------------------------------------------------------------

interface Rgb {
  r: number
  g: number
  b: number
}

const HEX_COLOUR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/
const DEFAULT_PALETTE: readonly [string, string] = ["#0f766e", "#fde68a"]
const WHITE: Rgb = { r: 255, g: 255, b: 255 }
const BLACK: Rgb = { r: 0, g: 0, b: 0 }
const WOOD: Rgb = { r: 0x6b, g: 0x44, b: 0x23 }

function isHexColour(value: unknown): value is string {
  return typeof value === "string" && HEX_COLOUR.test(value)
}

function parseHex(value: string): Rgb {
  let hex = value.slice(1)
  if (hex.length === 3) {
    hex = hex
      .split("")
      .map((ch) => ch + ch)
      .join("")
  }
  const n = Number.parseInt(hex, 16)
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 }
}

/** Both colours must be valid `#rgb`/`#rrggbb`; otherwise the default pair is used. */
function resolvePalette(palette: unknown): [Rgb, Rgb] {
  if (
    Array.isArray(palette) &&
    palette.length === 2 &&
    isHexColour(palette[0]) &&
    isHexColour(palette[1])
  ) {
    return [parseHex(palette[0]), parseHex(palette[1])]
  }
  return [parseHex(DEFAULT_PALETTE[0]), parseHex(DEFAULT_PALETTE[1])]
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v))
}

/** Serialises a colour; the only way a colour enters the SVG markup. */
function hex(c: Rgb): string {
  const part = (v: number) => clamp(Math.round(v), 0, 255).toString(16).padStart(2, "0")
  return `#${part(c.r)}${part(c.g)}${part(c.b)}`
}

function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return { r: a.r + (b.r - a.r) * t, g: a.g + (b.g - a.g) * t, b: a.b + (b.b - a.b) * t }
}

const tint = (c: Rgb, t: number) => mix(c, WHITE, t)
const shade = (c: Rgb, t: number) => mix(c, BLACK, t)

function luminance(c: Rgb): number {
  const ch = (v: number) => {
    const s = clamp(v, 0, 255) / 255
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * ch(c.r) + 0.7152 * ch(c.g) + 0.0722 * ch(c.b)
}

function contrast(a: Rgb, b: Rgb): number {
  const la = luminance(a)
  const lb = luminance(b)
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
}

function toHsl(c: Rgb): [number, number, number] {
  const r = c.r / 255
  const g = c.g / 255
  const b = c.b / 255
  const max = Math.max(r, g, b)
  const min = Math.min(r, g, b)
  const l = (max + min) / 2
  if (max === min) return [0, 0, l]
  const d = max - min
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min)
  let h: number
  if (max === r) h = (g - b) / d + (g < b ? 6 : 0)
  else if (max === g) h = (b - r) / d + 2
  else h = (r - g) / d + 4
  return [h * 60, s, l]
}

function fromHsl(h: number, s: number, l: number): Rgb {
  const hue = (((h % 360) + 360) % 360) / 360
  if (s === 0) return { r: l * 255, g: l * 255, b: l * 255 }
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s
  const p = 2 * l - q
  const f = (t0: number) => {
    let t = t0
    if (t < 0) t += 1
    if (t > 1) t -= 1
    if (t < 1 / 6) return p + (q - p) * 6 * t
    if (t < 1 / 2) return q
    if (t < 2 / 3) return p + (q - p) * (2 / 3 - t) * 6
    return p
  }
  return { r: f(hue + 1 / 3) * 255, g: f(hue) * 255, b: f(hue - 1 / 3) * 255 }
}

// ---------------------------------------------------------------------------
// Deterministic randomness
// ---------------------------------------------------------------------------

function hash32(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  // murmur3 finaliser: seeds differing in one character land far apart.
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

class Rng {
  private state: number

  constructor(seed: number) {
    this.state = seed >>> 0
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  range(lo: number, hi: number): number {
    return lo + (hi - lo) * this.next()
  }

  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1))
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T
  }

  chance(p: number): boolean {
    return this.next() < p
  }
}

// ---------------------------------------------------------------------------
// SVG helpers
// ---------------------------------------------------------------------------

/** Number formatting for markup: finite, at most two decimals. */
function n(v: number): string {
  if (!Number.isFinite(v)) return "0"
  return String(Math.round(v * 100) / 100)
}

interface Scheme {
  main: string
  mainDark: string
  mainDeep: string
  mainLight: string
  mainPale: string
  mainShade: string
  mainSoft: string
  accent: string
  accentDark: string
  accentShade: string
  accentLight: string
  bg: string
  bgAlt: string
  bgDeep: string
  shadow: string
  ink: string
  wood: string
  cream: string
}

interface Ctx {
  s: Scheme
  r: Rng
  defs: string[]
  nextId: number
}

function uid(c: Ctx, prefix: string): string {
  c.nextId += 1
  return `${prefix}${c.nextId}`
}

function clipDef(c: Ctx, d: string): string {
  const id = uid(c, "c")
  c.defs.push(`<clipPath id="${id}"><path d="${d}"/></clipPath>`)
  return id
}

function buildScheme(palette: [Rgb, Rgb], r: Rng): Scheme {
  const main = palette[0]
  let accent = palette[1]
  // Labels and bands sit on the main colour: keep them readable.
  if (contrast(main, accent) < 1.7) {
    accent = luminance(main) > 0.35 ? shade(accent, 0.6) : tint(accent, 0.75)
  }
  const [mh, ms, ml] = toHsl(main)
  const [ah, as] = toHsl(accent)
  const useAccentHue = as > 0.15 && r.chance(0.4)
  const baseHue = (useAccentHue ? ah : mh) + r.range(-12, 12)
  const baseSat = clamp((useAccentHue ? as : ms) * 0.55, 0.1, 0.42)
  // A light object needs a deeper background to stand out.
  const bgLight = luminance(main) > 0.55 ? 0.7 : r.range(0.9, 0.94)
  const bg = fromHsl(baseHue, baseSat, bgLight)
  const bgAlt = fromHsl(baseHue, baseSat, bgLight - 0.045)
  const bgDeep = fromHsl(baseHue, baseSat, bgLight - 0.1)
  const shadowC = fromHsl(baseHue, clamp(baseSat * 0.8, 0.05, 0.3), bgLight - 0.14)
  const ink = fromHsl(mh, clamp(ms * 0.5, 0.05, 0.35), clamp(ml * 0.3, 0.08, 0.16))
  return {
    main: hex(main),
    mainDark: hex(shade(main, 0.22)),
    mainDeep: hex(shade(main, 0.45)),
    mainLight: hex(tint(main, 0.28)),
    mainPale: hex(tint(main, 0.62)),
    mainShade: hex(shade(main, 0.12)),
    mainSoft: hex(tint(main, 0.16)),
    accent: hex(accent),
    accentDark: hex(shade(accent, 0.25)),
    accentShade: hex(shade(accent, 0.1)),
    accentLight: hex(tint(accent, 0.5)),
    bg: hex(bg),
    bgAlt: hex(bgAlt),
    bgDeep: hex(bgDeep),
    shadow: hex(shadowC),
    ink: hex(ink),
    wood: hex(mix(WOOD, main, 0.15)),
    cream: hex(mix({ r: 0xfb, g: 0xf6, b: 0xe9 }, accent, 0.12)),
  }
}

const VIEW = 200

function wrapSvg(size: number, defs: string[], body: string[]): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${VIEW} ${VIEW}">` +
    (defs.length ? `<defs>${defs.join("")}</defs>` : "") +
    body.join("") +
    `</svg>`
  )
}

function normaliseSize(size: unknown): number {
  const v = typeof size === "number" && Number.isFinite(size) ? Math.round(size) : 512
  return clamp(v, 16, 4096)
}

/**
 * Rasterises the SVG once and encodes it as WebP at quality 72; if the result
 * exceeds the byte budget (busy seeds/palettes), it retries at lower quality.
 */
async function encodeWebp(svg: string, budgetBytes: number): Promise<Buffer> {
  const raster = await sharp(Buffer.from(svg, "utf8"), { density: 72 }).raw().toBuffer({ resolveWithObject: true })
  const { width, height, channels } = raster.info
  let best: Buffer | null = null
  for (const quality of [72, 62, 50]) {
    const out = await sharp(raster.data, { raw: { width, height, channels } })
      .webp({ quality, effort: 4 })
      .toBuffer()
    if (!best || out.length < best.length) best = out
    if (out.length <= budgetBytes) break
  }
  return best as Buffer
}

// ---------------------------------------------------------------------------
// Shared decorations
// ---------------------------------------------------------------------------

type EmblemKind = "fish" | "wave" | "leaf" | "sun" | "lotus"
const EMBLEMS: readonly EmblemKind[] = ["fish", "wave", "leaf", "sun", "lotus"]

/** A small round seal with a pictogram, used on labels. */
function emblem(cx: number, cy: number, radius: number, fill: string, fg: string, kind: EmblemKind): string {
  const t = `translate(${n(cx)} ${n(cy)}) scale(${n(radius)})`
  let icon: string
  switch (kind) {
    case "fish":
      icon = `<path d="M-.62 0C-.35-.36.18-.36.38 0L.66-.26V.26L.38 0C.18.36-.35.36-.62 0Z" fill="${fg}"/><circle cx="-.36" cy="-.05" r=".07" fill="${fill}"/>`
      break
    case "wave":
      icon = `<path d="M-.62-.12Q-.31-.42 0-.12T.62-.12M-.62.22Q-.31-.08 0 .22T.62.22" fill="none" stroke="${fg}" stroke-width=".14" stroke-linecap="round"/>`
      break
    case "leaf":
      icon = `<path d="M-.5.45C-.55-.1-.1-.55.55-.5.5.1.1.55-.5.45Z" fill="${fg}"/><path d="M-.42.38L.35-.35" stroke="${fill}" stroke-width=".08"/>`
      break
    case "sun":
      icon = `<circle r=".3" fill="${fg}"/><circle r=".5" fill="none" stroke="${fg}" stroke-width=".08" stroke-dasharray=".13 .13"/>`
      break
    case "lotus":
      icon = `<path d="M0-.55C.2-.3.2.1 0 .35-.2.1-.2-.3 0-.55ZM-.12.35C-.5.3-.6 0-.58-.2-.3-.15-.1.05-.12.35ZM.12.35C.5.3.6 0 .58-.2.3-.15.1.05.12.35Z" fill="${fg}"/>`
      break
  }
  return `<g transform="${t}"><circle r="1" fill="${fill}"/><circle r=".84" fill="none" stroke="${fg}" stroke-width=".06"/>${icon}</g>`
}

/** Rounded bars that read as "label text" without any font. */
function textBars(cx: number, y: number, widths: number[], h: number, fill: string): string {
  return widths
    .map((w, i) => `<rect x="${n(cx - w / 2)}" y="${n(y + i * h * 1.9)}" width="${n(w)}" height="${n(h)}" rx="${n(h / 2)}" fill="${fill}"/>`)
    .join("")
}

function shadowEllipse(c: Ctx, cx: number, cy: number, rx: number, ry = 6): string {
  return `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(rx)}" ry="${n(ry)}" fill="${c.s.shadow}"/>`
}

/** Diamond chain band between x0 and x1 centred on y. */
function diamondBand(x0: number, x1: number, y: number, h: number, fill: string): string {
  const step = h * 1.1
  let d = ""
  for (let x = x0; x < x1 + step; x += step) {
    d += `M${n(x)} ${n(y - h / 2)}L${n(x + h / 2)} ${n(y)}L${n(x)} ${n(y + h / 2)}L${n(x - h / 2)} ${n(y)}Z`
  }
  return `<path d="${d}" fill="${fill}"/>`
}

/** Row of triangles (saw-tooth) between x0 and x1, base on y, pointing up (dir -1) or down (1). */
function toothBand(x0: number, x1: number, y: number, h: number, fill: string, dir: 1 | -1 = -1): string {
  const step = h * 1.2
  let d = `M${n(x0)} ${n(y)}`
  for (let x = x0; x < x1 + step; x += step) {
    d += `L${n(x + step / 2)} ${n(y + dir * h)}L${n(x + step)} ${n(y)}`
  }
  d += "Z"
  return `<path d="${d}" fill="${fill}"/>`
}

function dotRow(x0: number, x1: number, y: number, radius: number, gap: number, fill: string): string {
  let d = ""
  for (let x = x0; x <= x1; x += gap) {
    d += `M${n(x - radius)} ${n(y)}a${n(radius)} ${n(radius)} 0 1 0 ${n(radius * 2)} 0a${n(radius)} ${n(radius)} 0 1 0 ${n(-radius * 2)} 0`
  }
  return `<path d="${d}" fill="${fill}"/>`
}

function weavePattern(c: Ctx, base: string, light: string, line: string, cell: number, angle: number): string {
  const id = uid(c, "p")
  const h = cell / 2
  const q = cell / 4
  c.defs.push(
    `<pattern id="${id}" width="${n(cell)}" height="${n(cell)}" patternUnits="userSpaceOnUse" patternTransform="rotate(${n(angle)})">` +
      `<rect width="${n(cell)}" height="${n(cell)}" fill="${base}"/>` +
      `<rect x="${n(h)}" width="${n(h)}" height="${n(h)}" fill="${light}"/>` +
      `<rect y="${n(h)}" width="${n(h)}" height="${n(h)}" fill="${light}"/>` +
      `<path d="M0 ${n(q)}H${n(h)}M${n(h + q)} 0V${n(h)}M${n(q)} ${n(h)}V${n(cell)}M${n(h)} ${n(h + q)}H${n(cell)}" stroke="${line}" stroke-width="${n(cell * 0.06)}"/>` +
      `</pattern>`,
  )
  return id
}

function stripePattern(c: Ctx, base: string, stripe: string, width: number, angle: number, ratio = 0.5): string {
  const id = uid(c, "p")
  c.defs.push(
    `<pattern id="${id}" width="${n(width)}" height="${n(width)}" patternUnits="userSpaceOnUse" patternTransform="rotate(${n(angle)})">` +
      `<rect width="${n(width)}" height="${n(width)}" fill="${base}"/>` +
      `<rect width="${n(width * ratio)}" height="${n(width)}" fill="${stripe}"/>` +
      `</pattern>`,
  )
  return id
}

// ---------------------------------------------------------------------------
// Background
// ---------------------------------------------------------------------------

function background(c: Ctx): string {
  const { s, r } = c
  const out: string[] = [`<rect width="${VIEW}" height="${VIEW}" fill="${s.bg}"/>`]
  const kind = r.int(0, 5)
  switch (kind) {
    case 0:
      out.push(`<circle cx="100" cy="${n(r.range(94, 102))}" r="${n(r.range(68, 78))}" fill="${s.bgAlt}"/>`)
      break
    case 1:
      out.push(`<path d="M38 176V92a62 62 0 0 1 124 0V176Z" fill="${s.bgAlt}"/>`)
      break
    case 2: {
      const id = stripePattern(c, s.bg, s.bgAlt, r.range(16, 22), r.pick([45, -45, 30, -30]))
      out.push(`<rect width="${VIEW}" height="${VIEW}" fill="url(#${id})"/>`)
      break
    }
    case 3: {
      const gap = r.range(15, 19)
      let d = ""
      for (let y = gap / 2; y < VIEW; y += gap) {
        for (let x = gap / 2 + ((Math.round(y / gap) % 2) * gap) / 2; x < VIEW; x += gap) {
          d += `M${n(x - 1.4)} ${n(y)}a1.4 1.4 0 1 0 2.8 0a1.4 1.4 0 1 0-2.8 0`
        }
      }
      out.push(`<path d="${d}" fill="${s.bgAlt}"/>`)
      break
    }
    case 4:
      out.push(`<rect y="${n(r.range(128, 142))}" width="${VIEW}" height="${VIEW}" fill="${s.bgAlt}"/>`)
      break
    default: {
      // Organic blob.
      const pts: string[] = []
      const count = 7
      const radii: number[] = []
      for (let i = 0; i < count; i++) radii.push(r.range(62, 80))
      const at = (i: number): [number, number] => {
        const a = (i / count) * Math.PI * 2
        const rad = radii[((i % count) + count) % count] as number
        return [100 + Math.cos(a) * rad, 98 + Math.sin(a) * rad]
      }
      // Catmull-Rom through the points, closed.
      for (let i = 0; i < count; i++) {
        const p0 = at(i - 1)
        const p1 = at(i)
        const p2 = at(i + 1)
        const p3 = at(i + 2)
        if (i === 0) pts.push(`M${n(p1[0])} ${n(p1[1])}`)
        pts.push(
          `C${n(p1[0] + (p2[0] - p0[0]) / 6)} ${n(p1[1] + (p2[1] - p0[1]) / 6)} ${n(p2[0] - (p3[0] - p1[0]) / 6)} ${n(p2[1] - (p3[1] - p1[1]) / 6)} ${n(p2[0])} ${n(p2[1])}`,
        )
      }
      out.push(`<path d="${pts.join("")}Z" fill="${s.bgAlt}"/>`)
    }
  }
  // Accent dots and sparkles around the edge, away from the object.
  const dots = r.int(3, 6)
  const start = r.range(0, Math.PI * 2)
  for (let i = 0; i < dots; i++) {
    const a = start + (i / dots) * Math.PI * 2 + r.range(-0.3, 0.3)
    const rad = r.range(80, 90)
    const x = clamp(100 + Math.cos(a) * rad, 10, 190)
    const y = clamp(96 + Math.sin(a) * rad * 0.95, 10, 190)
    const fill = r.chance(0.5) ? s.accentLight : s.bgDeep
    if (r.chance(0.3)) {
      const k = r.range(3.5, 5.5)
      out.push(
        `<path d="M${n(x)} ${n(y - k)}Q${n(x)} ${n(y)} ${n(x + k)} ${n(y)}Q${n(x)} ${n(y)} ${n(x)} ${n(y + k)}Q${n(x)} ${n(y)} ${n(x - k)} ${n(y)}Q${n(x)} ${n(y)} ${n(x)} ${n(y - k)}Z" fill="${fill}"/>`,
      )
    } else {
      out.push(`<circle cx="${n(x)}" cy="${n(y)}" r="${n(r.range(2, 4.2))}" fill="${fill}"/>`)
    }
  }
  return out.join("")
}

// ---------------------------------------------------------------------------
// Motifs. Each returns markup in the 200×200 view; the ground line is y≈168.
// ---------------------------------------------------------------------------

function drawBottleShape(c: Ctx, cx: number, k: number, detailed: boolean): string {
  const { s, r } = c
  const hw = r.range(21, 27)
  const H = r.range(78, 94)
  const nw = r.range(7, 9)
  const sh = r.range(14, 20)
  const neck = r.range(16, 24)
  const yS = -H
  const yN = yS - sh
  const yT = yN - neck
  const d =
    `M${n(-nw)} ${n(yT)}L${n(-nw)} ${n(yN)}C${n(-nw)} ${n(yN + sh * 0.5)} ${n(-hw)} ${n(yS - sh * 0.4)} ${n(-hw)} ${n(yS)}` +
    `L${n(-hw)} -6Q${n(-hw)} 0 ${n(-hw + 6)} 0L${n(hw - 6)} 0Q${n(hw)} 0 ${n(hw)} -6L${n(hw)} ${n(yS)}` +
    `C${n(hw)} ${n(yS - sh * 0.4)} ${n(nw)} ${n(yN + sh * 0.5)} ${n(nw)} ${n(yN)}L${n(nw)} ${n(yT)}Z`
  const clip = clipDef(c, d)
  const out: string[] = [`<g transform="translate(${n(cx)} 168) scale(${n(k)})">`]
  out.push(`<path d="${d}" fill="${s.main}"/>`)
  out.push(`<g clip-path="url(#${clip})">`)
  out.push(`<rect x="${n(hw * 0.4)}" y="${n(yT - 5)}" width="${n(hw)}" height="${n(-yT + 10)}" fill="${s.mainDark}"/>`)
  // Label band.
  const lt = yS + H * 0.26
  const lh = H * 0.46
  out.push(`<rect x="${n(-hw - 1)}" y="${n(lt)}" width="${n(hw * 2 + 2)}" height="${n(lh)}" fill="${s.cream}"/>`)
  out.push(`<rect x="${n(-hw - 1)}" y="${n(lt + 2.5)}" width="${n(hw * 2 + 2)}" height="3" fill="${s.accent}"/>`)
  out.push(`<rect x="${n(-hw - 1)}" y="${n(lt + lh - 5.5)}" width="${n(hw * 2 + 2)}" height="3" fill="${s.accent}"/>`)
  if (detailed) {
    const er = Math.min(hw * 0.5, lh * 0.27)
    out.push(emblem(0, lt + lh * 0.4, er, s.main, s.cream, r.pick(EMBLEMS)))
    out.push(textBars(0, lt + lh * 0.4 + er + 4, [hw * 1.1, hw * 0.7], 2.2, s.mainDark))
  } else {
    out.push(emblem(0, lt + lh / 2, Math.min(hw * 0.5, lh * 0.3), s.main, s.cream, r.pick(EMBLEMS)))
  }
  out.push(`<rect x="${n(hw * 0.4)}" y="${n(lt)}" width="${n(hw)}" height="${n(lh)}" fill="#000" fill-opacity=".1"/>`)
  out.push(`<rect x="${n(-hw + 4)}" y="${n(yS + 4)}" width="4" height="${n(H - 14)}" rx="2" fill="#fff" fill-opacity=".3"/>`)
  out.push(`<rect x="${n(-nw + 2.5)}" y="${n(yT + 4)}" width="2.5" height="${n(neck - 2)}" rx="1.2" fill="#fff" fill-opacity=".3"/>`)
  out.push(`</g>`)
  // Cap.
  const capStyle = r.int(0, 2)
  if (capStyle === 0) {
    const capH = r.range(11, 15)
    out.push(`<rect x="${n(-nw - 1.8)}" y="${n(yT - capH)}" width="${n(nw * 2 + 3.6)}" height="${n(capH + 1)}" rx="2.2" fill="${s.accentDark}"/>`)
    let ridges = ""
    for (let x = -nw + 1; x < nw; x += 3.2) ridges += `M${n(x)} ${n(yT - capH + 2.5)}V${n(yT - 1.5)}`
    out.push(`<path d="${ridges}" stroke="#000" stroke-opacity=".18" stroke-width="1.1"/>`)
  } else if (capStyle === 1) {
    const capH = r.range(14, 18)
    out.push(`<path d="M${n(-nw - 1.5)} ${n(yT + 1)}V${n(yT - capH + 5)}Q${n(-nw - 1.5)} ${n(yT - capH)} 0 ${n(yT - capH)}Q${n(nw + 1.5)} ${n(yT - capH)} ${n(nw + 1.5)} ${n(yT - capH + 5)}V${n(yT + 1)}Z" fill="${s.ink}"/>`)
    out.push(`<rect x="${n(-nw - 2.5)}" y="${n(yT - 1)}" width="${n(nw * 2 + 5)}" height="3.2" rx="1.4" fill="${s.accent}"/>`)
  } else {
    // Cork with twine.
    const capH = r.range(10, 13)
    out.push(`<rect x="${n(-nw + 1)}" y="${n(yT - capH)}" width="${n(nw * 2 - 2)}" height="${n(capH + 2)}" rx="2.5" fill="${s.wood}"/>`)
    out.push(`<rect x="${n(-nw - 1)}" y="${n(yT + 3)}" width="${n(nw * 2 + 2)}" height="3" rx="1.2" fill="${s.accentDark}"/>`)
    out.push(`<path d="M${n(nw)} ${n(yT + 4.5)}q5 5 2 13M${n(nw)} ${n(yT + 4.5)}q8 3 7 11" fill="none" stroke="${s.accentDark}" stroke-width="1.6" stroke-linecap="round"/>`)
  }
  out.push(`</g>`)
  return out.join("")
}

function drawBottle(c: Ctx): string {
  const { r } = c
  if (r.chance(0.4)) {
    const right = r.chance(0.5)
    return (
      shadowEllipse(c, 100, 169, 62) +
      drawBottleShape(c, right ? 128 : 72, 0.74, false) +
      drawBottleShape(c, right ? 86 : 114, 1, true)
    )
  }
  return shadowEllipse(c, 100, 169, 42) + drawBottleShape(c, 100, r.range(1, 1.08), true)
}

function drawJar(c: Ctx): string {
  const { s, r } = c
  const hw = r.range(36, 44)
  const H = r.range(72, 88)
  const sh = r.range(8, 12)
  const d =
    `M${n(-hw + 8)} ${n(-H)}L${n(-hw + 8)} ${n(-H + 3)}Q${n(-hw)} ${n(-H + sh * 0.6)} ${n(-hw)} ${n(-H + sh + 8)}` +
    `L${n(-hw)} -9Q${n(-hw)} 0 ${n(-hw + 9)} 0L${n(hw - 9)} 0Q${n(hw)} 0 ${n(hw)} -9L${n(hw)} ${n(-H + sh + 8)}` +
    `Q${n(hw)} ${n(-H + sh * 0.6)} ${n(hw - 8)} ${n(-H + 3)}L${n(hw - 8)} ${n(-H)}Z`
  const clip = clipDef(c, d)
  const fillTop = -H * r.range(0.7, 0.84)
  const out: string[] = [shadowEllipse(c, 100, 169, hw + 10), `<g transform="translate(100 168)">`]
  out.push(`<path d="${d}" fill="${s.mainPale}"/>`)
  out.push(`<g clip-path="url(#${clip})">`)
  out.push(`<rect x="${n(-hw - 1)}" y="${n(fillTop)}" width="${n(hw * 2 + 2)}" height="${n(-fillTop + 2)}" fill="${s.main}"/>`)
  out.push(`<rect x="${n(hw * 0.45)}" y="${n(-H - 2)}" width="${n(hw)}" height="${n(H + 4)}" fill="#000" fill-opacity=".12"/>`)
  const lt = -H * 0.58
  const lh = H * 0.4
  const labelRound = r.chance(0.5)
  if (labelRound) {
    out.push(`<ellipse cx="0" cy="${n(lt + lh / 2)}" rx="${n(hw * 0.62)}" ry="${n(lh * 0.56)}" fill="${s.cream}"/>`)
    out.push(`<ellipse cx="0" cy="${n(lt + lh / 2)}" rx="${n(hw * 0.62 - 3)}" ry="${n(lh * 0.56 - 3)}" fill="none" stroke="${s.accent}" stroke-width="1.6"/>`)
  } else {
    out.push(`<rect x="${n(-hw - 1)}" y="${n(lt)}" width="${n(hw * 2 + 2)}" height="${n(lh)}" fill="${s.cream}"/>`)
    out.push(`<rect x="${n(-hw - 1)}" y="${n(lt + lh - 5)}" width="${n(hw * 2 + 2)}" height="5" fill="${s.accent}"/>`)
  }
  const er = lh * 0.24
  out.push(emblem(0, lt + lh * 0.38, er, s.accent, s.cream, r.pick(EMBLEMS)))
  out.push(textBars(0, lt + lh * 0.38 + er + 3.5, [hw * 0.7, hw * 0.42], 2.2, s.mainDark))
  out.push(`<rect x="${n(-hw + 5)}" y="${n(-H + sh + 6)}" width="5" height="${n(H - sh - 18)}" rx="2.5" fill="#fff" fill-opacity=".35"/>`)
  out.push(`</g>`)
  if (r.chance(0.5)) {
    // Screw lid.
    const lw = hw - 5
    out.push(`<rect x="${n(-lw)}" y="${n(-H - 15)}" width="${n(lw * 2)}" height="17" rx="3.5" fill="${s.accentDark}"/>`)
    out.push(`<rect x="${n(-lw)}" y="${n(-H - 15)}" width="${n(lw * 2)}" height="5" rx="2.5" fill="#fff" fill-opacity=".18"/>`)
    let ridges = ""
    for (let x = -lw + 4; x < lw - 2; x += 4.2) ridges += `M${n(x)} ${n(-H - 8)}V${n(-H - 1)}`
    out.push(`<path d="${ridges}" stroke="#000" stroke-opacity=".15" stroke-width="1.3"/>`)
  } else {
    // Cloth cover tied with twine.
    const cw = hw - 2
    let zig = `M${n(-cw)} ${n(-H + 8)}`
    const steps = 9
    for (let i = 1; i <= steps; i++) {
      zig += `L${n(-cw + (i - 0.5) * ((cw * 2) / steps))} ${n(-H + 12)}L${n(-cw + i * ((cw * 2) / steps))} ${n(-H + 8)}`
    }
    out.push(`<path d="${zig}L${n(cw - 3)} ${n(-H - 6)}Q0 ${n(-H - 20)} ${n(-cw + 3)} ${n(-H - 6)}Z" fill="${s.accent}"/>`)
    out.push(`<path d="M${n(-cw + 8)} ${n(-H - 8)}Q0 ${n(-H - 18)} ${n(cw - 8)} ${n(-H - 8)}" fill="none" stroke="#fff" stroke-opacity=".3" stroke-width="2.5" stroke-linecap="round"/>`)
    out.push(`<rect x="${n(-hw + 6)}" y="${n(-H - 1)}" width="${n(hw * 2 - 12)}" height="3.4" rx="1.7" fill="${s.wood}"/>`)
    out.push(`<path d="M${n(hw * 0.3)} ${n(-H + 1)}q-6 8-3 14M${n(hw * 0.3)} ${n(-H + 1)}q4 8 7 12" fill="none" stroke="${s.wood}" stroke-width="1.8" stroke-linecap="round"/>`)
  }
  out.push(`</g>`)
  return out.join("")
}

function drawBag(c: Ctx): string {
  const { s, r } = c
  const kind = r.int(0, 2)
  const out: string[] = [shadowEllipse(c, 100, 169, 50), `<g transform="translate(100 168)">`]
  if (kind === 0) {
    // Stand-up pouch with a window.
    const tw = r.range(32, 36)
    const bw = tw + r.range(3, 6)
    const H = r.range(104, 118)
    const d = `M${n(-tw)} ${n(-H)}H${n(tw)}L${n(bw)} -10Q${n(bw)} 0 ${n(bw - 10)} 0H${n(-bw + 10)}Q${n(-bw)} 0 ${n(-bw)} -10Z`
    const clip = clipDef(c, d)
    out.push(`<path d="${d}" fill="${s.main}"/>`)
    out.push(`<g clip-path="url(#${clip})">`)
    out.push(`<rect x="${n(-tw - 2)}" y="${n(-H - 2)}" width="${n(bw * 2 + 4)}" height="10" fill="${s.mainDark}"/>`)
    out.push(`<path d="M${n(-bw)} ${n(-H + 16)}H${n(bw)}" stroke="${s.mainDark}" stroke-width="1.6" stroke-dasharray="3 2"/>`)
    // Window with contents.
    const wy = -H + 26
    const wh = H * 0.3
    const ww = tw * 0.66
    const winShape = r.chance(0.5)
      ? `<rect x="${n(-ww)}" y="${n(wy)}" width="${n(ww * 2)}" height="${n(wh)}" rx="${n(wh * 0.3)}"`
      : `<ellipse cx="0" cy="${n(wy + wh / 2)}" rx="${n(ww)}" ry="${n(wh / 2)}"`
    out.push(`${winShape} fill="${s.cream}"/>`)
    const winClip = uid(c, "c")
    c.defs.push(`<clipPath id="${winClip}">${winShape}/></clipPath>`)
    out.push(`<g clip-path="url(#${winClip})">`)
    const grain = r.int(0, 1)
    let pieces = ""
    for (let i = 0; i < 26; i++) {
      const x = r.range(-ww, ww)
      const y = wy + wh * 0.35 + r.range(0, wh * 0.8)
      if (grain === 0) {
        pieces += `<ellipse cx="${n(x)}" cy="${n(y)}" rx="${n(r.range(3, 5))}" ry="${n(r.range(2, 3.2))}" transform="rotate(${n(r.range(-40, 40))} ${n(x)} ${n(y)})" fill="${i % 3 ? s.accent : s.accentDark}"/>`
      } else {
        pieces += `<path d="M${n(x - 4)} ${n(y)}a4 4 0 0 1 8 0" fill="none" stroke="${i % 3 ? s.accent : s.accentDark}" stroke-width="2.4" stroke-linecap="round" transform="rotate(${n(r.range(-60, 60))} ${n(x)} ${n(y)})"/>`
      }
    }
    out.push(pieces, `</g>`)
    // Label.
    const ly = wy + wh + 7
    out.push(emblem(0, ly + 11, 10, s.accent, s.main, r.pick(EMBLEMS)))
    out.push(textBars(0, ly + 26, [tw * 1.1, tw * 0.7], 2.6, s.accentLight))
    out.push(`<path d="M${n(-bw)} -14Q0 -4 ${n(bw)} -14" fill="none" stroke="${s.mainDark}" stroke-width="1.6"/>`)
    out.push(`<rect x="${n(tw * 0.55)}" y="${n(-H)}" width="${n(bw)}" height="${n(H)}" fill="#000" fill-opacity=".1"/>`)
    out.push(`<rect x="${n(-tw + 4)}" y="${n(-H + 22)}" width="4" height="${n(H - 40)}" rx="2" fill="#fff" fill-opacity=".22"/>`)
    out.push(`</g>`)
    out.push(`<path d="M${n(-tw - 0.5)} ${n(-H + 10)}l5 3-5 3ZM${n(tw + 0.5)} ${n(-H + 10)}l-5 3 5 3Z" fill="${s.bg}"/>`)
  } else if (kind === 1) {
    // Paper bag with rolled top and a round sticker.
    const w = r.range(33, 38)
    const side = r.range(11, 15)
    const H = r.range(96, 108)
    const fold = 16
    const front = `M${n(-w - side / 2)} ${n(-H + fold)}H${n(w - side / 2)}V0H${n(-w - side / 2)}Z`
    out.push(`<path d="M${n(w - side / 2)} ${n(-H + fold)}L${n(w + side / 2)} ${n(-H + fold - 5)}V-4L${n(w - side / 2)} 0Z" fill="${s.mainDark}"/>`)
    out.push(`<path d="${front}" fill="${s.main}"/>`)
    out.push(`<path d="M${n(w - side / 2 - 0.5)} ${n(-H + fold)}L${n(w + side / 2)} ${n(-H + fold - 5)}V${n(-H - 4)}L${n(w - side / 2)} ${n(-H)}Z" fill="${s.mainDeep}"/>`)
    let teeth = `M${n(-w - side / 2)} ${n(-H + fold + 1)}V${n(-H)}`
    const tw = (w * 2) / 14
    for (let i = 0; i < 14; i++) teeth += `l${n(tw / 2)} -2.5l${n(tw / 2)} 2.5`
    out.push(`<path d="${teeth}V${n(-H + fold + 1)}Z" fill="${s.mainLight}"/>`)
    out.push(`<path d="M${n(-w - side / 2)} ${n(-H + fold)}H${n(w - side / 2)}" stroke="${s.mainDark}" stroke-width="2"/>`)
    out.push(`<path d="M${n(-w - side / 2)} ${n(-H + 6)}H${n(w - side / 2)}" stroke="${s.mainDark}" stroke-width="1" stroke-opacity=".6"/>`)
    const cx = -side / 2
    out.push(`<rect x="${n(cx - 4)}" y="${n(-H - 4)}" width="8" height="${n(fold + 14)}" rx="2" fill="${s.accent}"/>`)
    out.push(emblem(cx, -H * 0.5, Math.min(w * 0.55, 20), s.accent, s.cream, r.pick(EMBLEMS)))
    out.push(textBars(cx, -H * 0.5 + 28, [w * 1.1, w * 0.7], 2.6, s.mainDark))
    out.push(`<rect x="${n(-w - side / 2 + 4)}" y="${n(-H + fold + 6)}" width="3.5" height="${n(H - fold - 14)}" rx="1.7" fill="#fff" fill-opacity=".2"/>`)
  } else {
    // Drawstring cloth sack.
    const w = r.range(40, 46)
    const H = r.range(86, 96)
    const neckY = -H
    const d = `M-12 ${n(neckY)}C${n(-w)} ${n(neckY + 14)} ${n(-w - 6)} -30 ${n(-w)} -10Q${n(-w + 2)} 0 ${n(-w + 14)} 0H${n(w - 14)}Q${n(w - 2)} 0 ${n(w)} -10C${n(w + 6)} -30 ${n(w)} ${n(neckY + 14)} 12 ${n(neckY)}Z`
    const clip = clipDef(c, d)
    out.push(`<path d="M-12 ${n(neckY + 2)}C-24 ${n(neckY - 8)} -26 ${n(neckY - 20)} -18 ${n(neckY - 22)}L-8 ${n(neckY - 14)}L0 ${n(neckY - 24)}L8 ${n(neckY - 14)}L18 ${n(neckY - 22)}C26 ${n(neckY - 20)} 24 ${n(neckY - 8)} 12 ${n(neckY + 2)}Z" fill="${s.mainLight}"/>`)
    out.push(`<path d="${d}" fill="${s.main}"/>`)
    out.push(`<g clip-path="url(#${clip})">`)
    if (r.chance(0.6)) {
      const id = stripePattern(c, s.main, s.mainDark, 10, 90, 0.18)
      out.push(`<rect x="${n(-w - 8)}" y="${n(neckY)}" width="${n(w * 2 + 16)}" height="${n(H)}" fill="url(#${id})"/>`)
    }
    out.push(`<rect x="${n(-w - 8)}" y="-34" width="${n(w * 2 + 16)}" height="8" fill="${s.accent}"/>`)
    out.push(`<path d="M${n(w * 0.35)} ${n(neckY)}C${n(w * 0.9)} ${n(neckY + 20)} ${n(w + 6)} -30 ${n(w * 0.6)} 0H${n(w + 10)}V${n(neckY)}Z" fill="#000" fill-opacity=".12"/>`)
    out.push(`<path d="M${n(-w + 8)} -56Q${n(-w + 4)} -30 ${n(-w + 12)} -12" fill="none" stroke="#fff" stroke-opacity=".25" stroke-width="4" stroke-linecap="round"/>`)
    out.push(`</g>`)
    out.push(`<rect x="-14" y="${n(neckY - 3)}" width="28" height="6" rx="3" fill="${s.accentDark}"/>`)
    out.push(`<path d="M8 ${n(neckY + 2)}Q16 ${n(neckY + 14)} 14 ${n(neckY + 24)}" fill="none" stroke="${s.accentDark}" stroke-width="1.6"/>`)
    out.push(`<g transform="translate(14 ${n(neckY + 34)}) rotate(${n(r.range(-12, 8))})"><rect x="-9" y="-10" width="18" height="22" rx="3" fill="${s.cream}"/><circle cy="-5.5" r="1.8" fill="${s.accentDark}"/>${emblem(0, 4, 6, s.accent, s.cream, r.pick(EMBLEMS))}</g>`)
  }
  out.push(`</g>`)
  return out.join("")
}

function drawBox(c: Ctx): string {
  const { s, r } = c
  const W = r.range(74, 96)
  const Hh = r.range(50, 82)
  const D = r.range(18, 28)
  const dy = D * 0.62
  const x0 = 100 - (W + D) / 2
  const yb = 166
  const top = yb - Hh
  const xr = x0 + W
  const out: string[] = [shadowEllipse(c, 100 + D * 0.3, 168, (W + D) / 2 + 10, 7)]
  out.push(`<path d="M${n(xr)} ${n(top)}L${n(xr + D)} ${n(top - dy)}V${n(yb - dy)}L${n(xr)} ${n(yb)}Z" fill="${s.mainDark}"/>`)
  out.push(`<path d="M${n(x0)} ${n(top)}L${n(x0 + D)} ${n(top - dy)}H${n(xr + D)}L${n(xr)} ${n(top)}Z" fill="${s.mainLight}"/>`)
  out.push(`<rect x="${n(x0)}" y="${n(top)}" width="${n(W)}" height="${n(Hh)}" fill="${s.main}"/>`)
  const style = r.int(0, 2)
  if (style === 0) {
    // Ribbon and bow.
    const bw = 5
    const xc = x0 + W / 2
    const ym = top + Hh / 2
    out.push(`<rect x="${n(xc - bw)}" y="${n(top)}" width="${n(bw * 2)}" height="${n(Hh)}" fill="${s.accent}"/>`)
    out.push(`<path d="M${n(xc - bw)} ${n(top)}L${n(xc - bw + D)} ${n(top - dy)}H${n(xc + bw + D)}L${n(xc + bw)} ${n(top)}Z" fill="${s.accentLight}"/>`)
    out.push(`<path d="M${n(xr)} ${n(ym - bw)}L${n(xr + D)} ${n(ym - bw - dy)}V${n(ym + bw - dy)}L${n(xr)} ${n(ym + bw)}Z" fill="${s.accentDark}"/>`)
    out.push(`<rect x="${n(x0)}" y="${n(ym - bw)}" width="${n(W)}" height="${n(bw * 2)}" fill="${s.accent}"/>`)
    const t1 = 0.5 - bw / D / 1.4
    const t2 = 0.5 + bw / D / 1.4
    out.push(`<path d="M${n(x0 + D * t1)} ${n(top - dy * t1)}H${n(xr + D * t1)}L${n(xr + D * t2)} ${n(top - dy * t2)}H${n(x0 + D * t2)}Z" fill="${s.accentLight}"/>`)
    const bx = xc + D / 2
    const by = top - dy / 2
    out.push(`<path d="M${n(bx)} ${n(by)}l-6 14 4-1 2 4ZM${n(bx)} ${n(by)}l7 13 -4 0 -1 4Z" fill="${s.accentDark}"/>`)
    out.push(`<ellipse cx="${n(bx - 10)}" cy="${n(by - 6)}" rx="12" ry="6.5" transform="rotate(-22 ${n(bx - 10)} ${n(by - 6)})" fill="${s.accent}" stroke="${s.accentDark}" stroke-width="1.5"/>`)
    out.push(`<ellipse cx="${n(bx + 10)}" cy="${n(by - 6)}" rx="12" ry="6.5" transform="rotate(22 ${n(bx + 10)} ${n(by - 6)})" fill="${s.accent}" stroke="${s.accentDark}" stroke-width="1.5"/>`)
    out.push(`<circle cx="${n(bx)}" cy="${n(by - 3)}" r="4.5" fill="${s.accentDark}"/>`)
  } else {
    // Lid band, seal and a patterned strip.
    const lid = Math.min(16, Hh * 0.25)
    out.push(`<rect x="${n(x0)}" y="${n(top)}" width="${n(W)}" height="${n(lid)}" fill="${s.mainDark}"/>`)
    out.push(`<path d="M${n(xr)} ${n(top)}L${n(xr + D)} ${n(top - dy)}V${n(top - dy + lid)}L${n(xr)} ${n(top + lid)}Z" fill="${s.mainDeep}"/>`)
    out.push(`<path d="M${n(x0)} ${n(top + lid)}H${n(xr)}" stroke="#000" stroke-opacity=".2" stroke-width="1"/>`)
    const cx = x0 + W / 2
    const er = Math.min(W * 0.2, (Hh - lid) * 0.26)
    const cy = top + lid + (Hh - lid) * 0.42
    if (style === 1) {
      out.push(toothBand(x0, xr, yb, 6, s.accent))
      out.push(`<rect x="${n(x0)}" y="${n(yb - 3)}" width="${n(W)}" height="3" fill="${s.accent}"/>`)
    } else {
      out.push(diamondBand(x0 + 4, xr - 4, yb - 9, 8, s.accent))
      out.push(`<path d="M${n(xr)} ${n(yb - 9)}L${n(xr + D)} ${n(yb - 9 - dy)}" stroke="${s.accent}" stroke-width="2"/>`)
    }
    out.push(emblem(cx, cy, er, s.accent, s.main, r.pick(EMBLEMS)))
    if (Hh - lid > 44) out.push(textBars(cx, cy + er + 5, [W * 0.42, W * 0.26], 2.4, s.accentLight))
  }
  out.push(`<path d="M${n(x0)} ${n(top)}H${n(xr)}L${n(xr + D)} ${n(top - dy)}" fill="none" stroke="#fff" stroke-opacity=".35" stroke-width="1.2"/>`)
  return out.join("")
}

function mangoPath(): string {
  return "M-52 0C-52-22-30-34 0-34C30-34 54-20 54 2C54 22 36 32 16 31C0 30-8 20-26 21C-42 22-52 14-52 0Z"
}

function drawFruit(c: Ctx): string {
  const { s, r } = c
  const kind = r.int(0, 2)
  const out: string[] = []
  if (kind === 0) {
    // Mango (one or two).
    const pair = r.chance(0.5)
    out.push(shadowEllipse(c, 100, 166, pair ? 64 : 50, 7))
    const blush = hex(mix(parseHex(s.main), { r: 0xdc, g: 0x26, b: 0x26 }, 0.35))
    const one = (x: number, y: number, rot: number, k: number, leaf: boolean, dim = false) => {
      const d = mangoPath()
      const clip = clipDef(c, d)
      const parts = [`<g transform="translate(${n(x)} ${n(y)}) rotate(${n(rot)}) scale(${n(k)})">`]
      parts.push(`<path d="M-50-6L-59-15" stroke="${s.wood}" stroke-width="4" stroke-linecap="round"/>`)
      if (leaf) {
        parts.push(`<path d="M-57-13C-52-36-30-46-4-44C-14-28-32-15-57-13Z" fill="${s.accent}"/>`)
        parts.push(`<path d="M-54-15C-42-28-26-37-10-42" fill="none" stroke="${s.accentDark}" stroke-width="1.6" stroke-linecap="round"/>`)
      }
      parts.push(`<path d="${d}" fill="${s.main}"/>`)
      parts.push(`<g clip-path="url(#${clip})">`)
      parts.push(`<ellipse cx="-22" cy="-24" rx="40" ry="20" fill="${blush}" fill-opacity=".6"/>`)
      parts.push(`<path d="M-60 12C-40 20-8 10 16 16C34 20 48 14 60 0V40H-60Z" fill="${s.mainDark}"/>`)
      if (dim) parts.push(`<rect x="-60" y="-40" width="120" height="80" fill="#000" fill-opacity=".16"/>`)
      parts.push(`</g>`)
      parts.push(`<ellipse cx="4" cy="-22" rx="18" ry="4.5" transform="rotate(4 4 -22)" fill="#fff" fill-opacity=".35"/>`)
      parts.push(`</g>`)
      return parts.join("")
    }
    if (pair) {
      out.push(one(134, 104, r.range(24, 36), 0.8, false, true))
      out.push(one(82, 128, r.range(18, 30), 1, true))
    } else {
      out.push(one(102, 114, r.range(20, 36), 1.14, true))
    }
  } else if (kind === 1) {
    // Durian with a pod of flesh.
    out.push(shadowEllipse(c, 100, 168, 58, 7))
    const cx = r.range(92, 100)
    const cy = 112
    const rx = 44
    const ry = 48
    const rot = r.range(-14, 14)
    const spikes = 26
    let d = ""
    for (let i = 0; i < spikes; i++) {
      const a0 = (i / spikes) * Math.PI * 2
      const a1 = ((i + 0.5) / spikes) * Math.PI * 2
      const a2 = ((i + 1) / spikes) * Math.PI * 2
      const p0 = [Math.cos(a0) * rx, Math.sin(a0) * ry]
      const p1 = [Math.cos(a1) * (rx + 8), Math.sin(a1) * (ry + 8)]
      const p2 = [Math.cos(a2) * rx, Math.sin(a2) * ry]
      d += `${i === 0 ? "M" : "L"}${n(p0[0] as number)} ${n(p0[1] as number)}L${n(p1[0] as number)} ${n(p1[1] as number)}L${n(p2[0] as number)} ${n(p2[1] as number)}`
    }
    d += "Z"
    const body = `M${-rx} 0a${rx} ${ry} 0 1 0 ${rx * 2} 0a${rx} ${ry} 0 1 0 ${-rx * 2} 0Z`
    const clip = clipDef(c, body)
    const parts = [`<g transform="translate(${n(cx)} ${n(cy)}) rotate(${n(rot)})">`]
    parts.push(`<path d="${d}" fill="${s.mainDark}"/>`)
    parts.push(`<path d="${body}" fill="${s.main}"/>`)
    parts.push(`<g clip-path="url(#${clip})">`)
    let marks = ""
    for (let row = -5; row <= 5; row++) {
      for (let col = -5; col <= 5; col++) {
        const x = col * 10 + (row % 2 ? 5 : 0)
        const y = row * 9
        marks += `M${x - 3.5} ${y + 2.5}L${x} ${y - 3.5}L${x + 3.5} ${y + 2.5}Z`
      }
    }
    parts.push(`<path d="${marks}" fill="${s.mainDark}"/>`)
    parts.push(`<ellipse cx="22" cy="28" rx="46" ry="40" fill="#000" fill-opacity=".14"/>`)
    parts.push(`</g>`)
    parts.push(`<path d="M-4 ${-ry - 2}Q-2 ${-ry - 14} 4 ${-ry - 18}L8 ${-ry - 15}Q3 ${-ry - 10} 4 ${-ry - 2}Z" fill="${s.wood}"/>`)
    parts.push(`</g>`)
    out.push(parts.join(""))
    // Flesh pods.
    const px = cx + 46
    out.push(`<path d="M${n(px - 16)} 160C${n(px - 20)} 144 ${n(px - 10)} 134 ${n(px + 2)} 136C${n(px + 16)} 138 ${n(px + 22)} 150 ${n(px + 18)} 162C${n(px + 8)} 168 ${n(px - 10)} 168 ${n(px - 16)} 160Z" fill="${s.accent}"/>`)
    out.push(`<path d="M${n(px - 8)} 146Q${n(px)} 140 ${n(px + 8)} 144" fill="none" stroke="#fff" stroke-opacity=".5" stroke-width="2.5" stroke-linecap="round"/>`)
    out.push(`<path d="M${n(px - 10)} 158Q${n(px + 2)} 162 ${n(px + 14)} 156" fill="none" stroke="${s.accentDark}" stroke-width="1.5" stroke-linecap="round"/>`)
  } else {
    // Grape bunch.
    out.push(shadowEllipse(c, 100, 168, 40, 6))
    const rot = r.range(-12, 12)
    const rows = [5, 4, 5, 4, 3, 2, 1]
    const rad = r.range(9, 10.5)
    const parts = [`<g transform="translate(100 62) rotate(${n(rot)})">`]
    parts.push(`<path d="M0 4C0-8 4-16 10-22" fill="none" stroke="${s.wood}" stroke-width="4" stroke-linecap="round"/>`)
    parts.push(`<path d="M6-14C-8-30-34-26-40-8C-28-12-20-2-6-6C-14-12-6-14 6-14Z" fill="${s.accent}"/>`)
    parts.push(`<path d="M4-14C-10-16-24-14-34-10" fill="none" stroke="${s.accentDark}" stroke-width="1.4"/>`)
    let dark = ""
    let light = ""
    let hi = ""
    rows.forEach((count, ri) => {
      const y = 10 + ri * rad * 1.62
      for (let i = 0; i < count; i++) {
        const x = (i - (count - 1) / 2) * rad * 1.9 + r.range(-1, 1)
        const circle = `M${n(x - rad)} ${n(y)}a${n(rad)} ${n(rad)} 0 1 0 ${n(rad * 2)} 0a${n(rad)} ${n(rad)} 0 1 0 ${n(-rad * 2)} 0`
        if ((i + ri) % 3 === 0) dark += circle
        else light += circle
        hi += `M${n(x - rad * 0.55)} ${n(y - rad * 0.3)}a${n(rad * 0.22)} ${n(rad * 0.22)} 0 1 0 ${n(rad * 0.44)} 0a${n(rad * 0.22)} ${n(rad * 0.22)} 0 1 0 ${n(-rad * 0.44)} 0`
      }
    })
    parts.push(`<path d="${dark}" fill="${s.mainDark}"/>`, `<path d="${light}" fill="${s.main}"/>`)
    parts.push(`<path d="${hi}" fill="#fff" fill-opacity=".45"/>`)
    parts.push(`</g>`)
    out.push(parts.join(""))
  }
  return out.join("")
}

function fishShape(c: Ctx, x: number, y: number, rot: number, k: number, flip: boolean): string {
  const { s } = c
  const body = "M-60 0C-42-27 8-31 38-9L60-24C55-8 55 8 60 24L38 9C8 31-42 27-60 0Z"
  const clip = clipDef(c, body)
  const parts = [`<g transform="translate(${n(x)} ${n(y)}) rotate(${n(rot)}) scale(${n(flip ? -k : k)} ${n(k)})">`]
  parts.push(`<path d="M-16-22C-8-34 10-32 18-18Z" fill="${s.mainDark}"/>`)
  parts.push(`<path d="M2 20C8 30 18 30 22 18Z" fill="${s.mainDark}"/>`)
  parts.push(`<path d="${body}" fill="${s.main}"/>`)
  parts.push(`<g clip-path="url(#${clip})">`)
  parts.push(`<path d="M-64-4C-30-14 10-14 64-4V-40H-64Z" fill="${s.mainDark}"/>`)
  parts.push(`<path d="M-64 8C-30 4 10 4 64 10V40H-64Z" fill="${s.mainPale}"/>`)
  parts.push(`<path d="M-40 1C-10-4 20-3 40 0" fill="none" stroke="${s.accent}" stroke-width="3" stroke-linecap="round"/>`)
  let scales = ""
  for (let sx = -20; sx <= 24; sx += 9) scales += `M${sx} -13q4 4 0 8M${sx + 4.5} -6q4 4 0 8`
  parts.push(`<path d="${scales}" fill="none" stroke="#000" stroke-opacity=".14" stroke-width="1.2"/>`)
  parts.push(`</g>`)
  parts.push(`<path d="M-34-14Q-27 0-34 14" fill="none" stroke="${s.mainDeep}" stroke-width="2" stroke-linecap="round"/>`)
  parts.push(`<path d="M-22 6q8 2 10 10q-8 0-10-10Z" fill="${s.mainDark}"/>`)
  parts.push(`<circle cx="-45" cy="-4" r="5" fill="#fff"/><circle cx="-45.8" cy="-4" r="2.6" fill="${s.ink}"/>`)
  parts.push(`</g>`)
  return parts.join("")
}

function drawFish(c: Ctx): string {
  const { s, r } = c
  const kind = r.int(0, 3)
  const out: string[] = []
  if (kind === 0) {
    out.push(shadowEllipse(c, 100, 160, 60, 7))
    out.push(fishShape(c, 100, 112, r.range(-16, 12), 1.18, r.chance(0.5)))
  } else if (kind === 1) {
    // Pair, head to tail.
    out.push(shadowEllipse(c, 100, 164, 66, 7))
    const rot = r.range(-10, 10)
    out.push(fishShape(c, 104, 86, rot, 1, false))
    out.push(fishShape(c, 96, 134, rot, 1, true))
  } else if (kind === 2) {
    // On a plate.
    out.push(`<ellipse cx="100" cy="122" rx="84" ry="40" fill="${s.shadow}"/>`)
    out.push(`<ellipse cx="100" cy="118" rx="84" ry="40" fill="${s.cream}"/>`)
    out.push(`<ellipse cx="100" cy="118" rx="70" ry="31" fill="none" stroke="${s.accent}" stroke-width="3"/>`)
    out.push(`<ellipse cx="100" cy="118" rx="76" ry="35" fill="none" stroke="${s.accentLight}" stroke-width="1.4"/>`)
    out.push(fishShape(c, 100, 112, r.range(-8, 8), 1, r.chance(0.5)))
    out.push(`<path d="M140 128q6-6 12-2q-3 7-12 2Z" fill="${s.accent}"/><circle cx="56" cy="128" r="4" fill="${s.accentDark}"/>`)
  } else {
    // Dried squid.
    out.push(shadowEllipse(c, 100, 166, 54, 7))
    const rot = r.range(-30, 30)
    const parts = [`<g transform="translate(100 98) rotate(${n(rot)})">`]
    let tentacles = ""
    const tips = [-16, -10, -5, 0, 5, 10, 16]
    tips.forEach((tx, i) => {
      const len = i === 1 || i === 5 ? 72 : 52 + r.range(-4, 4)
      tentacles += `M${n(tx * 0.5)} 34Q${n(tx * 1.4)} ${n(34 + len * 0.5)} ${n(tx * 1.1 + r.range(-4, 4))} ${n(34 + len)}`
    })
    parts.push(`<path d="${tentacles}" fill="none" stroke="${s.mainDark}" stroke-width="4" stroke-linecap="round"/>`)
    const mantle = "M0-70L26-46L19-38C21-10 19 12 15 26L-15 26C-19 12-21-10-19-38L-26-46Z"
    parts.push(`<path d="${mantle}" fill="${s.main}"/>`)
    parts.push(`<path d="M-15 24H15Q16 40 0 42Q-16 40-15 24Z" fill="${s.mainDark}"/>`)
    parts.push(`<circle cx="-8" cy="31" r="3.2" fill="${s.ink}"/><circle cx="8" cy="31" r="3.2" fill="${s.ink}"/>`)
    parts.push(`<path d="M0-60V18" stroke="${s.mainDark}" stroke-width="1.6"/>`)
    parts.push(`<path d="M-10-36q-3 28 0 50" fill="none" stroke="#fff" stroke-opacity=".35" stroke-width="4" stroke-linecap="round"/>`)
    parts.push(`<path d="M-8-10h6M4-24h6M2 4h6" stroke="${s.accent}" stroke-width="2.4" stroke-linecap="round"/>`)
    parts.push(`</g>`)
    out.push(parts.join(""))
  }
  return out.join("")
}

function drawBasket(c: Ctx): string {
  const { s, r } = c
  const kind = r.int(0, 2)
  const weave = weavePattern(c, s.main, s.mainSoft, s.mainDark, r.range(14, 17), 45)
  const out: string[] = []
  if (kind === 0) {
    // Basket with handle.
    out.push(shadowEllipse(c, 100, 168, 50))
    const body = "M-58-64H58C56-32 48-8 36 0H-36C-48-8-56-32-58-64Z"
    const clip = clipDef(c, body)
    out.push(`<g transform="translate(100 168)">`)
    out.push(`<path d="M-48-66C-46-132 46-132 48-66" fill="none" stroke="${s.mainDeep}" stroke-width="8" stroke-linecap="round"/>`)
    out.push(`<path d="M-48-66C-46-132 46-132 48-66" fill="none" stroke="${s.mainLight}" stroke-width="2" stroke-dasharray="5 4"/>`)
    if (r.chance(0.6)) {
      out.push(`<circle cx="-22" cy="-66" r="16" fill="${s.accent}"/><circle cx="8" cy="-70" r="18" fill="${s.accentDark}"/><circle cx="34" cy="-64" r="13" fill="${s.accent}"/>`)
      out.push(`<circle cx="2" cy="-76" r="5" fill="#fff" fill-opacity=".35"/><circle cx="-27" cy="-71" r="4" fill="#fff" fill-opacity=".35"/>`)
    }
    out.push(`<path d="${body}" fill="url(#${weave})"/>`)
    out.push(`<g clip-path="url(#${clip})"><rect x="18" y="-70" width="50" height="80" fill="#000" fill-opacity=".14"/></g>`)
    out.push(`<rect x="-62" y="-70" width="124" height="11" rx="5.5" fill="${s.mainDeep}"/>`)
    out.push(`<path d="M-56-61l6-7M-44-61l6-7M-32-61l6-7M-20-61l6-7M-8-61l6-7M4-61l6-7M16-61l6-7M28-61l6-7M40-61l6-7M52-61l6-7" stroke="${s.mainLight}" stroke-width="1.6" stroke-linecap="round"/>`)
    out.push(`<rect x="-36" y="-4" width="72" height="5" rx="2.5" fill="${s.mainDeep}"/>`)
    if (r.chance(0.6)) out.push(`<path d="M-57-50Q0-44 57-50" fill="none" stroke="${s.accent}" stroke-width="5"/>`)
    out.push(`</g>`)
  } else if (kind === 1) {
    // Round lidded basket.
    out.push(shadowEllipse(c, 100, 170, 50))
    out.push(`<g transform="translate(100 166)">`)
    const body = "M-44-66V-8A44 9 0 0 0 44-8V-66Z"
    const clip = clipDef(c, body)
    out.push(`<path d="${body}" fill="url(#${weave})"/>`)
    out.push(`<g clip-path="url(#${clip})"><rect x="14" y="-70" width="40" height="90" fill="#000" fill-opacity=".14"/></g>`)
    out.push(`<path d="M-44-26A44 9 0 0 0 44-26V-19A44 9 0 0 1-44-19Z" fill="${s.accent}"/>`)
    out.push(`<path d="M-50-66C-50-98 50-98 50-66Z" fill="${s.mainDark}"/>`)
    out.push(`<path d="M-50-66C-50-98 50-98 50-66Z" fill="url(#${weave})" fill-opacity=".5"/>`)
    out.push(`<path d="M-50-70A50 9 0 0 0 50-70V-62A50 9 0 0 1-50-62Z" fill="${s.mainDeep}"/>`)
    out.push(`<rect x="-7" y="-99" width="14" height="9" rx="4" fill="${s.mainDeep}"/>`)
    out.push(`<path d="M-30-84Q-14-92 4-92" fill="none" stroke="#fff" stroke-opacity=".3" stroke-width="3" stroke-linecap="round"/>`)
    out.push(`</g>`)
  } else {
    // Flat tray with produce.
    out.push(`<g transform="translate(100 118)">`)
    out.push(`<ellipse cx="0" cy="10" rx="82" ry="34" fill="${s.shadow}"/>`)
    out.push(`<ellipse cx="0" cy="0" rx="82" ry="36" fill="url(#${weave})"/>`)
    out.push(`<ellipse cx="0" cy="0" rx="80" ry="34" fill="none" stroke="${s.mainDeep}" stroke-width="6"/>`)
    out.push(`<ellipse cx="0" cy="0" rx="80" ry="34" fill="none" stroke="${s.mainLight}" stroke-width="1.6" stroke-dasharray="4 3"/>`)
    let pieces = ""
    for (let i = 0; i < 11; i++) {
      const a = r.range(0, Math.PI * 2)
      const rad = Math.sqrt(r.next()) * 0.72
      const x = Math.cos(a) * 70 * rad
      const y = Math.sin(a) * 28 * rad - 2
      pieces += `<ellipse cx="${n(x)}" cy="${n(y)}" rx="${n(r.range(7, 10))}" ry="${n(r.range(5, 7))}" transform="rotate(${n(r.range(-30, 30))} ${n(x)} ${n(y)})" fill="${i % 3 ? s.accent : s.accentDark}"/>`
    }
    out.push(pieces)
    out.push(`</g>`)
  }
  return out.join("")
}

/** Catmull-Rom curve through points (no move-to). */
function smoothThrough(seq: Array<[number, number]>): string {
  const get = (i: number): [number, number] => seq[clamp(i, 0, seq.length - 1)] as [number, number]
  let d = ""
  for (let i = 0; i < seq.length - 1; i++) {
    const p0 = get(i - 1)
    const p1 = get(i)
    const p2 = get(i + 1)
    const p3 = get(i + 2)
    d += `C${n(p1[0] + (p2[0] - p0[0]) / 6)} ${n(p1[1] + (p2[1] - p0[1]) / 6)} ${n(p2[0] - (p3[0] - p1[0]) / 6)} ${n(p2[1] - (p3[1] - p1[1]) / 6)} ${n(p2[0])} ${n(p2[1])}`
  }
  return d
}

/** Smooth symmetric profile from (y, halfWidth) points, top to bottom. */
function profilePath(points: Array<[number, number]>): string {
  const right = points.map(([y, w]) => [w, y] as [number, number])
  const left = [...points].reverse().map(([y, w]) => [-w, y] as [number, number])
  const first = right[0] as [number, number]
  const leftFirst = left[0] as [number, number]
  return `M${n(first[0])} ${n(first[1])}${smoothThrough(right)}L${n(leftFirst[0])} ${n(leftFirst[1])}${smoothThrough(left)}Z`
}

function drawVase(c: Ctx): string {
  const { s, r } = c
  const kind = r.int(0, 2)
  let pts: Array<[number, number]>
  if (kind === 0) {
    // Round-bellied pot.
    const w = r.range(48, 56)
    pts = [[-112, 20], [-106, 16], [-96, 17], [-82, w * 0.78], [-58, w], [-30, w * 0.92], [-10, w * 0.62], [0, w * 0.44]]
  } else if (kind === 1) {
    // Tall vase.
    const w = r.range(34, 40)
    pts = [[-134, 22], [-128, 14], [-112, 11], [-92, w * 0.72], [-62, w], [-30, w * 0.86], [-8, w * 0.56], [0, w * 0.5]]
  } else {
    // Water jar with flared lip.
    const w = r.range(44, 50)
    pts = [[-118, 27], [-112, 20], [-102, 18], [-90, w * 0.8], [-64, w], [-34, w * 0.95], [-10, w * 0.66], [0, w * 0.5]]
  }
  const d = profilePath(pts)
  const clip = clipDef(c, d)
  const topY = (pts[0] as [number, number])[0]
  const lipW = (pts[0] as [number, number])[1]
  const maxW = Math.max(...pts.map((p) => p[1]))
  const out: string[] = [shadowEllipse(c, 100, 169, maxW + 6, 7), `<g transform="translate(100 168)">`]
  out.push(`<path d="${d}" fill="${s.main}"/>`)
  out.push(`<g clip-path="url(#${clip})">`)
  // Bands, Chăm style: zigzags, diamonds, dot rows and incised lines.
  const bandYs = kind === 1 ? [-96, -60, -26] : [-80, -52, -24]
  const choices = ["tooth", "diamond", "dots", "lines", "meander"] as const
  const used = new Set<string>()
  for (const by of bandYs) {
    if (r.chance(0.18) && used.size > 0) continue
    let kindB: (typeof choices)[number] = r.pick(choices)
    if (used.has(kindB)) kindB = r.pick(choices)
    used.add(kindB)
    const x0 = -70
    const x1 = 70
    switch (kindB) {
      case "tooth":
        out.push(`<rect x="${x0}" y="${by - 7}" width="140" height="14" fill="${s.mainDark}"/>`)
        out.push(toothBand(x0, x1, by + 6, 11, s.accent))
        out.push(`<path d="M${x0} ${by - 6}H${x1}" stroke="${s.accent}" stroke-width="1.6"/>`)
        break
      case "diamond":
        out.push(`<path d="M${x0} ${by - 7}H${x1}M${x0} ${by + 7}H${x1}" stroke="${s.mainDeep}" stroke-width="1.8"/>`)
        out.push(diamondBand(x0, x1, by, 10, s.accent))
        out.push(dotRow(x0 + 5.5, x1, by, 1.4, 11, s.mainDeep))
        break
      case "dots":
        out.push(`<path d="M${x0} ${by - 5}H${x1}M${x0} ${by + 5}H${x1}" stroke="${s.accent}" stroke-width="1.6"/>`)
        out.push(dotRow(x0, x1, by, 2.2, 8, s.mainDeep))
        break
      case "lines":
        out.push(`<path d="M${x0} ${by - 4}H${x1}M${x0} ${by}H${x1}M${x0} ${by + 4}H${x1}" stroke="${s.mainDeep}" stroke-width="1.5"/>`)
        break
      case "meander": {
        let m = `M${x0} ${by + 5}`
        for (let x = x0; x < x1; x += 12) m += `H${x + 3}V${by - 5}H${x + 9}V${by + 5}H${x + 12}`
        out.push(`<rect x="${x0}" y="${by - 8}" width="140" height="16" fill="${s.accent}"/>`)
        out.push(`<path d="${m}" fill="none" stroke="${s.mainDeep}" stroke-width="2"/>`)
        break
      }
    }
  }
  out.push(`<path d="M${n(maxW * 0.3)} ${n(topY - 2)}C${n(maxW * 1.3)} -70 ${n(maxW * 0.9)} -10 ${n(maxW * 0.2)} 2H80V${n(topY - 2)}Z" fill="#000" fill-opacity=".16"/>`)
  out.push(`<path d="M${n(-maxW * 0.68)} -82Q${n(-maxW * 0.86)} -56 ${n(-maxW * 0.7)} -34" fill="none" stroke="#fff" stroke-opacity=".3" stroke-width="5" stroke-linecap="round"/>`)
  out.push(`</g>`)
  out.push(`<ellipse cx="0" cy="${n(topY)}" rx="${n(lipW)}" ry="${n(Math.max(4, lipW * 0.24))}" fill="${s.mainDeep}"/>`)
  out.push(`<ellipse cx="0" cy="${n(topY)}" rx="${n(lipW)}" ry="${n(Math.max(4, lipW * 0.24))}" fill="none" stroke="${s.mainLight}" stroke-width="1.4"/>`)
  out.push(`</g>`)
  return out.join("")
}

function clothBands(x0: number, x1: number, yTop: number, height: number, s: Scheme, r: Rng): string {
  const out: string[] = []
  const count = height > 60 ? 3 : 1
  for (let i = 0; i < count; i++) {
    const y = yTop + (height * (i + 0.5)) / count
    const pick = r.int(0, 2)
    if (pick === 0) {
      out.push(`<rect x="${n(x0)}" y="${n(y - 8)}" width="${n(x1 - x0)}" height="16" fill="${s.mainDeep}"/>`)
      out.push(diamondBand(x0, x1, y, 11, s.accent))
      out.push(dotRow(x0 + 6, x1, y, 1.6, 12.1, s.mainDeep))
    } else if (pick === 1) {
      out.push(`<rect x="${n(x0)}" y="${n(y - 7)}" width="${n(x1 - x0)}" height="14" fill="${s.accent}"/>`)
      out.push(toothBand(x0, x1, y + 5, 9, s.mainDeep))
    } else {
      out.push(`<path d="M${n(x0)} ${n(y - 5)}H${n(x1)}M${n(x0)} ${n(y + 5)}H${n(x1)}" stroke="${s.accent}" stroke-width="3"/>`)
      out.push(`<path d="M${n(x0)} ${n(y)}H${n(x1)}" stroke="${s.cream}" stroke-width="2" stroke-dasharray="4 3"/>`)
    }
  }
  return out.join("")
}

function drawFabric(c: Ctx): string {
  const { s, r } = c
  const kind = r.int(0, 1)
  const twill = stripePattern(c, s.main, s.mainShade, r.range(8, 10), r.pick([45, -45]), 0.5)
  const out: string[] = []
  if (kind === 0) {
    // Hanging runner with fringe.
    const w = r.range(34, 40)
    const top = 40
    const bottom = r.range(146, 154)
    const x0 = 100 - w
    const x1 = 100 + w
    const clip = clipDef(c, `M${n(x0)} ${top}H${n(x1)}V${n(bottom)}H${n(x0)}Z`)
    out.push(shadowEllipse(c, 100, 174, 44, 5))
    let fringe = ""
    for (let x = x0 + 2; x <= x1 - 1; x += 4) fringe += `M${n(x)} ${n(bottom)}v${n(r.range(10, 14))}`
    out.push(`<path d="${fringe}" stroke="${s.mainDark}" stroke-width="1.8" stroke-linecap="round"/>`)
    out.push(`<rect x="${n(x0)}" y="${top}" width="${n(w * 2)}" height="${n(bottom - top)}" fill="url(#${twill})"/>`)
    out.push(`<g clip-path="url(#${clip})">`)
    out.push(clothBands(x0, x1, top + 12, bottom - top - 18, s, r))
    out.push(`<rect x="${n(x0)}" y="${n(bottom - 5)}" width="${n(w * 2)}" height="5" fill="${s.mainDeep}"/>`)
    out.push(`<rect x="${n(100 + w * 0.45)}" y="${top}" width="${n(w)}" height="${n(bottom - top)}" fill="#000" fill-opacity=".1"/>`)
    out.push(`</g>`)
    out.push(`<rect x="${n(x0)}" y="${top}" width="${n(w * 2)}" height="6" fill="${s.mainDeep}"/>`)
    out.push(`<path d="M${n(x0 - 6)} ${top - 4}L100 18L${n(x1 + 6)} ${top - 4}" fill="none" stroke="${s.mainDeep}" stroke-width="1.5"/>`)
    out.push(`<rect x="${n(x0 - 14)}" y="${top - 5}" width="${n(w * 2 + 28)}" height="6" rx="3" fill="${s.wood}"/>`)
    out.push(`<circle cx="${n(x0 - 15)}" cy="${top - 2}" r="5" fill="${s.wood}"/><circle cx="${n(x1 + 15)}" cy="${top - 2}" r="5" fill="${s.wood}"/>`)
  } else {
    // Stack of folded cloths, each showing its patterned fold.
    const layers = r.int(2, 3)
    const w = r.range(56, 64)
    const h = layers === 3 ? 28 : 34
    out.push(shadowEllipse(c, 100, 170, w + 8, 7))
    const alt = stripePattern(c, s.accent, s.accentShade, r.range(8, 10), 45, 0.5)
    for (let i = 0; i < layers; i++) {
      const yb = 166 - i * (h + 1)
      const dx = i === 0 ? 0 : r.range(-6, 6)
      const x0 = 100 - w + dx
      const x1 = x0 + w * 2
      const y0 = yb - h
      const shape = `M${n(x0 + 8)} ${n(y0)}H${n(x1 - 10)}Q${n(x1)} ${n(y0)} ${n(x1)} ${n(y0 + h / 2)}Q${n(x1)} ${n(yb)} ${n(x1 - 10)} ${n(yb)}H${n(x0 + 8)}Q${n(x0)} ${n(yb)} ${n(x0)} ${n(yb - 8)}V${n(y0 + 8)}Q${n(x0)} ${n(y0)} ${n(x0 + 8)} ${n(y0)}Z`
      const clip = clipDef(c, shape)
      const plain = i % 2 === 1
      out.push(`<path d="${shape}" fill="url(#${plain ? alt : twill})"/>`)
      out.push(`<g clip-path="url(#${clip})">`)
      const bandY = yb - h / 2 + 1
      if (!plain) {
        out.push(`<rect x="${n(x0)}" y="${n(bandY - 7)}" width="${n(w * 2)}" height="14" fill="${s.mainDeep}"/>`)
        out.push(diamondBand(x0 + 6, x1, bandY, 10, s.accent))
      } else {
        out.push(`<rect x="${n(x0)}" y="${n(bandY - 6)}" width="${n(w * 2)}" height="12" fill="${s.main}"/>`)
        out.push(toothBand(x0, x1, bandY + 5, 8, s.cream))
      }
      // Fold: a lighter lip along the top and a shaded rounded end.
      out.push(`<rect x="${n(x0)}" y="${n(y0)}" width="${n(w * 2)}" height="4" fill="#fff" fill-opacity=".22"/>`)
      out.push(`<rect x="${n(x1 - 14)}" y="${n(y0)}" width="14" height="${n(h)}" fill="#000" fill-opacity=".14"/>`)
      out.push(`<rect x="${n(x0)}" y="${n(yb - 3)}" width="${n(w * 2)}" height="3" fill="#000" fill-opacity=".12"/>`)
      out.push(`</g>`)
    }
    if (r.chance(0.6)) {
      // A tassel hanging from the top layer.
      const tx = 100 + w * 0.55
      const ty = 166 - (layers - 1) * (h + 1) - h / 2
      out.push(`<path d="M${n(tx)} ${n(ty)}v8" stroke="${s.accentDark}" stroke-width="2"/><path d="M${n(tx - 4)} ${n(ty + 8)}h8l2 14h-12Z" fill="${s.accent}"/><rect x="${n(tx - 5)}" y="${n(ty + 7)}" width="10" height="3" rx="1.5" fill="${s.accentDark}"/>`)
    }
  }
  return out.join("")
}

function leafPath(len: number, wid: number): string {
  return `M0 0C${n(len * 0.25)} ${n(-wid)} ${n(len * 0.75)} ${n(-wid)} ${n(len)} 0C${n(len * 0.75)} ${n(wid)} ${n(len * 0.25)} ${n(wid)} 0 0Z`
}

function drawLeaf(c: Ctx): string {
  const { s, r } = c
  const kind = r.int(0, 2)
  const out: string[] = []
  if (kind === 0) {
    // Sprig with alternating leaves.
    out.push(shadowEllipse(c, 100, 170, 36, 5))
    const rot = r.range(-14, 14)
    const parts = [`<g transform="rotate(${n(rot)} 100 110)">`]
    const stem = (t: number): [number, number] => {
      const x = (1 - t) * (1 - t) * 92 + 2 * (1 - t) * t * 82 + t * t * 112
      const y = (1 - t) * (1 - t) * 172 + 2 * (1 - t) * t * 100 + t * t * 34
      return [x, y]
    }
    parts.push(`<path d="M92 172Q82 100 112 34" fill="none" stroke="${s.mainDeep}" stroke-width="3.4" stroke-linecap="round"/>`)
    const leaves = r.int(5, 7)
    for (let i = 0; i < leaves; i++) {
      const t = 0.22 + (i / leaves) * 0.74
      const [x, y] = stem(t)
      const side = i % 2 === 0 ? -1 : 1
      const ang = -90 + side * r.range(38, 58) + (t - 0.5) * 20
      const len = (46 - t * 16) * r.range(0.9, 1.1)
      const fill = i % 2 === 0 ? s.main : s.mainLight
      parts.push(`<g transform="translate(${n(x)} ${n(y)}) rotate(${n(ang)})"><path d="${leafPath(len, len * 0.36)}" fill="${fill}"/><path d="M2 0Q${n(len * 0.5)} -2 ${n(len - 3)} 0" fill="none" stroke="${s.mainDeep}" stroke-width="1.3" stroke-opacity=".7"/></g>`)
    }
    const [tx, ty] = stem(1)
    parts.push(`<g transform="translate(${n(tx)} ${n(ty)}) rotate(-70)"><path d="${leafPath(22, 7)}" fill="${s.mainLight}"/></g>`)
    if (r.chance(0.5)) {
      const [fx, fy] = stem(0.55)
      parts.push(`<circle cx="${n(fx + 4)}" cy="${n(fy)}" r="4.5" fill="${s.accent}"/><circle cx="${n(fx + 2)}" cy="${n(fy + 9)}" r="3.5" fill="${s.accent}"/>`)
    }
    parts.push(`</g>`)
    out.push(parts.join(""))
  } else if (kind === 1) {
    // One large leaf with veins, plus a smaller one behind.
    out.push(shadowEllipse(c, 100, 168, 56, 6))
    const rot = r.range(-50, -30)
    out.push(`<g transform="translate(56 154) rotate(${n(rot + 22)})"><path d="${leafPath(100, 22)}" fill="${s.mainDark}"/></g>`)
    const len = 140
    const wid = 40
    const parts = [`<g transform="translate(40 160) rotate(${n(rot)})">`]
    parts.push(`<path d="M-12 0H2" stroke="${s.mainDeep}" stroke-width="4" stroke-linecap="round"/>`)
    parts.push(`<path d="${leafPath(len, wid)}" fill="${s.main}"/>`)
    parts.push(`<path d="M0 0C${n(len * 0.25)} ${n(wid)} ${n(len * 0.75)} ${n(wid)} ${n(len)} 0Z" fill="#000" fill-opacity=".1"/>`)
    let veins = `M2 0H${len - 4}`
    for (let x = 18; x < len - 14; x += 16) {
      veins += `M${x} 0Q${x + 10} -8 ${x + 20} ${n(-wid * 0.62 * Math.sin((Math.PI * (x + 10)) / len))}`
      veins += `M${x} 0Q${x + 10} 8 ${x + 20} ${n(wid * 0.62 * Math.sin((Math.PI * (x + 10)) / len))}`
    }
    parts.push(`<path d="${veins}" fill="none" stroke="${s.mainLight}" stroke-width="1.8" stroke-linecap="round"/>`)
    parts.push(`</g>`)
    out.push(parts.join(""))
    if (r.chance(0.6)) out.push(`<circle cx="150" cy="150" r="7" fill="${s.accent}"/><circle cx="162" cy="142" r="5" fill="${s.accentDark}"/>`)
  } else {
    // Bunch of herbs tied with a band.
    out.push(shadowEllipse(c, 100, 170, 40, 5))
    const rot = r.range(-12, 12)
    const parts = [`<g transform="rotate(${n(rot)} 100 140)">`]
    const fan = [-40, -24, -8, 8, 24, 40]
    parts.push(`<path d="M92 168L98 128M100 168V128M108 168L102 128" stroke="${s.mainDeep}" stroke-width="3" stroke-linecap="round"/>`)
    fan.forEach((a, i) => {
      const len = 58 + r.range(-6, 10) - Math.abs(a) * 0.3
      parts.push(`<g transform="translate(100 130) rotate(${n(-90 + a)})"><path d="M0 0H14" stroke="${s.mainDeep}" stroke-width="2.4"/><g transform="translate(10 0)"><path d="${leafPath(len, len * 0.3)}" fill="${i % 2 ? s.mainLight : s.main}"/><path d="M3 0H${n(len - 4)}" stroke="${s.mainDeep}" stroke-width="1.2" stroke-opacity=".6"/></g></g>`)
    })
    parts.push(`<rect x="90" y="136" width="20" height="10" rx="3" fill="${s.accent}"/><path d="M108 141l10 6-2 4Z" fill="${s.accentDark}"/>`)
    parts.push(`</g>`)
    out.push(parts.join(""))
  }
  return out.join("")
}

function drawBowl(c: Ctx): string {
  const { s, r } = c
  const rx = r.range(56, 64)
  const ry = rx * 0.22
  const depth = r.range(46, 54)
  const cy = 108
  const out: string[] = [shadowEllipse(c, 100, cy + depth + 10, rx * 0.8, 6), `<g transform="translate(100 ${cy})">`]
  const extra = r.int(0, 2)
  // Steam behind.
  if (r.chance(0.5)) {
    out.push(`<path d="M-14-24q-8-12 0-22t0-22M6-20q-8-12 0-22t0-22M26-26q-8-10 0-18" fill="none" stroke="${s.bgDeep}" stroke-width="3.2" stroke-linecap="round"/>`)
  }
  out.push(`<ellipse rx="${n(rx)}" ry="${n(ry)}" fill="${s.mainPale}"/>`)
  const inner = uid(c, "c")
  c.defs.push(`<clipPath id="${inner}"><ellipse rx="${n(rx - 3)}" ry="${n(ry - 2)}"/></clipPath>`)
  out.push(`<g clip-path="url(#${inner})">`)
  out.push(`<ellipse cy="${n(ry * 0.5)}" rx="${n(rx - 6)}" ry="${n(ry)}" fill="${s.accent}"/>`)
  let texture = ""
  for (let i = 0; i < 14; i++) {
    const x = r.range(-rx + 12, rx - 12)
    const y = r.range(-ry * 0.1, ry * 0.9)
    texture += `M${n(x - 5)} ${n(y)}q5 ${n(r.range(-4, -2))} 10 0`
  }
  out.push(`<path d="${texture}" fill="none" stroke="${s.accentDark}" stroke-width="1.6" stroke-linecap="round"/>`)
  out.push(`</g>`)
  if (extra === 1) {
    // Ceramic spoon resting inside.
    out.push(`<path d="M${n(rx * 0.1)} 2L${n(rx + 14)} ${n(-ry - 26)}" stroke="${s.cream}" stroke-width="6" stroke-linecap="round"/>`)
    out.push(`<ellipse cx="${n(rx * 0.05)}" cy="3" rx="12" ry="6" transform="rotate(-22 ${n(rx * 0.05)} 3)" fill="${s.cream}"/>`)
  }
  const body = `M${n(-rx)} 0A${n(rx)} ${n(depth)} 0 0 0 ${n(rx)} 0A${n(rx)} ${n(ry)} 0 0 1 ${n(-rx)} 0Z`
  const clip = clipDef(c, body)
  out.push(`<path d="M-22 ${n(depth - 6)}L-24 ${n(depth + 4)}H24L22 ${n(depth - 6)}Z" fill="${s.mainDark}"/>`)
  out.push(`<path d="${body}" fill="${s.main}"/>`)
  out.push(`<g clip-path="url(#${clip})">`)
  const deco = r.int(0, 2)
  const by = ry + 9
  if (deco === 0) out.push(`<rect x="${n(-rx)}" y="${n(by - 3)}" width="${n(rx * 2)}" height="6" fill="${s.accent}"/>${dotRow(-rx, rx, by + 10, 2, 9, s.accentLight)}`)
  else if (deco === 1) out.push(`<path d="M${n(-rx)} ${n(by)}q6-6 12 0t12 0t12 0t12 0t12 0t12 0t12 0t12 0t12 0t12 0t12 0" fill="none" stroke="${s.accent}" stroke-width="3"/>`)
  else out.push(`<rect x="${n(-rx)}" y="${n(by - 6)}" width="${n(rx * 2)}" height="12" fill="${s.mainDark}"/>${diamondBand(-rx, rx, by, 9, s.accent)}`)
  out.push(`<ellipse cx="${n(rx * 0.55)}" cy="${n(depth * 0.6)}" rx="${n(rx * 0.6)}" ry="${n(depth * 0.8)}" fill="#000" fill-opacity=".12"/>`)
  out.push(`<path d="M${n(-rx * 0.78)} ${n(ry + 6)}Q${n(-rx * 0.7)} ${n(depth * 0.55)} ${n(-rx * 0.4)} ${n(depth * 0.78)}" fill="none" stroke="#fff" stroke-opacity=".3" stroke-width="4" stroke-linecap="round"/>`)
  out.push(`</g>`)
  out.push(`<ellipse rx="${n(rx)}" ry="${n(ry)}" fill="none" stroke="${s.mainDark}" stroke-width="2"/>`)
  if (extra === 2) {
    out.push(`<path d="M${n(-rx * 0.7)} ${n(-ry - 14)}L${n(rx + 10)} ${n(ry - 4)}M${n(-rx * 0.6)} ${n(-ry - 20)}L${n(rx + 14)} ${n(ry - 10)}" stroke="${s.wood}" stroke-width="3.4" stroke-linecap="round"/>`)
  }
  out.push(`</g>`)
  return out.join("")
}

function drawStick(c: Ctx): string {
  const { s, r } = c
  const kind = r.int(0, 1)
  const out: string[] = []
  const coat = s.wood
  const glow = hex(mix({ r: 0xf9, g: 0x73, b: 0x16 }, { r: 0xef, g: 0x44, b: 0x44 }, r.next()))
  if (kind === 0) {
    // Sticks standing in a pot, some burning.
    out.push(shadowEllipse(c, 100, 170, 44, 6))
    const count = r.int(5, 8)
    let handles = ""
    let coats = ""
    const tips: Array<[number, number]> = []
    for (let i = 0; i < count; i++) {
      const spread = (i - (count - 1) / 2) / Math.max(1, count - 1)
      const tx = 100 + spread * r.range(56, 70)
      const ty = r.range(34, 58)
      const bx = 100 + spread * 18
      const by = 132
      const mx = bx + (tx - bx) * 0.3
      const my = by + (ty - by) * 0.3
      handles += `M${n(bx)} ${n(by)}L${n(mx)} ${n(my)}`
      coats += `M${n(mx)} ${n(my)}L${n(tx)} ${n(ty)}`
      tips.push([tx, ty])
    }
    out.push(`<path d="${coats}" stroke="${coat}" stroke-width="3.4" stroke-linecap="round"/>`)
    out.push(`<path d="${handles}" stroke="${s.accent}" stroke-width="3" stroke-linecap="round"/>`)
    const burning = tips.filter((_, i) => i % 3 === 1)
    for (const [tx, ty] of burning) {
      out.push(`<circle cx="${n(tx)}" cy="${n(ty)}" r="2.6" fill="${glow}"/>`)
      out.push(`<path d="M${n(tx)} ${n(ty - 4)}q-6-8 0-14t0-14q-5-6 0-12" fill="none" stroke="#fff" stroke-opacity=".7" stroke-width="2" stroke-linecap="round"/>`)
    }
    // Pot.
    out.push(`<ellipse cx="100" cy="134" rx="34" ry="7" fill="${s.mainDeep}"/>`)
    out.push(`<path d="M66 134Q64 160 80 168H120Q136 160 134 134A34 7 0 0 1 66 134Z" fill="${s.main}"/>`)
    out.push(`<path d="M67 146H133" stroke="${s.accent}" stroke-width="4"/>`)
    out.push(dotRow(74, 128, 155, 1.6, 9, s.accentLight))
    out.push(`<path d="M110 136Q130 142 122 166H120Q136 160 134 134Z" fill="#000" fill-opacity=".12"/>`)
  } else {
    // Bundle lying diagonally, tied with a label.
    out.push(shadowEllipse(c, 100, 160, 66, 7))
    const rot = r.range(-32, -18)
    const parts = [`<g transform="translate(100 112) rotate(${n(rot)})">`]
    let handles = ""
    let coats = ""
    const rows = 8
    for (let i = 0; i < rows; i++) {
      const y = (i - (rows - 1) / 2) * 3.6
      const x1 = 72 + r.range(-4, 4)
      // Tight bundle that loosens a little towards the tips.
      handles += `M-78 ${n(y)}H-40`
      coats += `M-40 ${n(y)}H30L${n(x1)} ${n(y * 1.3)}`
    }
    parts.push(`<path d="${coats}" fill="none" stroke="${coat}" stroke-width="3.6" stroke-linecap="round" stroke-linejoin="round"/>`)
    parts.push(`<path d="${handles}" stroke="${s.accent}" stroke-width="3.6" stroke-linecap="round"/>`)
    parts.push(`<path d="M-40-14V14" stroke="#000" stroke-opacity=".15" stroke-width="1"/>`)
    parts.push(`<rect x="-12" y="-22" width="40" height="44" rx="4" fill="${s.main}"/>`)
    parts.push(`<rect x="-12" y="-22" width="40" height="44" rx="4" fill="none" stroke="${s.accent}" stroke-width="2"/>`)
    parts.push(emblem(8, -5, 10, s.accent, s.main, r.pick(EMBLEMS)))
    parts.push(textBars(8, 10, [24, 16], 2.2, s.accentLight))
    parts.push(`<rect x="-62" y="-18" width="6" height="36" rx="2" fill="${s.mainDeep}"/>`)
    parts.push(`</g>`)
    out.push(parts.join(""))
  }
  return out.join("")
}

const MOTIF_DRAWERS: Record<ImageMotif, (c: Ctx) => string> = {
  bottle: drawBottle,
  jar: drawJar,
  bag: drawBag,
  box: drawBox,
  fruit: drawFruit,
  fish: drawFish,
  basket: drawBasket,
  vase: drawVase,
  fabric: drawFabric,
  leaf: drawLeaf,
  bowl: drawBowl,
  stick: drawStick,
}

/** Builds the product SVG (exported for tests and previews). */
export function productImageSvg(input: {
  motif: ImageMotif
  palette: [string, string]
  seed: string
  size: number
}): string {
  const seed = typeof input.seed === "string" ? input.seed : ""
  const r = new Rng(hash32(`product:${seed}`))
  const c: Ctx = { s: buildScheme(resolvePalette(input.palette), r), r, defs: [], nextId: 0 }
  const drawer = Object.prototype.hasOwnProperty.call(MOTIF_DRAWERS, input.motif)
    ? MOTIF_DRAWERS[input.motif]
    : drawBox
  const bgMarkup = background(c)
  const motifMarkup = drawer(c)
  return wrapSvg(normaliseSize(input.size), c.defs, [bgMarkup, motifMarkup])
}

export async function renderProductImage(input: {
  motif: ImageMotif
  palette: [string, string]
  seed: string
  size: number
}): Promise<Buffer> {
  const size = normaliseSize(input.size)
  // About 25 bytes per pixel of edge: ≤ 24 KB at 960 px, ≤ 10 KB at 400 px.
  return encodeWebp(productImageSvg({ ...input, size }), size * 25)
}

// ---------------------------------------------------------------------------
// Cooperative logo
// ---------------------------------------------------------------------------

/** Builds the logo SVG (exported for tests and previews). */
export function cooperativeLogoSvg(input: { palette: [string, string]; seed: string; size: number }): string {
  const seed = typeof input.seed === "string" ? input.seed : ""
  const r = new Rng(hash32(`logo:${seed}`))
  const [main, accent0] = resolvePalette(input.palette)
  let accent = accent0
  if (contrast(main, accent) < 2.2) accent = luminance(main) > 0.35 ? shade(accent, 0.65) : tint(accent, 0.8)
  const M = hex(main)
  const MD = hex(shade(main, 0.25))
  const A = hex(accent)
  const AD = hex(mix(accent, main, 0.25))
  const AM = hex(mix(accent, main, 0.5))
  const defs: string[] = []
  const body: string[] = []
  // A 256 px WebP pays for every high-contrast edge, so the emblem keeps few
  // bold shapes in the accent colour and puts decoration in low-contrast tones.
  body.push(`<circle cx="100" cy="100" r="98" fill="${MD}"/>`)
  body.push(`<circle cx="100" cy="100" r="91" fill="${M}"/>`)
  const kind = r.int(0, 3)
  if (kind === 0) {
    // Lotus over a ripple.
    const petal = "M100 50C122 74 122 108 100 130C78 108 78 74 100 50Z"
    const side = "M100 132C94 104 104 78 128 64C136 94 126 120 100 132Z"
    const outer = "M100 134C84 126 70 110 66 88C86 92 98 110 100 134Z"
    body.push(`<path d="${outer}" fill="${AM}" transform="rotate(-26 100 134)"/>`)
    body.push(`<path d="${outer}" fill="${AM}" transform="matrix(-1 0 0 1 200 0) rotate(-26 100 134)"/>`)
    body.push(`<path d="${side}" fill="${AD}"/>`)
    body.push(`<path d="${side}" fill="${AD}" transform="matrix(-1 0 0 1 200 0)"/>`)
    body.push(`<path d="${petal}" fill="${A}"/>`)
    body.push(`<path d="M58 150Q79 140 100 150T142 150" fill="none" stroke="${A}" stroke-width="6" stroke-linecap="round"/>`)
  } else if (kind === 1) {
    // Sun over waves.
    body.push(`<circle cx="100" cy="${n(r.range(74, 80))}" r="26" fill="${A}"/>`)
    body.push(`<path d="M40 124Q55 110 70 124T100 124T130 124T160 124" fill="none" stroke="${A}" stroke-width="8" stroke-linecap="round"/>`)
    body.push(`<path d="M52 148Q64 136 76 148T100 148T124 148T148 148" fill="none" stroke="${AM}" stroke-width="8" stroke-linecap="round"/>`)
  } else if (kind === 2) {
    // Brocade diamond: nested diamonds with hooked corners, as on thổ cẩm.
    body.push(`<g transform="rotate(45 100 100)">`)
    body.push(`<rect x="62" y="62" width="76" height="76" fill="none" stroke="${A}" stroke-width="6"/>`)
    body.push(`<rect x="78" y="78" width="44" height="44" fill="${AM}"/>`)
    body.push(`<rect x="91" y="91" width="18" height="18" fill="${A}"/>`)
    body.push(`</g>`)
    body.push(`<path d="M100 34V50M100 150V166M34 100H50M150 100H166" stroke="${A}" stroke-width="6" stroke-linecap="round"/>`)
  } else {
    // Sprout with rice grains.
    body.push(`<path d="M100 150V64" stroke="${A}" stroke-width="6" stroke-linecap="round"/>`)
    const leaf = "M100 150C80 142 64 122 60 98C82 104 96 122 100 150Z"
    body.push(`<path d="${leaf}" fill="${AM}"/>`)
    body.push(`<path d="${leaf}" fill="${AM}" transform="matrix(-1 0 0 1 200 0)"/>`)
    let grains = ""
    for (let i = 0; i < 3; i++) {
      const y = 76 + i * 14
      grains += `M100 ${y}c-12-2-16-10-16-16c10 0 15 8 16 16ZM100 ${y}c12-2 16-10 16-16c-10 0-15 8-16 16Z`
    }
    body.push(`<path d="${grains}" fill="${A}"/>`)
  }
  return wrapSvg(normaliseSize(input.size), defs, body)
}

export async function renderCooperativeLogo(input: {
  palette: [string, string]
  seed: string
  size: number
}): Promise<Buffer> {
  const size = normaliseSize(input.size)
  // ≤ 6 KB at 256 px.
  return encodeWebp(cooperativeLogoSvg({ ...input, size }), Math.round(size * 23.4))
}
