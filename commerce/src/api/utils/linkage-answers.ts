import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { invalidAnswer, linkageAnswerFor } from "../../lib/linkage/errors"
import { LINKAGE_LIMITS, linkageError, linkageErrors } from "../../lib/linkage/input"
import { readJsonBody } from "./read-json-body"

/**
 * The JSON body of a linkage route (registered with `bodyParser: false`), read with a size limit and
 * checked against a schema. Oversized, malformed or invalid bodies are answered here — 400 with every
 * problem by field, in Vietnamese and English — and the route gets null.
 */
export async function readLinkageBody<S extends z.ZodType>(req: MedusaRequest, res: MedusaResponse, schema: S): Promise<z.output<S> | null> {
  const body = await readJsonBody(req, LINKAGE_LIMITS.bodyBytes)
  if (!body.ok) {
    send(res, invalidAnswer([linkageError("(yêu cầu)", body.reason === "too_large" ? "body_too_large" : "body_malformed")]))
    return null
  }
  if (!body.value || typeof body.value !== "object" || Array.isArray(body.value)) {
    send(res, invalidAnswer([linkageError("(yêu cầu)", "body")]))
    return null
  }
  const parsed = schema.safeParse(body.value)
  if (!parsed.success) {
    send(res, invalidAnswer(linkageErrors(parsed.error)))
    return null
  }
  return parsed.data
}

/** A workflow's linkage refusal (lib/linkage/errors.ts) → its 400/404/409; anything else is rethrown. */
export function answerLinkageRefusal(res: MedusaResponse, e: unknown): void {
  const answer = linkageAnswerFor(e)
  if (!answer) throw e
  send(res, answer)
}

function send(res: MedusaResponse, answer: { status: number; body: unknown }) {
  res.status(answer.status).json(answer.body)
}

/** "lreq_01J…" style ids only: anything else in a path is not one of ours (404 without a lookup). */
export const looksLikeId = (id: unknown, prefix: string): id is string => typeof id === "string" && new RegExp(`^${prefix}_[A-Za-z0-9]{10,40}$`).test(id)
