// @ts-check
import { defineConfig, fontProviders } from "astro/config"
import node from "@astrojs/node"
import react from "@astrojs/react"
import { fileURLToPath } from "node:url"
import { markdownProcessor } from "./site/lib/markdown.ts"
import { pageCspDirectives } from "./site/lib/security-headers.ts"
import { editorUi } from "./site/editor/integration.ts"

const startupCheck = fileURLToPath(new URL("./site/startup-check.ts", import.meta.url))

/**
 * The built server checks its secret before it listens (site/startup-check.ts).
 * @returns {import("vite").Plugin}
 */
function refuseToStartWithoutSecret() {
  return {
    name: "cho-htx:startup-check",
    enforce: "pre",
    transform(code, id) {
      if (!/@astrojs[\\/]node[\\/]dist[\\/]server\.js$/.test(id)) return null
      return { code: `import ${JSON.stringify(startupCheck)};\n${code}`, map: null }
    },
  }
}

export default defineConfig({
  srcDir: "./site",
  publicDir: "./site/public",
  // npm start and the tests build into their data folder (scripts/lib/stack.ts).
  outDir: process.env.STOREFRONT_BUILD_DIR || "./dist",
  // Tests sync fixture content into their own cache so the real data store is untouched.
  cacheDir: process.env.ASTRO_CACHE_DIR || "./node_modules/.astro",
  output: "server",
  // Served by scripts/serve-storefront.ts (security headers on every answer); staticHeaders puts the
  // Content-Security-Policy of prerendered pages in a header too, where frame-ancestors works.
  adapter: node({ mode: "standalone", staticHeaders: true }),
  security: {
    // Foreign-Origin requests of every kind (forms included) are refused by site/middleware.ts with a
    // Vietnamese and English message; Astro's own check would answer form posts in English only, first.
    checkOrigin: false,
    // Astro hashes every script and style it bundles or inlines; the checkout adds Stripe's origins
    // only when the card option is on (views/CheckoutView.astro). Inline style attributes (bar widths) are allowed.
    csp: {
      directives: pageCspDirectives(process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"),
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: "attribute" }] },
    },
  },
  // the editor's app (Keystatic) is bundled on its own, behind the editor sign-in: site/editor/integration.ts
  integrations: [react(), editorUi()],
  site: process.env.PUBLIC_SITE_URL || "http://localhost:4321",
  server: { port: Number(process.env.PORT || 4321), host: true },
  // No redirect on a first visit, no trailing-slash bounce: every page answers 200 at its URL.
  trailingSlash: "ignore",
  build: { inlineStylesheets: "always" },
  prefetch: false,
  // Be Vietnam Pro for shop, portal and editor alike (site/styles/tokens.css reads --font-body). Subset WOFF2 files
  // made by scripts/build-fonts.ts; "optional": a first visit on a slow phone keeps the metric-matched fallback
  // rather than re-laying out the page when the font arrives, later pages use the cached font.
  fonts: [
    {
      provider: fontProviders.local(),
      name: "Be Vietnam Pro",
      cssVariable: "--font-body",
      display: "optional",
      fallbacks: ["Arial", "sans-serif"],
      options: {
        variants: [
          { src: ["./site/assets/fonts/be-vietnam-pro-400.woff2"], weight: 400, style: "normal" },
          { src: ["./site/assets/fonts/be-vietnam-pro-700.woff2"], weight: 700, style: "normal" },
        ],
      },
    },
  ],
  // Story covers are encoded at build time, so publishing a story waits for them. sharp's default AVIF
  // effort (4) took 17 s for one 1800×1200 cover's five widths on this 2-core machine; effort 2 takes
  // 1.8 s for files ~8 % larger (the portal's product photos already use 0, the editor's cover check 2).
  image: { service: { entrypoint: "astro/assets/services/sharp", config: { avif: { effort: 2 } } } },
  markdown: { processor: markdownProcessor },
  telemetry: false,
  vite: {
    ssr: { external: ["@medusajs/js-sdk"] },
    plugins: [refuseToStartWithoutSecret()],
  },
})
