import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { readJsonBody } from "../../../../utils/read-json-body"

export const GUEST_ORDER_ANSWERS = {
  body: { message: "Yêu cầu không hợp lệ.", message_en: "Invalid request." },
  channel: { message: "Chọn email hoặc số điện thoại để nhận liên kết.", message_en: "Choose e-mail or phone to receive the link." },
  noAddress: {
    email: { message: "Tài khoản chưa có email.", message_en: "Your account has no e-mail address." },
    phone: { message: "Tài khoản chưa có số điện thoại (thêm ở mục Thông tin).", message_en: "Your account has no phone number." },
  },
  tooMany: { message: "Bạn đã yêu cầu nhiều liên kết trong một giờ. Hãy dùng liên kết đã nhận hoặc thử lại sau.", message_en: "Too many links asked for in an hour. Use the one you received or try again later." },
  badLink: {
    message: "Liên kết không hợp lệ hoặc đã hết hạn (24 giờ). Hãy yêu cầu liên kết mới trong trang tài khoản.",
    message_en: "This link is invalid or expired (24 hours). Ask for a new one on your account page.",
  },
} as const

export const VerificationBody = z.object({ channel: z.enum(["email", "phone"]), lang: z.enum(["vi", "en"]).default("vi") }).strict()
export const AttachBody = z.object({ token: z.string().min(1).max(1000) }).strict()

/** The small JSON body of these routes, or null after answering 400 in Vietnamese and English. */
export async function readBody<S extends z.ZodType>(req: AuthenticatedMedusaRequest, res: MedusaResponse, schema: S, invalid: { message: string; message_en: string }): Promise<z.output<S> | null> {
  const body = await readJsonBody(req, 4096)
  const parsed = body.ok ? schema.safeParse(body.value ?? {}) : null
  if (!parsed?.success) {
    res.status(400).json({ type: "invalid_data", ...(body.ok ? invalid : GUEST_ORDER_ANSWERS.body) })
    return null
  }
  return parsed.data
}

export async function signedInCustomer(req: AuthenticatedMedusaRequest): Promise<{ id: string; email: string | null; phone: string | null; metadata: Record<string, unknown> | null } | null> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "customer", fields: ["id", "email", "phone", "has_account", "metadata"], filters: { id: req.auth_context.actor_id } })
  const c = data[0] as { id: string; email: string | null; phone: string | null; has_account: boolean; metadata: Record<string, unknown> | null } | undefined
  return c?.has_account ? c : null
}
