/**
 * Loaded by `medusa start` before it creates its Express app (Medusa's start-time hook, meant for
 * OpenTelemetry). We use it to put security headers on every answer, Admin and /static included
 * (src/lib/security-headers.ts): Admin is mounted before our API middlewares and would never see them;
 * and to keep the publishable-key lookup that starts every store request for a few seconds
 * (src/lib/publishable-key-cache.ts), through Query's instrumentation hook for `query.graph`.
 *
 * How: the Express app Medusa is about to create copies its methods from `express.application`, so a
 * `handle` wrapped here runs first for every request. (Medusa's own `traceRequestHandler` hook is not
 * used: when set, Medusa matches each URL against its routes before handling it, and a malformed
 * percent-encoding then throws outside any handler — the request hangs instead of getting its 400.)
 */
import path from "node:path"
import type { IncomingMessage, ServerResponse } from "node:http"
import { Query } from "@medusajs/framework/modules-sdk"
import { applySecurityHeaders } from "./src/lib/security-headers"
import { publishableKeyCache, type GraphQuery } from "./src/lib/publishable-key-cache"

type Handle = (req: IncomingMessage, res: ServerResponse, next?: unknown) => void

let installed = false

export function register() {
  if (installed) return
  installed = true
  // the express Medusa's start command uses (resolved from @medusajs/medusa, not from here)
  const medusaDir = path.dirname(require.resolve("@medusajs/medusa/package.json"))
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const express = require(require.resolve("express", { paths: [medusaDir] })) as {
    application: { handle: Handle; init: () => void; disable: (setting: string) => void }
  }
  // the app announces nothing about itself (X-Powered-By), set once when Medusa creates it
  const init = express.application.init
  express.application.init = function (this: { disable: (setting: string) => void }) {
    init.call(this)
    this.disable("x-powered-by")
  }
  // One hook per process: a tracer installed before (none today) still sees every query.
  const traced = (Query as unknown as { traceGraphQuery?: GraphQuery }).traceGraphQuery
  Query.instrument.graphQuery(publishableKeyCache({ next: traced }))
  const handle = express.application.handle
  express.application.handle = function (this: unknown, req, res, next) {
    applySecurityHeaders(req, res)
    return handle.call(this, req, res, next)
  }
}
