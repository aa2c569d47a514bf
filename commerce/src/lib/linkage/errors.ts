/**
 * Linkage refusals thrown inside workflows and answered by the routes. The workflow engine may hand
 * an error back without its class, never without its message, so a refusal is recognised by its
 * (Vietnamese) message: "product_id: Không tìm thấy sản phẩm này…" for a field, or one of the
 * LINKAGE_REFUSALS messages (404/409).
 */
import { MedusaError } from "@medusajs/framework/utils"
import { LINKAGE_MESSAGES, type LinkageFieldError, type LinkageMessageKey } from "./input"
import { LINKAGE_REFUSALS, quoteExpired, type Refusal } from "./rules"

/** A field that the database says is wrong (an unknown product, another cooperative's product…): a 400. */
export function fieldRefusal(field: string, key: LinkageMessageKey): MedusaError {
  return new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: ${LINKAGE_MESSAGES[key].vi}`)
}

/** A state refusal (not found, closed, expired): a 404 or 409. */
export function stateRefusal(refusal: Refusal): MedusaError {
  return new MedusaError(refusal.status === 404 ? MedusaError.Types.NOT_FOUND : MedusaError.Types.NOT_ALLOWED, refusal.message)
}

export type LinkageAnswer =
  | { status: 400; body: { type: "invalid_data"; message: string; message_en: string; errors: LinkageFieldError[] } }
  | { status: 404 | 409; body: { type: string; code: string; message: string; message_en: string } }

export function invalidAnswer(errors: LinkageFieldError[]): LinkageAnswer {
  return {
    status: 400,
    body: {
      type: "invalid_data",
      message: `Thông tin chưa hợp lệ, chưa có gì được lưu: ${errors.map((e) => e.message).join(" ")}`,
      message_en: `Some details are not valid; nothing was saved: ${errors.map((e) => e.message_en).join(" ")}`,
      errors,
    },
  }
}

const EXPIRED = /^Báo giá này đã hết hạn \(chỉ giữ đến hết ngày (\d{2})\/(\d{2})\/(\d{4})\)/

/** The answer for an error thrown by `fieldRefusal` / `stateRefusal`, or null for anything else. */
export function linkageAnswerFor(err: unknown): LinkageAnswer | null {
  const message = typeof (err as { message?: unknown })?.message === "string" ? (err as { message: string }).message : ""
  if (!message) return null
  const field = /^([a-z_]+): (.*)$/s.exec(message)
  if (field) {
    const key = (Object.keys(LINKAGE_MESSAGES) as LinkageMessageKey[]).find((k) => LINKAGE_MESSAGES[k].vi === field[2])
    if (key) return invalidAnswer([{ field: field[1], message: LINKAGE_MESSAGES[key].vi, message_en: LINKAGE_MESSAGES[key].en }])
  }
  const refusal: Refusal | undefined =
    Object.values(LINKAGE_REFUSALS).find((r) => r.message === message) ??
    (EXPIRED.test(message) ? quoteExpired(message.replace(EXPIRED, "$3-$2-$1").slice(0, 10)) : undefined)
  if (!refusal) return null
  return { status: refusal.status, body: { type: refusal.status === 404 ? "not_found" : "not_allowed", code: refusal.code, message: refusal.message, message_en: refusal.message_en } }
}
