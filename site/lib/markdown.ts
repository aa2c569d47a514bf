/**
 * How editorial Markdown becomes HTML (Astro 7's Sätteri processor). Astro passes raw HTML in
 * Markdown through verbatim; content is written by staff, but a pasted snippet must not run in
 * buyers' browsers. So raw HTML is shown as text, and links and images may only point at
 * http(s), mailto, tel or same-site addresses — `javascript:` and `data:` URLs are dropped.
 * astro.config.mjs and the tests use this same configuration.
 */
import { satteri } from "@astrojs/markdown-satteri"
import { defineHastPlugin, markdownToHtml } from "satteri"

const SAFE_URL = /^(https?:|mailto:|tel:|\/|\.{1,2}\/|#|\?)/i
const URL_PROPERTIES = ["href", "src", "srcSet", "action", "formAction", "poster", "cite"]

export function isSafeUrl(value: string): boolean {
  // Browsers ignore whitespace and control characters inside a scheme ("java\tscript:").
  const compact = value.replace(/[\u0000-\u0020\u007f]+/g, "")
  return SAFE_URL.test(compact) || !/^[a-z][a-z0-9+.-]*:/i.test(compact)
}

export const safeHtml = defineHastPlugin({
  name: "cho-htx-safe-html",
  raw(node, ctx) {
    ctx.replaceNode(node, { type: "text", value: node.value })
  },
  element: {
    filter: ["a", "img", "source", "iframe", "form", "video", "audio", "blockquote", "q", "area"],
    visit(node, ctx) {
      for (const key of URL_PROPERTIES) {
        const value = node.properties?.[key]
        if (typeof value === "string" && !isSafeUrl(value)) ctx.setProperty(node, key, undefined)
      }
    },
  },
})

export const markdownProcessor = satteri({ hastPlugins: [safeHtml] })

/** Markdown to HTML at run time with the same rules as the build (the editor's preview of a draft). */
export async function renderMarkdown(markdown: string): Promise<string> {
  const out: unknown = await Promise.resolve(markdownToHtml(markdown, { hastPlugins: [safeHtml] }))
  return typeof out === "string" ? out : (out as { html: string }).html
}
