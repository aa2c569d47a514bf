// @ts-check
import { defineConfig } from "astro/config"
import node from "@astrojs/node"
import react from "@astrojs/react"

export default defineConfig({
  srcDir: "./site",
  publicDir: "./site/public",
  output: "server",
  adapter: node({ mode: "standalone" }),
  integrations: [react()],
  site: process.env.PUBLIC_SITE_URL || "http://localhost:4321",
  server: { port: Number(process.env.PORT || 4321), host: true },
  // No redirect on a first visit, no trailing-slash bounce: every page answers 200 at its URL.
  trailingSlash: "ignore",
  build: { inlineStylesheets: "always" },
  prefetch: false,
  telemetry: false,
  vite: {
    ssr: { external: ["@medusajs/js-sdk"] },
  },
})
