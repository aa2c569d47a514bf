/**
 * Loaded by `medusa start` before it builds its Express app (Medusa's hook for OpenTelemetry).
 * We use the request hook it offers to put security headers on every answer, Admin included
 * (src/lib/security-headers.ts). An OpenTelemetry handler registered later wraps ours.
 */
import type { IncomingMessage, ServerResponse } from "node:http"
import { applySecurityHeaders } from "./src/lib/security-headers"

type RequestHook = (handler: () => Promise<void>, req: IncomingMessage, res: ServerResponse, handlerPath?: string) => Promise<void>

export function register() {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const startCommand = require("@medusajs/medusa/commands/start") as { traceRequestHandler?: RequestHook }
  const previous = startCommand.traceRequestHandler
  startCommand.traceRequestHandler = async (handler, req, res, handlerPath) => {
    applySecurityHeaders(req, res)
    return previous ? previous(handler, req, res, handlerPath) : handler()
  }
}
