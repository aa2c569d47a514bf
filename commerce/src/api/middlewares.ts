import { authenticate, defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreGetCooperativeParams, StoreListCooperativesParams } from "./store/cooperatives/validators"
import { storeCooperativeQueryConfig, storeCooperativesQueryConfig } from "./store/cooperatives/query-config"
import { includeLinkedFields } from "./utils/include-linked-fields"
import { serveUploads } from "./utils/serve-uploads"
import { validateQuantity } from "./utils/validate-quantity"
import { verifyStripeWebhook } from "./utils/verify-stripe-webhook"
import { receiveImportUpload } from "./utils/receive-import-upload"
import { receiveStatementUpload } from "./utils/receive-statement-upload"
import { errorHandlerWithStockMessages } from "./utils/error-handler"
import {
  listOnlyUsablePaymentProviders,
  refuseUnusablePaymentProvider,
  regionsWithOnlyUsablePaymentProviders,
} from "./utils/usable-payment-providers"
import { AdminInviteCooperativeStaff, AdminUpdateCooperativeStatus } from "./admin/cooperatives/validators"
import { loadPortalActor } from "./utils/portal-actor"
import { refuseSuspendedLogin } from "./utils/refuse-suspended-login"
import { guardOrderAccess } from "./utils/guard-order-access"
import { buyerSignIn } from "./utils/buyer-sign-in"
import { planRoutes } from "./admin/plan-indicators/middleware-routes"

/** Public fields of our links on the store product routes; cooperative contact details are not among them. */
const includeProductLinks = includeLinkedFields([
  { relation: "cooperative", properties: ["id", "handle", "name"] },
  {
    relation: "product_provenance",
    properties: [
      "id",
      "ocop_stars",
      "ocop_certificate_number",
      "ocop_issuing_level",
      "ocop_issued_on",
      "ocop_expires_on",
      "origin_ward_code",
      "origin_ward_name",
      "certifications",
      "shelf_life_days",
    ],
  },
])

export default defineMiddlewares({
  // Medusa's error handler, with out-of-stock refusals at checkout in Vietnamese (utils/error-handler.ts).
  errorHandler: errorHandlerWithStockMessages,
  routes: [
    { matcher: "/static/*", method: ["GET", "HEAD"], middlewares: [serveUploads] },
    { matcher: "/store/carts", method: ["POST"], middlewares: [validateQuantity({ allowZero: false })] },
    { matcher: "/store/carts/:id/line-items", method: ["POST"], middlewares: [validateQuantity({ allowZero: false })] },
    { matcher: "/store/carts/:id/line-items/:line_id", method: ["POST"], middlewares: [validateQuantity({ allowZero: true })] },
    { matcher: "/store/payment-providers", method: ["GET"], middlewares: [listOnlyUsablePaymentProviders] },
    { matcher: "/store/regions", method: ["GET"], middlewares: [regionsWithOnlyUsablePaymentProviders] },
    { matcher: "/store/regions/:id", method: ["GET"], middlewares: [regionsWithOnlyUsablePaymentProviders] },
    {
      matcher: "/store/payment-collections/:id/payment-sessions",
      method: ["POST"],
      middlewares: [refuseUnusablePaymentProvider],
    },
    {
      // Stripe webhooks: refused with 400 unless signed with STRIPE_WEBHOOK_SECRET (needs the raw body).
      matcher: "/hooks/payment/:provider",
      method: ["POST"],
      bodyParser: { preserveRawBody: true },
      middlewares: [verifyStripeWebhook],
    },
    // A guest order by id only for the storefront (its proof) or the signed-in customer who owns it (utils/guard-order-access.ts).
    { matcher: "/store/orders/:id", method: ["GET"], middlewares: [guardOrderAccess] },
    { matcher: "/store/orders/:id/tracking", method: ["GET"], middlewares: [guardOrderAccess] },
    { matcher: "/store/orders/:id/transfer/*", method: ["POST"], middlewares: [guardOrderAccess] },
    // The route reads its small JSON body itself, to answer malformed input in Vietnamese.
    { matcher: "/store/order-lookup", method: ["POST"], bodyParser: false, middlewares: [] },
    { matcher: "/store/order-lookup/cancel", method: ["POST"], bodyParser: false, middlewares: [] },
    { matcher: "/store/carts/:id/parcels", method: ["POST"], bodyParser: false, middlewares: [] },
    // Linkage (business buyers' requests): signed-in customers only; POST bodies are read by the routes
    // themselves (size limit, Vietnamese/English answers for malformed JSON).
    { matcher: "/store/linkage-requests", middlewares: [authenticate("customer", ["session", "bearer"])] },
    { matcher: "/store/linkage-requests/*", middlewares: [authenticate("customer", ["session", "bearer"])] },
    { matcher: "/store/linkage-requests", method: ["POST"], bodyParser: false, middlewares: [] },
    { matcher: "/store/linkage-requests/:id/accept", method: ["POST"], bodyParser: false, middlewares: [] },
    { matcher: "/store/linkage-requests/:id/cancel", method: ["POST"], bodyParser: false, middlewares: [] },
    // A buyer's guest orders join her account after she opens a link sent to her e-mail/phone (lib/guest-orders.ts).
    { matcher: "/store/customers/me/guest-orders/*", method: ["POST"], bodyParser: false, middlewares: [authenticate("customer", ["session", "bearer"])] },
    { matcher: "/store/products", method: ["GET"], middlewares: [includeProductLinks] },
    { matcher: "/store/products/:id", method: ["GET"], middlewares: [includeProductLinks] },
    {
      matcher: "/store/cooperatives",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(StoreListCooperativesParams, storeCooperativesQueryConfig)],
    },
    {
      matcher: "/store/cooperatives/:handle",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(StoreGetCooperativeParams, storeCooperativeQueryConfig)],
    },
    {
      matcher: "/admin/cooperatives/:id/status",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminUpdateCooperativeStatus)],
    },
    ...planRoutes,
    // Product import: a spreadsheet and its pictures as multipart/form-data (limits in lib/product-import/columns.ts).
    { matcher: "/admin/product-imports", method: ["POST"], bodyParser: false, middlewares: [receiveImportUpload] },
    // Registry import (the districts' review lists): the same upload limits.
    { matcher: "/admin/cooperative-imports", method: ["POST"], bodyParser: false, middlewares: [receiveImportUpload] },
    // Training attendance sheets (multipart/form-data, the same limits).
    { matcher: "/admin/plan-trainings/:id/attendance-import", method: ["POST"], bodyParser: false, middlewares: [receiveImportUpload] },
    // Bank statement reconciliation: one CSV/XLSX statement as multipart/form-data (lib/reconciliation).
    { matcher: "/admin/bank-statements", method: ["POST"], bodyParser: false, middlewares: [receiveStatementUpload] },
    // Cooperative portal (auth actor cooperative_staff): every route signed in, scoped to the staff
    // member's cooperative, closed while that cooperative is suspended.
    { matcher: "/auth/cooperative_staff/emailpass", method: ["POST"], middlewares: [refuseSuspendedLogin] },
    // Buyers sign in with their e-mail or phone number; wrong passwords are limited per name.
    { matcher: "/auth/customer/emailpass", method: ["POST"], middlewares: [buyerSignIn] },
    { matcher: "/cooperative-portal/*", middlewares: [authenticate("cooperative_staff", ["bearer", "session"]), loadPortalActor] },
    // photos arrive as raw bytes, read (and size-checked) by the route itself
    { matcher: "/cooperative-portal/products/:id/photos", method: ["POST"], bodyParser: false, middlewares: [] },
    { matcher: "/cooperative-portal/profile/logo", method: ["POST"], bodyParser: false, middlewares: [] },
    { matcher: "/cooperative-portal/linkage-requests/:id/quote", method: ["POST"], bodyParser: false, middlewares: [] },
    { matcher: "/cooperative-portal/linkage-requests/:id/decline", method: ["POST"], bodyParser: false, middlewares: [] },
    { matcher: "/admin/linkage-requests/:id/routes", method: ["POST"], bodyParser: false, middlewares: [] },
    {
      matcher: "/cooperative-invites/:token/accept",
      method: ["POST"],
      middlewares: [authenticate("cooperative_staff", ["bearer"], { allowUnregistered: true })],
    },
    {
      matcher: "/admin/cooperatives/:id/invites",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminInviteCooperativeStaff)],
    },
  ],
})
