/** The one function of `subset-font` (no types published) that scripts/build-fonts.ts uses. */
declare module "subset-font" {
  export default function subsetFont(font: Buffer, text: string, options?: { targetFormat?: "sfnt" | "woff" | "woff2" | "truetype" }): Promise<Buffer>
}
