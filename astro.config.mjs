// @ts-check
import { defineConfig } from "astro/config"
import node from "@astrojs/node"
import react from "@astrojs/react"
import { markdownProcessor } from "./site/lib/markdown.ts"

export default defineConfig({
  srcDir: "./site",
  publicDir: "./site/public",
  // npm start and the tests build into their data folder (scripts/lib/stack.ts).
  outDir: process.env.STOREFRONT_BUILD_DIR || "./dist",
  // Tests sync fixture content into their own cache so the real data store is untouched.
  cacheDir: process.env.ASTRO_CACHE_DIR || "./node_modules/.astro",
  output: "server",
  adapter: node({ mode: "standalone" }),
  integrations: [react()],
  site: process.env.PUBLIC_SITE_URL || "http://localhost:4321",
  server: { port: Number(process.env.PORT || 4321), host: true },
  // No redirect on a first visit, no trailing-slash bounce: every page answers 200 at its URL.
  trailingSlash: "ignore",
  build: { inlineStylesheets: "always" },
  prefetch: false,
  markdown: { processor: markdownProcessor },
  telemetry: false,
  vite: {
    ssr: { external: ["@medusajs/js-sdk"] },
  },
})
