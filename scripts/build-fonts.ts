/**
 * `node scripts/build-fonts.ts`: the storefront's font files. Be Vietnam Pro (SIL Open Font License, bundled by
 * `@expo-google-fonts/be-vietnam-pro`) cut down to what Vietnamese and English pages use — Latin, the Vietnamese
 * letters and tones, the đồng sign and common punctuation — and written as WOFF2 into site/assets/fonts, where
 * Astro's Fonts API (astro.config.mjs) serves them. About 25 KB a weight instead of 135 KB of TTF.
 * The output is committed; run this again only when the ranges or weights change.
 */
import fs from "node:fs"
import path from "node:path"
import { createRequire } from "node:module"
import subsetFont from "subset-font"
import { repoRoot } from "./lib/env.ts"

const require = createRequire(import.meta.url)
const fontDir = path.dirname(require.resolve("@expo-google-fonts/be-vietnam-pro/package.json"))
const outDir = path.join(repoRoot, "site", "assets", "fonts")

const RANGES: [number, number][] = [
  [0x20, 0x7e], // ASCII
  [0xa0, 0xff], // Latin-1: « », ×, é…
  [0x102, 0x103], [0x110, 0x111], [0x128, 0x129], [0x168, 0x169], [0x1a0, 0x1a1], [0x1af, 0x1b0], // Ă Đ Ĩ Ũ Ơ Ư
  [0x300, 0x301], [0x303, 0x303], [0x309, 0x309], [0x323, 0x323], // combining tones (NFD text)
  [0x1ea0, 0x1ef9], // Vietnamese precomposed letters with tones
  [0x2010, 0x2027], [0x2030, 0x203a], // dashes, quotes, ellipsis, bullets
  [0x20ab, 0x20ac], // ₫ €
  [0x2122, 0x2122], [0x2190, 0x2193], [0x2212, 0x2212], [0x2605, 0x2606], // ™ arrows − ★ ☆
]
const text = RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i))).join("")

const WEIGHTS = { 400: "400Regular/BeVietnamPro_400Regular.ttf", 700: "700Bold/BeVietnamPro_700Bold.ttf" } as const

fs.mkdirSync(outDir, { recursive: true })
for (const [weight, file] of Object.entries(WEIGHTS)) {
  const source = fs.readFileSync(path.join(fontDir, file))
  const woff2 = await subsetFont(source, text, { targetFormat: "woff2" })
  const out = path.join(outDir, `be-vietnam-pro-${weight}.woff2`)
  fs.writeFileSync(out, woff2)
  console.log(`${path.relative(repoRoot, out)}: ${(source.length / 1024).toFixed(0)} KB TTF → ${(woff2.length / 1024).toFixed(1)} KB WOFF2`)
}
