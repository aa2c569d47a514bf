import path from "node:path"
import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { paymentProviders } from "./src/lib/payment-providers"
import { searchModuleOptions } from "./src/lib/search-providers"
import { requireSecret } from "./src/lib/secrets"
import { storefrontSettings } from "./src/lib/storefront-settings"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

// STOREFRONT_SECRET (no default, not even in development) and TRUSTED_PROXIES: refused here, at start, in one line.
storefrontSettings(process.env)

const port = Number(process.env.MEDUSA_PORT || process.env.PORT || 9000)
const backendUrl = process.env.MEDUSA_BACKEND_URL || `http://localhost:${port}`
const storefrontUrl = process.env.STOREFRONT_URL || "http://localhost:4321"
// Uploaded and generated files live outside the build folder so a rebuild keeps them.
const uploadDir = process.env.MEDUSA_UPLOAD_DIR || path.resolve(__dirname, "static")

export default defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl: process.env.REDIS_URL,
    workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared",
    http: {
      storeCors: process.env.STORE_CORS || storefrontUrl,
      adminCors: process.env.ADMIN_CORS || backendUrl,
      authCors: process.env.AUTH_CORS || `${backendUrl},${storefrontUrl}`,
      // No fallback: `npm start` generates both in the data folder; production sets them (lib/secrets.ts).
      jwtSecret: requireSecret(process.env, "JWT_SECRET"),
      cookieSecret: requireSecret(process.env, "COOKIE_SECRET"),
    },
    // In production Medusa marks the Admin session cookie Secure, which a browser drops over plain http
    // (the Admin login then loops). "auto" (express-session) sets Secure exactly when the request came over
    // TLS — directly, or through a proxy that sends X-Forwarded-Proto: https (Medusa trusts one proxy hop).
    // SameSite stays "lax" as Medusa sets it in production (CSRF protection).
    cookieOptions: {
      secure: (process.env.SESSION_COOKIE_SECURE === "true" ? true : "auto") as boolean,
    },
  },
  // The Translation Module is behind this flag in Medusa 2.21.
  featureFlags: { translation: true },
  admin: {
    disable: process.env.MEDUSA_ADMIN_DISABLED === "true",
    // "/" = the origin Admin is opened from: one build serves localhost, a LAN address or a domain
    // (and the test stack's port); set MEDUSA_ADMIN_BACKEND_URL only when Admin is hosted apart from the API.
    backendUrl: process.env.MEDUSA_ADMIN_BACKEND_URL || "/",
  },
  modules: [
    {
      resolve: "@medusajs/medusa/payment",
      options: {
        // COD (pp_system_default, built in), VietQR, and Stripe when STRIPE_API_KEY is set.
        providers: paymentProviders(process.env),
      },
    },
    {
      // The local provider logs notifications; configure an e-mail/SMS provider for production.
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [{ resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["email", "sms"] } }],
      },
    },
    {
      // Product search (index declared in src/search): PostgreSQL, or Meilisearch when MEILISEARCH_HOST is set.
      resolve: "@medusajs/medusa/search",
      options: searchModuleOptions(process.env),
    },
    // English product, category and cooperative texts (Admin: Settings → Translations; store routes take ?locale=en-US)
    { resolve: "@medusajs/medusa/translation" },
    { resolve: "./src/modules/vietnamese-text-search" },
    { resolve: "./src/modules/cooperative" },
    { resolve: "./src/modules/provenance" },
    { resolve: "./src/modules/union-plan" },
    { resolve: "./src/modules/linkage" },
    {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: { upload_dir: uploadDir, backend_url: `${backendUrl}/static` },
          },
        ],
      },
    },
  ],
})
